package se.barnunga.followup.application;

import static se.barnunga.platform.domain.Guards.blank;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import se.barnunga.followup.application.Uppfoljningsakt.Mote;
import se.barnunga.followup.domain.Bbicskala;
import se.barnunga.followup.domain.Motesslag;
import se.barnunga.followup.domain.Utfall;
import se.barnunga.platform.domain.Roll;
import se.barnunga.platform.domain.PerformedBy;

/**
 * The routine's checklists per meeting – appendix 2 (Checklista Uppföljningsmöte, with the section Uppföljning) for a
 * follow-up meeting and appendix 3 (Checklista Avslutningsmöte, with the section Avslut) for the closing meeting –
 * each item done or pending, computed from the record's events. Nothing is stored: the checklist is always what the
 * events say.
 */
public final class Checklistor {

    public enum Status {
        /** Done (when, by whom, which event). */
        KLAR,
        /** Still to do. */
        VANTAR,
        /** Optional, not done ("vid behov"). */
        VID_BEHOV,
        /** The meeting was held without it (a reason is recorded where the routine requires one). */
        EJ_GJORT,
        /** Does not apply to this meeting's outcome. */
        EJ_AKTUELL
    }

    public record Punkt(String id, String aktivitet, String ansvarig, Status status, Instant klar, String utfordAv,
                        String handelse) {
    }

    public record Checklista(String moteId, Motesslag slag, String bilaga, List<Punkt> punkter) {
    }

    private Checklistor() {
    }

    public static List<Checklista> av(Uppfoljningsakt akt) {
        List<Checklista> listor = new ArrayList<>();
        for (Mote m : akt.moten.values()) {
            if (m.struket && !m.hallet()) {
                continue; // cancelled, or the intervention ended before it: nothing of it is to be done
            }
            if (m.slag() == Motesslag.AVSLUTNING) {
                listor.add(new Checklista(m.moteId, Motesslag.AVSLUTNING, "Bilaga 3 – Checklista Avslutningsmöte", avslutning(akt, m)));
            } else {
                listor.add(new Checklista(m.moteId, Motesslag.UPPFOLJNING, "Bilaga 2 – Checklista Uppföljningsmöte", uppfoljning(m)));
            }
        }
        return listor;
    }

    private static final String SS = Roll.SOCIALSEKRETERARE.claim();
    private static final String UTF = "ansvarig utförare";
    private static final String BADA = SS + " och " + UTF;

