package se.barnunga.assignment.application;

import static se.barnunga.assignment.domain.Uppdragstyp.BEVILJAD_INSATS;
import static se.barnunga.assignment.domain.Uppdragstyp.INSATS_UNDER_UTREDNING;
import static se.barnunga.assignment.domain.Uppdragstyp.UTREDNINGSUPPDRAG;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.axonframework.eventhandling.DomainEventMessage;

import se.barnunga.platform.domain.PerformedBy;
import se.barnunga.assignment.domain.Handelser.AnsvarigUtforareUtsedd;
import se.barnunga.assignment.domain.Handelser.AvslutandeSammanfattningLamnad;
import se.barnunga.assignment.domain.Handelser.BeslutAterkallat;
import se.barnunga.assignment.domain.Handelser.BeslutOmprovat;
import se.barnunga.assignment.domain.Handelser.FamiljenInformeradInforAvslut;
import se.barnunga.assignment.domain.Handelser.ForfraganAvbojd;
import se.barnunga.assignment.domain.Handelser.ForfraganSkickad;
import se.barnunga.assignment.domain.Handelser.FormoteGenomfort;
import se.barnunga.assignment.domain.Handelser.Genomforandeplan;
import se.barnunga.assignment.domain.Handelser.GenomforandeplanKopiorLamnade;
import se.barnunga.assignment.domain.Handelser.GenomforandeplanUpprattad;
import se.barnunga.assignment.domain.Handelser.InsatsAvslutad;
import se.barnunga.assignment.domain.Handelser.InsatsBeviljad;
import se.barnunga.assignment.domain.Handelser.InsatsVerkstalld;
import se.barnunga.assignment.domain.Handelser.KlarteckenLamnat;
import se.barnunga.assignment.domain.Handelser.PlaneringsmoteGenomfort;
import se.barnunga.assignment.domain.Handelser.RedogorelseLamnad;
import se.barnunga.assignment.domain.Handelser.RiskbedomningGjord;
import se.barnunga.assignment.domain.Handelser.SamtyckeAterkallat;
import se.barnunga.assignment.domain.Handelser.SamtyckeRegistrerat;
import se.barnunga.assignment.domain.Handelser.StartBekraftad;
import se.barnunga.assignment.domain.Handelser.UppdragAvslutat;
import se.barnunga.assignment.domain.Handelser.UppdragHandelse;
import se.barnunga.assignment.domain.Handelser.UppdragMottaget;
import se.barnunga.assignment.domain.Handelser.UppdragSkickat;
import se.barnunga.assignment.domain.Handelser.UtredningsuppdragBeslutat;
import se.barnunga.assignment.domain.Handelser.VerkstallighetHindrad;
import se.barnunga.assignment.domain.Hinder;
import se.barnunga.assignment.domain.Lagrum;
import se.barnunga.assignment.domain.Uppdrag;
import se.barnunga.assignment.domain.Uppdragstyp;
import se.barnunga.platform.domain.Roll;

/**
 * The routine's checklists (Checklista for the three kinds, Utförarenhetens ställningstagande, Förmöte,
 * Planeringsmöte, Genomförandet, Avslut) as data: each activity, the role the routine makes responsible, the kinds it
 * applies to, and the event that shows it done. {@link #for_(Uppdragsakt)} computes an assignment's checklist from its
 * events.
 */
public final class Checklista {

    /** Whether an activity is done, still to do, or does not apply to this case. */
    public enum Status {
        KLAR, VANTAR, EJ_AKTUELL
    }

    /** One activity of the checklist with what the events say about it. */
    public record Punkt(String id, String aktivitet, String ansvarig, Status status, Instant klar, String klarAv,
                        String klarAvRoll, String handelse) {
    }

    private record Aktivitet(String id, String aktivitet, Set<Roll> ansvariga, Set<Uppdragstyp> typer,
                             Class<? extends UppdragHandelse> klarVid, Predicate<Uppdragsakt> ejAktuell) {
    }

