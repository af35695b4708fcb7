package se.barnunga.followup.domain;

import static se.barnunga.platform.domain.testsupport.Given.handelser;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import se.barnunga.followup.domain.Handelser.*;
import se.barnunga.followup.domain.Kommandon.*;
import se.barnunga.followup.domain.Varden.Barn;
import se.barnunga.followup.domain.Varden.Bedomning;
import se.barnunga.followup.domain.Varden.Bokning;
import se.barnunga.followup.domain.Varden.Mal;
import se.barnunga.followup.domain.Varden.Malarbete;
import se.barnunga.followup.domain.Varden.Malbedomning;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.Roll;
import se.barnunga.platform.time.ClockProducer;
import se.barnunga.platform.domain.testsupport.Aktorer;
import se.barnunga.platform.domain.testsupport.Enheter;
import se.barnunga.platform.domain.testsupport.Stockholmstid;

/**
 * Shared test data of the {@link Uppfoljning} given-when-then tests: the people and units, the child and the goals,
 * the standard case's dates, events to build the "given" from, command and event builders, and matchers.
 *
 * <p>The standard case: family treatment for Alva granted on 2026-02-20, sent to UTF-1 on 2026-02-23 (Ulla appointed
 * responsible performer on 2026-02-24), planning meeting on 2026-02-27 with the planned start 2026-03-02, started on
 * Monday 2026-03-02. The first follow-up meeting is due "senast inom 6–8 veckor": any day after the start up to
 * 2026-04-27 (day 56) without a reason; day 42 (2026-04-13) is when it is due.
 * The standard first meeting M1 is on Wednesday 2026-04-15 (day 44), booked by Anna on 2026-03-05; the standard second
 * meeting M2 on 2026-05-29 (day 44 after M1). Sweden is on summer time (UTC+2) from 2026-03-29.
 */
final class UppfoljningFixtures {

    private UppfoljningFixtures() {
    }

    // ---- Time ------------------------------------------------------------------------------------------------------

    static final ZoneId STOCKHOLM = ClockProducer.ZONE;

    /** A local date-time in Stockholm as an instant. */
    static Instant kl(String lokalTid) {
        return Stockholmstid.kl(lokalTid);
    }

    /** Stockholm time on a date as an instant. */
    static Instant kl(LocalDate dag, int timme, int minut) {
        return Stockholmstid.kl(dag, timme, minut);
    }

    static final LocalDate BESLUTSDATUM = LocalDate.of(2026, 2, 20);
    /** When the decision was registered ({@code InsatsBeviljad}). */
    static final Instant BEVILJAT = kl("2026-02-20T11:00");
    /** When the assignment was sent ({@code UppdragSkickat}). */
    static final Instant SKICKAT = kl("2026-02-23T10:00");
    /** When Ulla was appointed ({@code AnsvarigUtförareUtsedd}). */
    static final Instant UTSEDD = kl("2026-02-24T13:00");
    static final LocalDate PLANERINGSMOTET = LocalDate.of(2026, 2, 27);
    static final LocalDate PLANERAD_START = LocalDate.of(2026, 3, 2);
    /** When the planning meeting was registered ({@code PlaneringsmöteGenomfört}). */
    static final Instant PLANERING_REGISTRERAD = kl("2026-02-27T15:00");
    /** The start (verkställighetsdatum), a Monday. */
    static final LocalDate START = LocalDate.of(2026, 3, 2);
    /** When the start was documented ({@code InsatsVerkställd}). */
    static final Instant VERKSTALLD = kl("2026-03-02T11:00");
    /** When Anna books the first meeting. */
    static final Instant BOKAT = kl("2026-03-05T09:00");
    /** The standard first follow-up meeting: day 44 after the start. */
    static final LocalDate FORSTA_MOTET = START.plusDays(44);
    /** When the first meeting is registered: the afternoon of the meeting day. */
    static final Instant FORSTA_REGISTRERAT = kl(FORSTA_MOTET, 16, 0);
    /** When Ulla hands in her summary before the first meeting. */
    static final Instant SAMMANFATTAT = kl(FORSTA_MOTET.minusDays(2), 10, 0);
    /** The standard second meeting, booked at the first: day 44 after it. */
    static final LocalDate ANDRA_MOTET = FORSTA_MOTET.plusDays(44);
    static final Instant ANDRA_REGISTRERAT = kl(ANDRA_MOTET, 16, 0);
    /** The closing meeting booked at the first meeting when it decided to close: three weeks later. */
    static final LocalDate AVSLUTNINGSMOTET = FORSTA_MOTET.plusDays(21);
    static final Instant AVSLUTNING_REGISTRERAD = kl(AVSLUTNINGSMOTET, 16, 0);