    private static List<Punkt> uppfoljning(Mote m) {
        var g = m.genomford;
        boolean hallet = g != null;
        List<Punkt> p = new ArrayList<>();
        p.add(m.formote != null ? klar("FORMOTE", "Vid behov: förmöte där socialsekreterare och ansvarig utförare planerar mötet",
                BADA, m.formote.registrerat(), m.formoteAv, "ForMoteHallet")
                : ej("FORMOTE", "Vid behov: förmöte där socialsekreterare och ansvarig utförare planerar mötet", BADA,
                hallet ? Status.EJ_AKTUELL : Status.VID_BEHOV));
        var bokning = m.bokningar.isEmpty() ? null : m.bokningar.get(0);
        p.add(bokning != null ? klar("KALLELSE", "Kalla ansvarig utförare och familjen till uppföljningsmöte senast inom 6–8 veckor",
                SS, bokning.bokat(), null, "UppfoljningsmoteBokat")
                : ej("KALLELSE", "Kalla ansvarig utförare och familjen till uppföljningsmöte senast inom 6–8 veckor", SS, Status.VANTAR));
        p.add(m.sammanfattning != null ? klar("SAMMANFATTNING",
                "Sammanfattning av hur genomförandet har gått i förhållande till uppdragets syfte och målen, före mötet", UTF,
                m.sammanfattning.lamnad(), m.sammanfattningAv, "UtforarsammanfattningLamnad")
                : ej("SAMMANFATTNING", "Sammanfattning av hur genomförandet har gått i förhållande till uppdragets syfte och målen, före mötet",
                UTF, hallet ? Status.EJ_GJORT : Status.VANTAR));
        String overlamning = "Lämna sammanfattningen till familjen och till socialsekreteraren";
        p.add(m.overlamning != null ? klar("OVERLAMNING", overlamning, UTF, m.overlamning.registrerat(), m.overlamningAv,
                "SammanfattningOverlamnad") : ej("OVERLAMNING", overlamning, UTF,
                hallet && m.sammanfattning == null ? Status.EJ_GJORT : Status.VANTAR));
        p.add(vidMotet(m, "UPPFATTNING", "Fråga barnet och respektive familjemedlem hur de uppfattar insatsen", SS, hallet));
        p.add(vidMotet(m, "MALEN", "Hur går arbetet med målen? Varje mål bedömt på BBIC:s fyrgradiga skala", SS, hallet));
        String nyaBehov = "Negativ förändring: bedöm om barnet har nya behov som behöver utredas";
        boolean negativ = hallet && g.bedomningar().stream().anyMatch(b -> b.skala() == Bbicskala.NEGATIV_FORANDRING);
        if (!hallet) {
            p.add(ej("NYA_BEHOV", nyaBehov, SS, Status.VANTAR));
        } else if (!negativ) {
            p.add(ej("NYA_BEHOV", nyaBehov, SS, Status.EJ_AKTUELL));
        } else if (g.utfall() == Utfall.NY_UTREDNING || !blank(g.bedomningAvNyaBehov())) {
            p.add(vidMotet(m, "NYA_BEHOV", nyaBehov, SS, true));
        } else {
            p.add(ej("NYA_BEHOV", nyaBehov, SS, Status.EJ_GJORT));
        }
        String anpassningar = "Uppmärksamma vilka åtgärder som gjorts för att anpassa insatsen efter barnets behov";
        p.add(hallet && blank(g.anpassningar()) && !g.ingaAnpassningarBehovdes()
                ? ej("ANPASSNINGAR", anpassningar, SS, Status.EJ_GJORT)
                : vidMotet(m, "ANPASSNINGAR", anpassningar, SS, hallet));
        p.add(vidMotet(m, "VIDARE", "Hur arbetar vi vidare? Är det något som ska förändras? (utfall)", SS, hallet));
        String plan = "Genomförandeplanen och målen däri ses över och förändras vid behov";
        if (!hallet) {
            p.add(ej("GENOMFORANDEPLAN", plan, UTF, Status.VANTAR));
        } else if (!g.genomforandeplanenRevideras()) {
            p.add(ej("GENOMFORANDEPLAN", plan, UTF, Status.EJ_AKTUELL));
        } else if (m.revision != null) {
            p.add(klar("GENOMFORANDEPLAN", plan, UTF, m.revision.kand(), null, "GenomforandeplanKand"));
        } else {
            p.add(ej("GENOMFORANDEPLAN", plan, UTF, Status.VANTAR));
        }
        String nasta = "Nytt uppföljningsmöte bokas in om insatsen ska fortsätta";
        if (!hallet) {
            p.add(ej("NASTA_MOTE", nasta, SS, Status.VANTAR));
        } else if (g.nastaMotesdatum() != null) {
            p.add(klar("NASTA_MOTE", nasta, SS, g.registrerat(), m.genomfordAv, "UppfoljningsmoteBokat"));
        } else {
            p.add(ej("NASTA_MOTE", nasta, SS, Status.EJ_AKTUELL));
        }
        String utredning = "Vid ökad risk, nya behov eller ansökan om annan eller fortsatt insats: ny utredning inleds";
        if (m.utredning != null) {
            p.add(klar("NY_UTREDNING", utredning, SS, m.utredning.registrerat(), m.utredningAv, "UtredningInledd"));
        } else if (!hallet) {
            p.add(ej("NY_UTREDNING", utredning, SS, Status.VANTAR));
        } else if (g.utfall() == Utfall.NY_UTREDNING) {
            p.add(ej("NY_UTREDNING", utredning, SS, Status.VANTAR));
        } else {
            p.add(ej("NY_UTREDNING", utredning, SS, negativ ? Status.VID_BEHOV : Status.EJ_AKTUELL));
        }
        return p;
    }