    private static final Set<Uppdragstyp> ALLA = EnumSet.allOf(Uppdragstyp.class);
    private static final Set<Uppdragstyp> INSATSER = EnumSet.of(INSATS_UNDER_UTREDNING, BEVILJAD_INSATS);
    private static final Set<Roll> SS = Set.of(Roll.SOCIALSEKRETERARE);
    /** "Vanligtvis metodhandledare, annars enhetschef, på utförarenheten" (the routine's footnote 1). */
    private static final Set<Roll> MH = Set.of(Roll.METODHANDLEDARE, Roll.ENHETSCHEF);
    private static final Set<Roll> AU = Set.of(Roll.UTFORARE);
    private static final Set<Roll> BADA = Set.of(Roll.SOCIALSEKRETERARE, Roll.UTFORARE);
    private static final Predicate<Uppdragsakt> ALLTID = a -> false;

    private static final List<Aktivitet> AKTIVITETER = List.of(
            new Aktivitet("FORFRAGAN", "Kontakta metodhandledare på utförarenheten för att stämma av metod, tidsutrymme och intensitet",
                    SS, ALLA, ForfraganSkickad.class, ALLTID),
            new Aktivitet("KLARTECKEN", "Utförarenheten ger klartecken (särskilda skäl krävs för att avböja)",
                    MH, ALLA, KlarteckenLamnat.class, ALLTID),
            new Aktivitet("SAMTYCKE", "Samtycke från barnets vårdnadshavare och barnet om hen fyllt 15 år",
                    SS, INSATSER, SamtyckeRegistrerat.class,
                    a -> a.beslut != null && a.beslut.lagrum() == Lagrum.LVU_11),
            new Aktivitet("BESLUT_UTREDNINGSUPPDRAG", "Formulera ett skriftligt utredningsuppdrag med detaljerade frågor, kommunicerat med familjen",
                    SS, EnumSet.of(UTREDNINGSUPPDRAG), UtredningsuppdragBeslutat.class, ALLTID),
            new Aktivitet("BESLUT", "Fatta beslut om insats enligt gällande delegationsordning (tidsbegränsat inom utredningens tidsram för insats under utredning)",
                    SS, INSATSER, InsatsBeviljad.class, ALLTID),
            new Aktivitet("UPPDRAG_SKICKAT", "Skicka uppdraget till metodhandledare på utförarenheten",
                    SS, ALLA, UppdragSkickat.class, ALLTID),
            new Aktivitet("MOTTAGET", "Bekräfta att uppdraget är mottaget", MH, ALLA, UppdragMottaget.class, ALLTID),
            new Aktivitet("ANSVARIG_UTFORARE", "Gå igenom uppdraget och utse ansvarig utförare",
                    MH, ALLA, AnsvarigUtforareUtsedd.class, ALLTID),
            new Aktivitet("FORMOTE", "Professionellt förmöte: tid och plats för planeringsmötet, tolk, barnets delaktighet, ledning av planeringsmötet; familjen kallad",
                    BADA, INSATSER, FormoteGenomfort.class, ALLTID),
            new Aktivitet("PLANERINGSMOTE", "Planeringsmöte enligt checklistan (bilaga 1): syfte, mål och prioritering, avslut/omprövning, kontakt, "
                    + "verkställighetsdatum bestämt, uppföljningsmöte bokat senast inom 6–8 veckor",
                    BADA, INSATSER, PlaneringsmoteGenomfort.class, ALLTID),
            new Aktivitet("START_BEKRAFTAD", "Informera socialsekreteraren om huruvida insatsen startade på avtalat datum",
                    AU, INSATSER, StartBekraftad.class,
                    a -> a.planeringsmote != null && a.planeringsmote.planeratStartdatum().equals(a.planeringsmote.datum())),
            new Aktivitet("VERKSTALLIGHET", "Dokumentera datum för verkställighet, då insatsen verkligen startar",
                    SS, INSATSER, InsatsVerkstalld.class, ALLTID),
            new Aktivitet("GENOMFORANDEPLAN", "Upprätta en genomförandeplan tillsammans med familjen och informera socialsekreteraren",
                    AU, INSATSER, GenomforandeplanUpprattad.class, ALLTID),
            new Aktivitet("GENOMFORANDEPLAN_KOPIOR", "Lämna en kopia av genomförandeplanen till var och en av familjemedlemmarna i planen",
                    AU, INSATSER, GenomforandeplanKopiorLamnade.class, ALLTID),
            new Aktivitet("REDOGORELSE", "Skriv redogörelsen, gå igenom den med familjen och skicka den inom utredningstiden",
                    AU, EnumSet.of(UTREDNINGSUPPDRAG), RedogorelseLamnad.class, ALLTID),
            new Aktivitet("AVSLUTANDE_SAMMANFATTNING_UNDER_UTREDNING", "Skriv en avslutande sammanfattning med familjens synpunkter och skicka den inom utredningstiden",
                    AU, EnumSet.of(INSATS_UNDER_UTREDNING), RedogorelseLamnad.class, ALLTID),
            new Aktivitet("FAMILJEN_INFORMERAD_INFOR_AVSLUT", "Informera barn och vårdnadshavare i god tid inför att insatsens beslutsperiod går ut, för att möjliggöra ett bra avslut",
                    BADA, INSATSER, FamiljenInformeradInforAvslut.class, ALLTID),
            new Aktivitet("RISKBEDOMNING", "Gör en riskbedömning: har risken minskat, är den oförändrad eller har den ökat",
                    SS, EnumSet.of(BEVILJAD_INSATS), RiskbedomningGjord.class, ALLTID),
            new Aktivitet("AVSLUTANDE_SAMMANFATTNING", "Skriv en avslutande sammanfattning per mål och överlämna den till vårdnadshavarna och barnet",
                    AU, EnumSet.of(BEVILJAD_INSATS), AvslutandeSammanfattningLamnad.class, ALLTID),
            new Aktivitet("INSATS_AVSLUTAD", "Avsluta insatsen (ny utredning inleds om risken kvarstår)",
                    SS, INSATSER, InsatsAvslutad.class, ALLTID),
            new Aktivitet("UPPDRAG_AVSLUTAT", "Avsluta uppdraget och överlämna fysiska handlingar till socialsekreteraren",
                    AU, ALLA, UppdragAvslutat.class, ALLTID));

