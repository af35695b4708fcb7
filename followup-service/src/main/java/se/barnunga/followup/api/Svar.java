package se.barnunga.followup.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.barnunga.followup.application.Checklistor;
import se.barnunga.followup.application.MoteVy;
import se.barnunga.followup.application.UppfoljningFragor.KommandeMote;
import se.barnunga.followup.application.UppfoljningVy;
import se.barnunga.followup.application.Uppfoljningsakt;
import se.barnunga.followup.application.Uppfoljningsakt.Historik;
import se.barnunga.followup.domain.Avslutsorsak;
import se.barnunga.followup.domain.Bokningskalla;
import se.barnunga.followup.domain.Deltagare;
import se.barnunga.followup.domain.Familjemedlem;
import se.barnunga.followup.domain.Handelser.AvslutningsmoteGenomfort;
import se.barnunga.followup.domain.Handelser.RiskbedomningKand;
import se.barnunga.followup.domain.Handelser.SammanfattningOverlamnad;
import se.barnunga.followup.domain.Handelser.UtredningInledd;
import se.barnunga.followup.domain.Synpunktstyp;
import se.barnunga.followup.application.SynpunktsatgardVy;
import se.barnunga.followup.application.UppfoljningFragor.SynpunktRad;
import se.barnunga.followup.domain.Handelser.ForMoteHallet;
import se.barnunga.followup.domain.Handelser.UppfoljningGenomford;
import se.barnunga.followup.domain.Handelser.UppfoljningsmoteAvbokat;
import se.barnunga.followup.domain.Handelser.UppfoljningsmoteBokat;
import se.barnunga.followup.domain.Handelser.UppfoljningsmotePakallat;
import se.barnunga.followup.domain.Handelser.UtforarsammanfattningLamnad;
import se.barnunga.followup.domain.Motesslag;
import se.barnunga.followup.domain.Utfall;
import se.barnunga.followup.domain.Varden.Mal;

/** Response bodies of the follow-up API. */
public final class Svar {

    private Svar() {
    }

    @Schema(name = "UppfoljningKvitto", description = "Vilket uppdrag och möte åtgärden gällde.")
    public record Kvitto(String uppdragId, String moteId) {
    }

    @Schema(name = "Insatsuppgifter", description = "Insatsens uppgifter från uppdragstjänsten (null tills de har kommit).")
    public record Insats(String uppdragstyp, String barnPseudonym, String barnKon, Integer barnFodelsear, String insatstyp,
                         LocalDate beslutsdatum, String myndighetsenhet, String socialsekreterare, String utforarenhet,
                         String ansvarigUtforare, LocalDate planeringsmote, LocalDate planeratStartdatum,
                         LocalDate verkstallighetsdatum, Integer genomforandeplanVersion, Avslutsorsak slut, LocalDate slutdatum) {
    }

    @Schema(name = "Fonster", description = "Nästa ordinarie uppföljningsmöte hålls senast inom 6–8 veckor: senast `till` "
            + "(8 veckor efter start eller föregående möte; senare kräver skäl). Från `fran` (6 veckor) är mötet aktuellt och "
            + "påminnelsen kommer; ett tidigare datum går också bra.")
    public record Fonster(LocalDate fran, LocalDate till) {
    }

    @Schema(name = "Bokningsuppgifter")
    public record BokningSvar(LocalDate datum, LocalTime klockslag, String plats, Set<Deltagare> inbjudna, LocalDate referensdatum,
                              Integer dagarFranReferens, Boolean inomFonster, String skalUtanforFonster, Bokningskalla kalla,
                              int antalBokningar) {
        static BokningSvar of(List<UppfoljningsmoteBokat> bokningar) {
            if (bokningar.isEmpty()) {
                return null;
            }
            UppfoljningsmoteBokat b = bokningar.get(bokningar.size() - 1);
            return new BokningSvar(b.datum(), b.klockslag(), b.plats(), b.inbjudna(), b.referensdatum(), b.dagarFranReferens(),
                    b.inomFonster(), b.skalUtanforFonster(), b.kalla(), bokningar.size());
        }
    }