    private static List<Punkt> avslutning(Uppfoljningsakt akt, Mote m) {
        var a = m.avslutning;
        boolean hallet = a != null;
        List<Punkt> p = new ArrayList<>();
        var bokning = m.bokningar.stream().filter(b -> b.slag() == Motesslag.AVSLUTNING).findFirst().orElse(null);
        String kallelse = "Boka gemensamt avslutningsmöte; bjud in barnet, vårdnadshavarna och ansvarig utförare";
        p.add(bokning != null ? klar("KALLELSE", kallelse, SS, bokning.bokat(), null, "UppfoljningsmoteBokat")
                : ej("KALLELSE", kallelse, SS, hallet ? Status.EJ_GJORT : Status.VANTAR));
        String sammanfattning = "Avslutande sammanfattning av hela insatsperioden, lämnad till familjen och socialsekreteraren";
        if (m.sammanfattning != null) {
            p.add(klar("SLUTSAMMANFATTNING", sammanfattning, UTF, m.sammanfattning.lamnad(), m.sammanfattningAv, "UtforarsammanfattningLamnad"));
        } else if (hallet && a.slutsammanfattningPresenterad()) {
            p.add(klar("SLUTSAMMANFATTNING", sammanfattning, UTF, a.registrerat(), m.avslutningAv, "AvslutningsmoteGenomfort"));
        } else {
            p.add(ej("SLUTSAMMANFATTNING", sammanfattning, UTF, hallet ? Status.EJ_GJORT : Status.VANTAR));
        }
        p.add(vidMotet(m, "UPPLEVELSE", "Fråga barnet och övriga som deltagit hur de upplevt insatsen", SS, hallet));
        p.add(vidMotet(m, "MALUPPFYLLELSE", "Är målen i genomförandeplanen uppfyllda? Varje mål bedömt på BBIC:s skala", SS, hallet));
        String presentation = "Utföraren berättar utifrån sammanfattningen om tiden som varit";
        p.add(hallet && a.slutsammanfattningPresenterad() ? klar("PRESENTATION", presentation, UTF, a.registrerat(), m.avslutningAv, "AvslutningsmoteGenomfort")
                : ej("PRESENTATION", presentation, UTF, hallet ? Status.EJ_GJORT : Status.VANTAR));
        String risk = "Riskbedömning (i uppdraget): har risken för barnet minskat, är den oförändrad eller har den ökat?";
        p.add(akt.riskbedomning != null ? klar("RISKBEDOMNING", risk, SS, akt.riskbedomning.kand(), null, "RiskbedomningKand")
                : ej("RISKBEDOMNING", risk, SS, Status.VANTAR));
        String avslut = "Insatsen avslutas (socialsekreterare)";
        p.add(akt.slut != null ? klar("INSATS_AVSLUTAD", avslut, SS, akt.slut.kand(), null, "InsatsensSlutKant")
                : ej("INSATS_AVSLUTAD", avslut, SS, Status.VANTAR));
        return p;
    }

    private static Punkt vidMotet(Mote m, String id, String aktivitet, String ansvarig, boolean hallet) {
        if (!hallet) {
            return ej(id, aktivitet, ansvarig, Status.VANTAR);
        }
        return m.genomford != null ? klar(id, aktivitet, ansvarig, m.genomford.registrerat(), m.genomfordAv, "UppfoljningGenomford")
                : klar(id, aktivitet, ansvarig, m.avslutning.registrerat(), m.avslutningAv, "AvslutningsmoteGenomfort");
    }


    private static Punkt klar(String id, String aktivitet, String ansvarig, Instant nar, PerformedBy av, String handelse) {
        return new Punkt(id, aktivitet, ansvarig, Status.KLAR, nar, av == null ? null : av.userId(), handelse);
    }

    private static Punkt ej(String id, String aktivitet, String ansvarig, Status status) {
        return new Punkt(id, aktivitet, ansvarig, status, null, null, null);
    }
}