    // ---- Units, people ---------------------------------------------------------------------------------------------
    // The units and people that are the same in every service's tests are the platform test kit's Enheter and
    // Aktorer, re-exported here under the names the tests use; the ones that differ between services are defined here.

    static final String ID = "uppdrag-7f3a";
    static final String MYNDIGHETSENHET = Enheter.MYNDIGHETSENHET;
    static final String UTFORARENHET = Enheter.UTFORARENHET;
    static final String UPPDRAGSTYP = "BEVILJAD_INSATS";
    static final String INSATSTYP = "FAMILJEBEHANDLING";

    /** The case's social secretary. */
    static final Actor ANNA = Aktorer.ANNA;
    /** Anna's colleague on the same unit. */
    static final Actor BO = Aktorer.BO;
    /** A social secretary of another unit. */
    static final Actor SARA_PA_ANNAN_ENHET = Aktorer.SARA_PA_ANNAN_ENHET;
    /** Anna's user id, acting as a performer. */
    static final Actor ANNA_SOM_UTFORARE = Actor.of("anna", MYNDIGHETSENHET, Roll.UTFORARE);
    /** The responsible performer (ansvarig utförare). */
    static final Actor ULLA = Aktorer.ULLA;
    /** Ulla's user id on another performing unit. */
    static final Actor ULLA_PA_ANNAN_ENHET = Aktorer.ULLA_PA_ANNAN_ENHET;
    /** Ulla's user id in the metodhandledare role. */
    static final Actor ULLA_SOM_METODHANDLEDARE = Actor.of("ulla", UTFORARENHET, Roll.METODHANDLEDARE);
    /** Another performer of the same unit, not responsible for Alva. */
    static final Actor KALLE = Actor.of("kalle", UTFORARENHET, Roll.UTFORARE);
    /** The unit's metodhandledare. */
    static final Actor MIKAEL = Actor.of("mikael", UTFORARENHET, Roll.METODHANDLEDARE);
    /** The unit manager of the myndighet. */
    static final Actor CHEFEN = Actor.of("eva", MYNDIGHETSENHET, Roll.ENHETSCHEF);
    /** Who records the facts learned from the assignment-service (as the consumer does). */
    static final Actor UPPDRAGSTJANSTEN = Actor.of("assignment-service", "SYSTEM", Roll.SYSTEM);

    /** Actors that may not do the social secretary's steps. */
    static final List<Actor> INTE_SOCIALSEKRETERARE = List.of(ULLA, KALLE, MIKAEL, SARA_PA_ANNAN_ENHET, ANNA_SOM_UTFORARE,
            CHEFEN);

    // ---- The child and the goals ------------------------------------------------------------------------------------

    static final Barn BARN = new Barn("pseudonym-alva", "F", 2015);
    static final Mal MAL_SKOLA = new Mal("mal-skola", "UTBILDNING");
    static final Mal MAL_FAMILJ = new Mal("mal-familj", "FAMILJ_OCH_SOCIALA_RELATIONER");
    static final List<Mal> MAL = List.of(MAL_SKOLA, MAL_FAMILJ);
    private static final Map<String, String> OMRADE = Map.of(MAL_SKOLA.malId(), MAL_SKOLA.bbicOmrade(),
            MAL_FAMILJ.malId(), MAL_FAMILJ.bbicOmrade(), "mal-halsa", "HALSA");

