package se.barnunga.followup.domain;

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
import se.barnunga.followup.domain.Varden.Bokning;
import se.barnunga.followup.domain.Varden.Mal;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.Roll;
import se.barnunga.platform.time.ClockProducer;
import se.barnunga.platform.domain.testsupport.Aktorer;
import se.barnunga.platform.domain.testsupport.Enheter;
import se.barnunga.platform.domain.testsupport.Stockholmstid;

/**
 * Shared test data of the {@link Uppfoljning} given-when-then tests: the people and units, the child and the goals,
 * the standard case's dates and bookings. The facts, meetings and summaries to build the "given" and the commands from
 * are in {@link UppfoljningBuilders}.
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
    static final Map<String, String> OMRADE = Map.of(MAL_SKOLA.malId(), MAL_SKOLA.bbicOmrade(),
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

}
