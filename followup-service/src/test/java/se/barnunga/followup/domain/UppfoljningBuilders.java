package se.barnunga.followup.domain;

import static se.barnunga.followup.domain.UppfoljningFixtures.*;
import static se.barnunga.platform.domain.testsupport.Given.handelser;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import se.barnunga.followup.domain.Handelser.*;
import se.barnunga.followup.domain.Kommandon.*;
import se.barnunga.followup.domain.Varden.Bedomning;
import se.barnunga.followup.domain.Varden.Bokning;
import se.barnunga.followup.domain.Varden.Malarbete;
import se.barnunga.followup.domain.Varden.Malbedomning;
import se.barnunga.platform.domain.Actor;

/**
 * The commands and events that build the Uppfoljning given-when-then tests, with the standard case's values ({@link
 * UppfoljningFixtures}): the facts from the assignment-service, the performer's summary, the follow-up meeting and
 * the closing meeting.
 */
final class UppfoljningBuilders {

    private UppfoljningBuilders() {
    }

    // ---- Facts from the assignment-service -----------------------------------------------------------------------

    static RegistreraUppdrag registreraUppdrag(Instant kand) {
        return new RegistreraUppdrag(ID, UPPDRAGSTYP, BARN, INSATSTYP, BESLUTSDATUM, MAL, MYNDIGHETSENHET, "anna",
                UTFORARENHET, kand, UPPDRAGSTJANSTEN);
    }

    /** {@code UppdragSkickat} of the standard case. */
    static RegistreraUppdrag registreraUppdrag() {
        return registreraUppdrag(SKICKAT);
    }

    static UppdragKant uppdragKant() {
        return new UppdragKant(ID, UPPDRAGSTYP, BARN, INSATSTYP, BESLUTSDATUM, MAL, MYNDIGHETSENHET, "anna", UTFORARENHET,
                SKICKAT);
    }

    static RegistreraAnsvarigUtforare registreraAnsvarig(String ansvarig, Instant kand) {
        return new RegistreraAnsvarigUtforare(ID, UTFORARENHET, ansvarig, kand, UPPDRAGSTJANSTEN);
    }

    static AnsvarigUtforareKand ansvarigKand() {
        return new AnsvarigUtforareKand(ID, UTFORARENHET, "ulla", UTSEDD);
    }

    static RegistreraPlaneringsmote registreraPlaneringsmote(LocalDate forsta, Instant kand) {
        return new RegistreraPlaneringsmote(ID, PLANERINGSMOTET, PLANERAD_START, forsta, "anna", "ulla", kand,
                UPPDRAGSTJANSTEN);
    }

    static PlaneringsmoteKant planeringsmoteKant(LocalDate forsta, Instant kand) {
        return new PlaneringsmoteKant(ID, PLANERINGSMOTET, PLANERAD_START, forsta, kand);
    }

    /** {@code InsatsVerkställd} of the standard case: the same facts as the assignment (without goals), Ulla, the start. */
    static RegistreraVerkstallighet registreraVerkstallighet(LocalDate start, Instant kand) {
        return new RegistreraVerkstallighet(ID, UPPDRAGSTYP, BARN, INSATSTYP, BESLUTSDATUM, start, MYNDIGHETSENHET, "anna",
                UTFORARENHET, "ulla", kand, UPPDRAGSTJANSTEN);
    }

    static VerkstallighetKand verkstalld() {
        return new VerkstallighetKand(ID, START, VERKSTALLD);
    }

    static RegistreraInsatsensSlut registreraSlut(Avslutsorsak orsak) {
        return new RegistreraInsatsensSlut(ID, orsak, FORSTA_MOTET.plusDays(1), kl(FORSTA_MOTET.plusDays(1), 9, 0),
                UPPDRAGSTJANSTEN);
    }

    static InsatsensSlutKant slutKant(Avslutsorsak orsak) {
        return new InsatsensSlutKant(ID, orsak, FORSTA_MOTET.plusDays(1), kl(FORSTA_MOTET.plusDays(1), 9, 0));
    }

    /** The standard case started: the assignment's facts with the goals, Ulla appointed, started on {@link #START}. */
    static List<Object> startad() {
        return handelser(uppdragKant(), ansvarigKand(), verkstallighetensFakta());
    }