    // ---- Bookings --------------------------------------------------------------------------------------------------

    static final LocalTime KLOCKAN = LocalTime.of(14, 0);
    static final String PLATS = "Familjecentralen Hisingen";
    static final Set<Deltagare> INBJUDNA = Set.of(Deltagare.ANSVARIG_UTFORARE, Deltagare.BARNET, Deltagare.VARDNADSHAVARE);
    static final String SKAL_UTANFOR = "Familjen är bortrest under sommaren; tidigaste gemensamma datum.";

    /** A complete booking on the date: 14:00 at the family centre, Ulla and the family invited. */
    static Bokning bokning(LocalDate datum) {
        return new Bokning(datum, KLOCKAN, PLATS, INBJUDNA, null);
    }

    /** A complete booking with a reason for a date outside the window. */
    static Bokning bokning(LocalDate datum, String skalUtanforFonster) {
        return new Bokning(datum, KLOCKAN, PLATS, INBJUDNA, skalUtanforFonster);
    }

    static BokaMote boka(Bokning bokning) {
        return new BokaMote(ID, Motesslag.UPPFOLJNING, bokning, ANNA, BOKAT);
    }

    static BokaMote boka(Motesslag slag, Bokning bokning, Instant tidpunkt) {
        return new BokaMote(ID, slag, bokning, ANNA, tidpunkt);
    }

    static BokaMote boka(Actor actor, Bokning bokning) {
        return new BokaMote(ID, Motesslag.UPPFOLJNING, bokning, actor, BOKAT);
    }

    /**
     * A mutable builder of an {@link UppfoljningsmoteBokat}. By default: Anna's ordinary booking of M1 on
     * {@link #FORSTA_MOTET}, 44 days after the start, within the window.
     */
    static final class Bokat {
        String moteId = "M1";
        Motesslag slag = Motesslag.UPPFOLJNING;
        boolean extra = false;
        LocalDate datum = FORSTA_MOTET;
        LocalTime klockslag = KLOCKAN;
        String plats = PLATS;
        Set<Deltagare> inbjudna = INBJUDNA;
        LocalDate referensdatum = START;
        Integer dagarFranReferens = 44;
        Boolean inomFonster = true;
        String skalUtanforFonster = null;
        boolean ombokning = false;
        Bokningskalla kalla = Bokningskalla.BOKNING;
        String socialsekreterare = "anna";
        String myndighetsenhet = MYNDIGHETSENHET;
        String utforarenhet = UTFORARENHET;
        Instant bokat = BOKAT;

        UppfoljningsmoteBokat handelse() {
            return new UppfoljningsmoteBokat(ID, moteId, slag, extra, datum, klockslag, plats, inbjudna, referensdatum,
                    dagarFranReferens, inomFonster, skalUtanforFonster, ombokning, kalla, socialsekreterare,
                    myndighetsenhet, utforarenhet, bokat);
        }
    }

    /** The standard booking, changed. */
    static UppfoljningsmoteBokat bokat(Consumer<Bokat> andring) {
        Bokat b = new Bokat();
        andring.accept(b);
        return b.handelse();
    }

    /** Anna's ordinary booking of a meeting on {@code datum}, {@code dagar} days after {@code referens}, within the window. */
    static UppfoljningsmoteBokat bokat(String moteId, LocalDate datum, LocalDate referens, int dagar) {
        return bokat(b -> {
            b.moteId = moteId;
            b.datum = datum;
            b.referensdatum = referens;
            b.dagarFranReferens = dagar;
        });
    }

    /** The standard booking of M1. */
    static UppfoljningsmoteBokat bokatForsta() {
        return new Bokat().handelse();
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

    // ---- Helpers -------------------------------------------------------------------------------------------------------

}