    @Schema(name = "Mote", description = "Ett möte med bokning, förmöte, utförarens sammanfattning och vad som framkom.")
    public record MoteSvar(String moteId, Motesslag slag, boolean extra, Integer nummer, MoteVy.Status status, LocalDate datum,
                           BokningSvar bokning, ForMoteHallet formote, UtforarsammanfattningLamnad sammanfattning,
                           UppfoljningGenomford uppfoljning, AvslutningsmoteGenomfort avslutning,
                           UppfoljningsmoteAvbokat avbokning, SammanfattningOverlamnad sammanfattningTillFamiljen,
                           UtredningInledd utredningInledd) {
        static MoteSvar of(Uppfoljningsakt.Mote m) {
            UppfoljningsmoteBokat b = m.bokning();
            MoteVy.Status status = m.hallet() ? MoteVy.Status.GENOMFORT : m.struket ? MoteVy.Status.STRUKET : MoteVy.Status.BOKAT;
            Integer nummer = m.genomford != null ? Integer.valueOf(m.genomford.nummer()) : null;
            return new MoteSvar(m.moteId, m.slag(), b != null && b.extra(), nummer, status, m.datum(), BokningSvar.of(m.bokningar),
                    m.formote, m.sammanfattning, m.genomford, m.avslutning, m.avbokning, m.overlamning, m.utredning);
        }
    }

    @Schema(name = "Uppfoljning", description = "En insats uppföljning: uppgifterna, målen, alla möten och hela historiken.")
    public record UppfoljningSvar(String uppdragId, Insats insats, List<Mal> mal, Fonster nastaMote, String bokatMoteId,
                                  List<UppfoljningsmotePakallat> pakallanden, List<MoteSvar> moten,
                                  @Schema(description = "Uppdragets riskbedömning (från uppdragstjänsten); null tills den gjorts")
                                  RiskbedomningKand riskbedomning, List<Historik> historik) {
        static UppfoljningSvar of(Uppfoljningsakt a) {
            var u = a.uppdrag;
            var genomforandeplan = a.genomforandeplaner.stream().mapToInt(g -> g.version()).max();
            Insats insats = new Insats(u == null ? null : u.uppdragstyp(), u == null || u.barn() == null ? null : u.barn().pseudonym(),
                    u == null || u.barn() == null ? null : u.barn().kon(), u == null || u.barn() == null ? null : u.barn().fodelsear(),
                    u == null ? null : u.insatstyp(), u == null ? null : u.beslutsdatum(), u == null ? null : u.myndighetsenhet(),
                    u == null ? null : u.socialsekreterare(), u == null ? null : u.utforarenhet(), a.ansvarigUtforare,
                    a.planeringsmote == null ? null : a.planeringsmote.motesdatum(),
                    a.planeringsmote == null ? null : a.planeringsmote.planeratStartdatum(),
                    a.verkstallighet == null ? null : a.verkstallighet.verkstallighetsdatum(),
                    genomforandeplan.isPresent() ? genomforandeplan.getAsInt() : null,
                    a.slut == null ? null : a.slut.orsak(), a.slut == null ? null : a.slut.datum());
            LocalDate[] fonster = a.fonsterForNastaMote();
            Uppfoljningsakt.Mote bokat = a.bokat();
            return new UppfoljningSvar(a.uppdragId, insats, u == null ? List.of() : u.mal(),
                    fonster == null ? null : new Fonster(fonster[0], fonster[1]), bokat == null ? null : bokat.moteId,
                    List.copyOf(a.pakallanden), a.moten.values().stream().map(MoteSvar::of).toList(), a.riskbedomning,
                    List.copyOf(a.historik));
        }
    }

    @Schema(name = "Checklistor", description = "Rutinens checklistor per möte (bilaga 2 och 3), klara eller ej, beräknade ur händelserna.")
    public record ChecklistorSvar(String uppdragId, List<Checklistor.Checklista> checklistor) {
    }

    @Schema(name = "KommandeMote", description = "Ett bokat möte (utan plats och andra uppgifter om familjen).")
    public record KommandeMotePost(String uppdragId, String moteId, Motesslag slag, boolean extra, LocalDate datum,
                                   LocalTime klockslag, Boolean inomFonster, boolean sammanfattningLamnad, boolean formoteHallet,
                                   String insatstyp, String socialsekreterare, String myndighetsenhet, String utforarenhet,
                                   String ansvarigUtforare) {
        static KommandeMotePost of(KommandeMote k) {
            MoteVy m = k.mote();
            UppfoljningVy u = k.uppfoljning();
            return new KommandeMotePost(m.uppdragId, m.moteId, m.slag, m.extra, m.datum, m.klockslag, m.inomFonster, m.sammanfattning,
                    m.formote, u.insatstyp, u.socialsekreterare, u.myndighetsenhet, u.utforarenhet, u.ansvarigUtforare);
        }
    }