    /**
     * What {@code InsatsVerkställd} (documented at {@link #VERKSTALLD}, naming the same facts and Ulla) gives after
     * {@link #uppdragKant()} and {@link #ansvarigKand()}: the facts and the performer as known at that newer time –
     * recorded although unchanged, so that a late older event cannot overwrite them – and the start.
     */
    static List<Object> verkstallighetensFakta() {
        return handelser(new UppdragKant(ID, UPPDRAGSTYP, BARN, INSATSTYP, BESLUTSDATUM, MAL, MYNDIGHETSENHET, "anna", UTFORARENHET,
                VERKSTALLD), new AnsvarigUtforareKand(ID, UTFORARENHET, "ulla", VERKSTALLD), verkstalld());
    }

    /** Started, and M1 booked by Anna for {@link #FORSTA_MOTET}. */
    static List<Object> bokad() {
        return handelser(startad(), bokatForsta());
    }

    /** Booked, and Ulla's summary before M1 handed in. */
    static List<Object> bokadMedSammanfattning() {
        return handelser(bokad(), new Sammanfattning().lamnad("M1", Motesslag.UPPFOLJNING));
    }

    /** M1 held on {@link #FORSTA_MOTET}: continue; M2 booked for {@link #ANDRA_MOTET}. */
    static List<Object> forstaMotetHallet() {
        Uppfoljningsmote m = new Uppfoljningsmote();
        return handelser(bokadMedSammanfattning(), m.genomford("M1", 1, false, false, true), m.nastaBokat("M2"));
    }

    /** M1 held on {@link #FORSTA_MOTET}: a new investigation, no next meeting booked. */
    static List<Object> forstaMotetHalletUtanNasta() {
        Uppfoljningsmote m = nyUtredning();
        return handelser(bokadMedSammanfattning(), m.genomford("M1", 1, false, false, true));
    }

    /** M1 held on {@link #FORSTA_MOTET}: close; the closing meeting M2 booked for {@link #AVSLUTNINGSMOTET}. */
    static List<Object> avslutningsmoteBokat() {
        Uppfoljningsmote m = avslutas();
        return handelser(bokadMedSammanfattning(), m.genomford("M1", 1, false, false, true), m.nastaBokat("M2"));
    }

    // ---- The performer's summary ------------------------------------------------------------------------------------

    static final List<Malarbete> MALARBETE = List.of(
            new Malarbete(MAL_SKOLA.malId(), "Vi har övat morgonrutiner; Alva går till skolan oftare."),
            new Malarbete(MAL_FAMILJ.malId(), "Samtal med familjen varannan vecka; konflikterna kvarstår."));

    /** A mutable builder of Ulla's summary ({@link LamnaUtforarsammanfattning}) and the event it gives. */
    static final class Sammanfattning {
        Integer genomforda = 8;
        Integer planerade = 10;
        Delaktighet barnet = Delaktighet.AKTIV;
        Delaktighet vardnadshavarna = Delaktighet.DELVIS;
        List<Malarbete> malarbete = MALARBETE;
        String avvikelseFranPlanen = "Två tillfällen ställdes in när Alva var sjuk.";
        Actor actor = ULLA;
        Instant tidpunkt = SAMMANFATTAT;

        LamnaUtforarsammanfattning kommando() {
            return new LamnaUtforarsammanfattning(ID, genomforda, planerade, barnet, vardnadshavarna, malarbete,
                    avvikelseFranPlanen, actor, tidpunkt);
        }

        UtforarsammanfattningLamnad lamnad(String moteId, Motesslag slag) {
            return new UtforarsammanfattningLamnad(ID, moteId, slag, genomforda, planerade, barnet, vardnadshavarna,
                    malarbete, actor.userId(), tidpunkt, avvikelseFranPlanen);
        }
    }

    static Sammanfattning sammanfattning(Consumer<Sammanfattning> andring) {
        Sammanfattning s = new Sammanfattning();
        andring.accept(s);
        return s;
    }

    // ---- The follow-up meeting --------------------------------------------------------------------------------------

    static final Set<Deltagare> ALLA = Set.of(Deltagare.BARNET, Deltagare.VARDNADSHAVARE, Deltagare.SOCIALSEKRETERARE,
            Deltagare.ANSVARIG_UTFORARE);
    static final List<Bedomning> BEDOMNINGAR = List.of(
            new Bedomning(MAL_SKOLA.malId(), Bbicskala.POSITIV_FORANDRING_MAL_EJ_UPPFYLLT, "Alva går till skolan tre dagar i veckan."),
            new Bedomning(MAL_FAMILJ.malId(), Bbicskala.INGEN_FORANDRING, "Konflikterna hemma är lika många."));
    static final String BARNETS_UPPFATTNING = "Alva tycker att träffarna hjälper och vill fortsätta.";
    static final String FAMILJENS_UPPFATTNING = "Mamma och pappa tycker att morgnarna har blivit lugnare.";
    static final String NYA_BEHOV = "Alva har inga nya behov som behöver utredas; skolfrånvaron hänger ihop med flytten.";