    /** Activities whose event must concern the current version of the implementation plan (copies after a revision). */
    private static final String PLAN_KOPIOR = "GENOMFORANDEPLAN_KOPIOR";

    private Checklista() {
    }

    /** The checklist of one assignment, computed from its events. */
    public static List<Punkt> for_(Uppdragsakt akt) {
        List<Punkt> punkter = new java.util.ArrayList<>(aktiviteter(akt));
        int klartecken = punkter.stream().map(Punkt::id).toList().indexOf("KLARTECKEN");
        if (klartecken >= 0) {
            punkter.add(klartecken + 1, annanEnhet(akt));
        }
        int beslut = punkter.stream().map(Punkt::id).toList().indexOf("BESLUT");
        if (beslut >= 0) {
            punkter.add(beslut + 1, samtyckeAterkallat(akt));
        }
        return List.copyOf(punkter);
    }

    /**
     * After a withdrawal of consent the intervention "kan inte fortsätta med stöd av 11 kap. 1 § SoL": the social
     * secretary closes the intervention, revokes the decision or re-decides it. Not applicable without a withdrawal;
     * pending while a withdrawal is not followed by one of the three; done by the first of them after the latest
     * withdrawal.
     */
    private static Punkt samtyckeAterkallat(Uppdragsakt akt) {
        String id = "SAMTYCKE_ATERKALLAT";
        String aktivitet = "Samtycket har återkallats: avsluta insatsen, återkalla beslutet eller ompröva beslutet "
                + "(nämndbeslut enligt 11 § LVU eller nytt samtycke)";
        String ansvarig = rollnamn(Roll.SOCIALSEKRETERARE);
        int senaste = -1;
        for (int i = 0; i < akt.meddelanden.size(); i++) {
            if (Uppdragsakt.handelse(akt.meddelanden.get(i)) instanceof SamtyckeAterkallat) {
                senaste = i;
            }
        }
        if (senaste < 0) {
            return new Punkt(id, aktivitet, ansvarig, Status.EJ_AKTUELL, null, null, null, null);
        }
        DomainEventMessage<?> klar = akt.meddelanden.subList(senaste + 1, akt.meddelanden.size()).stream()
                .filter(m -> {
                    UppdragHandelse e = Uppdragsakt.handelse(m);
                    return e instanceof BeslutOmprovat || e instanceof InsatsAvslutad || e instanceof BeslutAterkallat;
                })
                .findFirst().orElse(null);
        if (klar == null) {
            return new Punkt(id, aktivitet, ansvarig, Status.VANTAR, null, null, null, null);
        }
        return new Punkt(id, aktivitet, ansvarig, Status.KLAR, klar.getTimestamp(), PerformedBy.of(klar).userId(),
                PerformedBy.of(klar).roll(), klar.getPayloadType().getSimpleName());
    }