    @Schema(name = "ObokadUppfoljning", description = "En pågående insats utan bokat nästa möte, med fönstret för det.")
    public record ObokadPost(String uppdragId, String insatstyp, String socialsekreterare, String myndighetsenhet,
                             String utforarenhet, String ansvarigUtforare, LocalDate verkstallighetsdatum,
                             LocalDate senasteMotesdatum, Utfall senasteUtfall, int antalUppfoljningar, LocalDate fonsterFran,
                             LocalDate fonsterTill, boolean forsenat, boolean pakallat) {
        static ObokadPost of(UppfoljningVy u, LocalDate idag) {
            // after the outcome "close" the next meeting is the closing meeting, which has no window
            boolean fonster = u.senasteUtfall != Utfall.AVSLUTA;
            LocalDate ref = u.referensdatum();
            LocalDate fran = fonster ? ref.plusDays(se.barnunga.followup.domain.Uppfoljning.SEX_VECKOR) : null;
            LocalDate till = fonster ? ref.plusDays(se.barnunga.followup.domain.Uppfoljning.ATTA_VECKOR) : null;
            return new ObokadPost(u.uppdragId, u.insatstyp, u.socialsekreterare, u.myndighetsenhet, u.utforarenhet, u.ansvarigUtforare,
                    u.verkstallighetsdatum, u.senasteMotesdatum, u.senasteUtfall, u.antalUppfoljningar, fran, till,
                    till != null && idag.isAfter(till), u.pakallat);
        }
    }

    @Schema(name = "Synpunktsatgard", description = "En åtgärd med anledning av ett klagomål eller en synpunkt.")
    public record AtgardSvar(LocalDate datum, String atgarder, Instant registrerat, String registreradAv, String roll) {
    }

    @Schema(name = "Synpunkt", description = "Ett klagomål eller en synpunkt från familjen på genomförandet, med åtgärderna.")
    public record SynpunktSvar(String uppdragId, String synpunktId, Synpunktstyp typ, Familjemedlem franVem, LocalDate datum,
                               String avser, String atgarder, Instant registrerat, String registreradAv, String roll,
                               List<AtgardSvar> senareAtgarder, String insatstyp, String myndighetsenhet, String utforarenhet) {

        static SynpunktSvar of(String uppdragId, Uppfoljningsakt.Synpunkt s, Uppfoljningsakt akt) {
            var r = s.registrerad;
            var u = akt.uppdrag;
            return new SynpunktSvar(uppdragId, r.synpunktId(), r.typ(), r.franVem(), r.datum(), r.avser(), r.atgarder(),
                    r.registrerat(), s.registreradAv.userId(), s.registreradAv.roll(),
                    s.atgarder.stream().map(a -> new AtgardSvar(a.atgard().datum(), a.atgard().atgarder(), a.atgard().registrerat(),
                            a.av().userId(), a.av().roll())).toList(),
                    u == null ? null : u.insatstyp(), u == null ? null : u.myndighetsenhet(), u == null ? null : u.utforarenhet());
        }

        static SynpunktSvar of(SynpunktRad rad) {
            var s = rad.synpunkt();
            var u = rad.uppfoljning();
            return new SynpunktSvar(s.uppdragId, s.synpunktId, s.typ, s.franVem, s.datum, s.avser, s.atgarder, s.registrerat,
                    s.registreradAv, s.roll, rad.atgarder().stream().map(SynpunktSvar::atgard).toList(), u.insatstyp,
                    u.myndighetsenhet, u.utforarenhet);
        }

        private static AtgardSvar atgard(SynpunktsatgardVy a) {
            return new AtgardSvar(a.datum, a.atgarder, a.registrerat, a.registreradAv, a.roll);
        }
    }

    @Schema(name = "Synpunkter", description = "Ett ärendes klagomål och synpunkter från familjen.")
    public record SynpunkterSvar(String uppdragId, List<SynpunktSvar> synpunkter) {
    }

    @Schema(name = "SynpunktKvitto", description = "Vilket uppdrag och klagomål eller synpunkt åtgärden gällde.")
    public record SynpunktKvitto(String uppdragId, String synpunktId) {
    }
}