    /** The ratings as recorded, with each goal's BBIC area. */
    static List<Malbedomning> malbedomningar(List<Bedomning> bedomningar) {
        return bedomningar.stream()
                .map(b -> new Malbedomning(b.malId(), OMRADE.get(b.malId()), b.skala(), b.forandring(), b.malForKommandePeriod()))
                .toList();
    }

    /**
     * A mutable builder of the registration of a held follow-up meeting ({@link RegistreraUppfoljning}) and of the events
     * it gives. By default: M1 held on {@link #FORSTA_MOTET} with everyone, both goals rated, continue, the next meeting
     * on {@link #ANDRA_MOTET}; registered by Anna that afternoon.
     */
    static final class Uppfoljningsmote {
        LocalDate datum = FORSTA_MOTET;
        Set<Deltagare> deltagare = ALLA;
        String skalBarnetDeltogEj = null;
        String barnetsUppfattning = BARNETS_UPPFATTNING;
        String familjensUppfattning = FAMILJENS_UPPFATTNING;
        List<Bedomning> bedomningar = BEDOMNINGAR;
        String bedomningAvNyaBehov = null;
        String anpassningar = "Träffarna flyttades till eftermiddagen efter skolan.";
        Boolean ingaAnpassningarBehovdes = null;
        Set<Bedomningsinstrument> bedomningsinstrument = null;
        String annatInstrument = null;
        Utfall utfall = Utfall.FORTSATTA;
        String forandringar = null;
        Justering justering = null;
        Utredningsgrund utredningsgrund = null;
        Boolean genomforandeplanenRevideras = null;
        Bokning nastaMote = bokning(ANDRA_MOTET);
        String skalUtanSammanfattning = null;
        Actor actor = ANNA;
        Instant tidpunkt = FORSTA_REGISTRERAT;

        RegistreraUppfoljning kommando() {
            return new RegistreraUppfoljning(ID, datum, deltagare, skalBarnetDeltogEj, barnetsUppfattning, familjensUppfattning,
                    bedomningar, bedomningAvNyaBehov, anpassningar, ingaAnpassningarBehovdes, bedomningsinstrument,
                    annatInstrument, utfall, forandringar, justering, utredningsgrund, genomforandeplanenRevideras, nastaMote,
                    skalUtanSammanfattning, actor, tidpunkt);
        }

        /** The event, with what the aggregate derives given explicitly; the free texts as in the command. */
        UppfoljningGenomford genomford(String moteId, int nummer, boolean extra, boolean revideras, boolean sammanfattningFanns) {
            return new UppfoljningGenomford(ID, moteId, nummer, extra, datum, BARN, INSATSTYP, MYNDIGHETSENHET, UTFORARENHET,
                    deltagare, deltagare.contains(Deltagare.BARNET), skalBarnetDeltogEj, barnetsUppfattning, familjensUppfattning,
                    malbedomningar(bedomningar), bedomningAvNyaBehov, anpassningar, Boolean.TRUE.equals(ingaAnpassningarBehovdes),
                    bedomningsinstrument == null ? Set.of() : bedomningsinstrument, annatInstrument, utfall, forandringar,
                    justering, utredningsgrund, revideras, sammanfattningFanns, skalUtanSammanfattning,
                    nastaMote == null ? null : nastaMote.datum(), tidpunkt);
        }

        /** The booking of the next ordinary follow-up meeting made at this meeting, within the window. */
        UppfoljningsmoteBokat nastaBokat(String moteId) {
            Bokning n = nastaMote;
            Motesslag slag = utfall == Utfall.AVSLUTA ? Motesslag.AVSLUTNING : Motesslag.UPPFOLJNING;
            return bokat(b -> {
                b.moteId = moteId;
                b.slag = slag;
                b.datum = n.datum();
                b.klockslag = n.klockslag();
                b.plats = n.plats();
                b.inbjudna = n.inbjudna();
                b.referensdatum = slag == Motesslag.UPPFOLJNING ? datum : null;
                b.dagarFranReferens = slag == Motesslag.UPPFOLJNING ? (int) (n.datum().toEpochDay() - datum.toEpochDay()) : null;
                b.inomFonster = slag == Motesslag.UPPFOLJNING ? Boolean.TRUE : null;
                b.kalla = Bokningskalla.UPPFOLJNINGSMOTE;
                b.bokat = tidpunkt;
            });
        }
    }

    static Uppfoljningsmote uppfoljningsmote(Consumer<Uppfoljningsmote> andring) {
        Uppfoljningsmote m = new Uppfoljningsmote();
        andring.accept(m);
        return m;
    }