    /**
     * The routine's body: "konstaterade behov hos barnet [får inte] åsidosättas bara för att aktuell utförarenhet i den
     * egna verksamheten säger nej till uppdraget. I stället bör, om möjligt, någon annan av Göteborgs Stads egna utförare
     * tillfrågas och först därefter kan köpt öppenvård bli aktuellt." Not applicable until a unit declines or cannot take
     * the assignment on; pending until another unit is asked ({@code ForfraganSkickad}); purchased care is outside this
     * system.
     */
    private static Punkt annanEnhet(Uppdragsakt akt) {
        String id = "ANNAN_ENHET_TILLFRAGAD";
        String aktivitet = "Utförarenheten har avböjt eller kan inte ta sig an uppdraget: fråga om möjligt en annan av "
                + "stadens egna utförarenheter; först därefter kan köpt öppenvård bli aktuellt";
        String ansvarig = rollnamn(Roll.SOCIALSEKRETERARE);
        int senaste = -1;
        for (int i = 0; i < akt.meddelanden.size(); i++) {
            UppdragHandelse e = Uppdragsakt.handelse(akt.meddelanden.get(i));
            if (e instanceof ForfraganAvbojd
                    || e instanceof VerkstallighetHindrad h && h.hinder() == Hinder.KAN_INTE_TA_SIG_AN) {
                senaste = i;
            }
        }
        if (senaste < 0) {
            return new Punkt(id, aktivitet, ansvarig, Status.EJ_AKTUELL, null, null, null, null);
        }
        DomainEventMessage<?> klar = akt.meddelanden.subList(senaste + 1, akt.meddelanden.size()).stream()
                .filter(m -> Uppdragsakt.handelse(m) instanceof ForfraganSkickad).findFirst().orElse(null);
        if (klar == null) {
            return new Punkt(id, aktivitet, ansvarig, akt.uppdragAvslutat != null ? Status.EJ_AKTUELL : Status.VANTAR,
                    null, null, null, null);
        }
        return new Punkt(id, aktivitet, ansvarig, Status.KLAR, klar.getTimestamp(), PerformedBy.of(klar).userId(),
                PerformedBy.of(klar).roll(), klar.getPayloadType().getSimpleName());
    }

    private static List<Punkt> aktiviteter(Uppdragsakt akt) {
        Uppdragstyp typ = akt.registrerat.typ();
        boolean aterkallat = akt.aterkallat != null;
        return AKTIVITETER.stream().filter(a -> a.typer().contains(typ)).map(a -> {
            String ansvarig = a.ansvariga().equals(MH) ? "metodhandledare (annars enhetschef)"
                    : String.join(" / ", a.ansvariga().stream().map(Checklista::rollnamn).sorted().toList());
            DomainEventMessage<?> klar = akt.meddelanden.stream()
                    .filter(m -> a.klarVid().isInstance(Uppdragsakt.handelse(m))).reduce((x, y) -> y).orElse(null);
            if (klar != null && a.id().equals(PLAN_KOPIOR)
                    && ((GenomforandeplanKopiorLamnade) Uppdragsakt.handelse(klar)).version() < gallandePlanversion(akt)) {
                // the checklist asks for copies of the revised plan again
                klar = null;
            }
            if (klar != null) {
                return new Punkt(a.id(), a.aktivitet(), ansvarig, Status.KLAR, klar.getTimestamp(),
                        PerformedBy.of(klar).userId(), PerformedBy.of(klar).roll(),
                        klar.getPayloadType().getSimpleName());
            }
            boolean ejAktuell = a.ejAktuell().test(akt)
                    || aterkallat && !a.id().equals("UPPDRAG_AVSLUTAT")
                    || aterkallat && akt.mottaget == null;
            return new Punkt(a.id(), a.aktivitet(), ansvarig, ejAktuell ? Status.EJ_AKTUELL : Status.VANTAR, null, null, null, null);
        }).toList();
    }

    private static int gallandePlanversion(Uppdragsakt akt) {
        return akt.genomforandeplaner.stream().mapToInt(Genomforandeplan::version).max().orElse(0);
    }

    private static String rollnamn(Roll roll) {
        return roll == Roll.UTFORARE ? "ansvarig utförare" : roll.claim();
    }
}