    /** The standard first meeting, deciding a new investigation (raised risk) without a next meeting. */
    static Uppfoljningsmote nyUtredning() {
        return uppfoljningsmote(m -> {
            m.utfall = Utfall.NY_UTREDNING;
            m.utredningsgrund = Utredningsgrund.OKAD_RISK;
            m.nastaMote = null;
        });
    }

    /** The standard first meeting, deciding to close, with the closing meeting booked for {@link #AVSLUTNINGSMOTET}. */
    static Uppfoljningsmote avslutas() {
        return uppfoljningsmote(m -> {
            m.utfall = Utfall.AVSLUTA;
            m.nastaMote = bokning(AVSLUTNINGSMOTET);
        });
    }

    // ---- The closing meeting ------------------------------------------------------------------------------------------

    static final List<Bedomning> SLUTBEDOMNINGAR = List.of(
            new Bedomning(MAL_SKOLA.malId(), Bbicskala.POSITIV_FORANDRING_MAL_UPPFYLLT, "Alva går till skolan varje dag."),
            new Bedomning(MAL_FAMILJ.malId(), Bbicskala.POSITIV_FORANDRING_MAL_EJ_UPPFYLLT, "Färre konflikter hemma."));

    /**
     * A mutable builder of the registration of the closing meeting ({@link RegistreraAvslutningsmote}) and the event it
     * gives. By default: held on {@link #AVSLUTNINGSMOTET} with everyone, both goals rated, risk reduced, the closing
     * summary presented; registered by Anna that afternoon.
     */
    static final class Avslutning {
        LocalDate datum = AVSLUTNINGSMOTET;
        Set<Deltagare> deltagare = ALLA;
        String skalBarnetDeltogEj = null;
        String barnetsUpplevelse = "Alva säger att det har blivit lättare att gå till skolan.";
        String ovrigasUpplevelse = "Mamma och pappa tycker att stödet har hjälpt familjen.";
        List<Bedomning> bedomningar = SLUTBEDOMNINGAR;
        /** Sent with the registration: none (the assignment's applies), or the same as the assignment's. */
        Riskniva riskbedomning = null;
        /** The assignment's risk assessment, received from the assignment-service ({@link #riskbedomningKand}). */
        Riskniva uppdragetsRisk = Riskniva.MINSKAD;
        boolean slutsammanfattningPresenterad = true;
        String skalUtanSlutsammanfattning = null;
        Actor actor = ANNA;
        Instant tidpunkt = AVSLUTNING_REGISTRERAD;

        RegistreraAvslutningsmote kommando() {
            return new RegistreraAvslutningsmote(ID, datum, deltagare, skalBarnetDeltogEj, barnetsUpplevelse,
                    ovrigasUpplevelse, bedomningar, riskbedomning, slutsammanfattningPresenterad, skalUtanSlutsammanfattning,
                    actor, tidpunkt);
        }

        AvslutningsmoteGenomfort genomfort(String moteId, boolean slutsammanfattningLamnad) {
            return new AvslutningsmoteGenomfort(ID, moteId, datum, BARN, INSATSTYP, MYNDIGHETSENHET, UTFORARENHET, deltagare,
                    deltagare.contains(Deltagare.BARNET), skalBarnetDeltogEj, barnetsUpplevelse, ovrigasUpplevelse,
                    malbedomningar(bedomningar), uppdragetsRisk, slutsammanfattningPresenterad, slutsammanfattningLamnad,
                    skalUtanSlutsammanfattning, tidpunkt);
        }
    }

    static Avslutning avslutning(Consumer<Avslutning> andring) {
        Avslutning a = new Avslutning();
        andring.accept(a);
        return a;
    }

    /** When the social secretary's risk assessment was registered in the assignment-service: the day before the closing meeting. */
    static final Instant RISK_REGISTRERAD = kl(AVSLUTNINGSMOTET.minusDays(1), 10, 0);

    /** The assignment's risk assessment ({@code RiskbedömningGjord}) as recorded from the assignment-service. */
    static RiskbedomningKand riskbedomningKand(Riskniva risk) {
        return new RiskbedomningKand(ID, risk, false, AVSLUTNINGSMOTET.minusDays(1), RISK_REGISTRERAD);
    }

    static RegistreraRiskbedomning registreraRiskbedomning(Riskniva risk, Instant kand) {
        return new RegistreraRiskbedomning(ID, risk, false, AVSLUTNINGSMOTET.minusDays(1), kand, UPPDRAGSTJANSTEN);
    }
}
