package se.barnunga.deadline.domain;

import static se.barnunga.deadline.domain.BevakningBuilders.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import org.axonframework.eventhandling.EventMessage;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import se.barnunga.contracts.Barn;
import se.barnunga.deadline.domain.Handelser.BevakningAvbruten;
import se.barnunga.deadline.domain.Handelser.BevakningPaminnelse;
import se.barnunga.deadline.domain.Handelser.BevakningPasserad;
import se.barnunga.deadline.domain.Handelser.BevakningPasseradAterkallad;
import se.barnunga.deadline.domain.Handelser.IvoRapporteringAterkallad;
import se.barnunga.deadline.domain.Handelser.BevakningStartad;
import se.barnunga.deadline.domain.Handelser.BevakningUppfylld;
import se.barnunga.deadline.domain.Handelser.IvoRapporteringKravs;
import se.barnunga.deadline.domain.Handelser.LarmKvitterat;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.Roll;
import se.barnunga.platform.time.ClockProducer;
import se.barnunga.platform.domain.testsupport.Aktorer;
import se.barnunga.platform.domain.testsupport.Enheter;
import se.barnunga.platform.domain.testsupport.Stockholmstid;

/**
 * Shared test data of the {@link Bevakningsarende} given-when-then tests: the people and units, the child, the watches
 * the tests expect with the events they give, and matchers. The facts (built the way the consumer builds them) and the
 * commands are in {@link BevakningBuilders}.
 *
 * <p>The standard assignment {@link #ID}: family treatment for Alva under 11 kap. 1 § SoL (2025:400), decided on
 * Monday 30 November 2026 (a month end) and registered that afternoon. Its watches: {@link #verkstallighetStart()}
 * (due 14 December 2026, reminder 10 December) and {@link #ivoEjVerkstallt()} (three calendar months: due 28 February
 * 2027, reminder 14 February; passes at the start of 1 March 2027, quarter 2027-Q1). Carried out in time on Monday
 * 7 December 2026 ({@link BevakningBuilders#VERKSTALLT}); the first follow-up then is due 1 February 2027 (reminder
 * 18 January).
 *
 * <p>The standard concern {@link #ORO_ID}: received by the reception unit on Tuesday 2 March 2027 at 10:15
 * ({@link BevakningBuilders#INKOM}).
 *
 * <p>Sweden is on summer time (UTC+2) from 29 March 2026 to 25 October 2026 and from 28 March 2027 (Easter Sunday) to
 * 31 October 2027.
 */
final class BevakningFixtures {

    private BevakningFixtures() {
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

    /** The start of the day in Stockholm. */
    static Instant midnatt(LocalDate dag) {
        return dag.atStartOfDay(STOCKHOLM).toInstant();
    }

    static LocalDate dag(String iso) {
        return LocalDate.parse(iso);
    }

    // ---- Units, people ---------------------------------------------------------------------------------------------
    // The units and people that are the same in every service's tests are the platform test kit's Enheter and
    // Aktorer, re-exported here under the names the tests use; the ones that differ between services are defined here.

    static final String ID = "uppdrag-4711";
    /** An investigation assignment (UTREDNINGSUPPDRAG) for the same child. */
    static final String UTREDNING_ID = "uppdrag-4712";
    static final String ORO_ID = "oro-0815";

    static final String MYNDIGHETSENHET = Enheter.MYNDIGHETSENHET;
    static final String UTFORARENHET = Enheter.UTFORARENHET;
    static final String MOTTAGNINGSENHET = Enheter.MOTTAGNINGSENHET;
    static final String INSATSTYP = "FAMILJEBEHANDLING";
    static final String LAGRUM = "SOL_2025_11_1";
    static final String GAMLA_LAGRUMMET = "SOL_2001_4_1";

    /** The case's social secretary. */
    static final Actor ANNA = Aktorer.ANNA;
    /** The unit manager of the case's unit. */
    static final Actor EVA = Actor.of("eva", MYNDIGHETSENHET, Roll.ENHETSCHEF);
    /** A performer of the performing unit. */
    static final Actor ULLA = Aktorer.ULLA;
    /** A social secretary of another unit. */
    static final Actor SARA_PA_ANNAN_ENHET = Aktorer.SARA_PA_ANNAN_ENHET;
    /** A unit manager of another unit. */
    static final Actor CHEF_PA_ANNAN_ENHET = Actor.of("olle", "MYND-2", Roll.ENHETSCHEF);
    /** Who produces the IVO report, at the central office. */
    static final Actor RITA_RAPPORTOR = Actor.of("rita", "KANSLI", Roll.RAPPORTOR);
    /** A reception officer of the unit that received the concern. */
    static final Actor MAJA_MOTTAGNING = Actor.of("maja", MOTTAGNINGSENHET, Roll.MOTTAGNING);
    /** Operations staff (not a role that handles watches). */
    static final Actor DRIFTEN = Actor.of("drift", MYNDIGHETSENHET, Roll.DRIFT);

    static final Barn BARN = new Barn("pseudonym-alva", "F", 2015);

    /** Who and what the standard assignment's watch events are about. */
    static final LocalDate BESLUTSDATUM = dag("2026-11-30");
    static final Arendeinfo INFO = new Arendeinfo(BARN.pseudonym(), BARN.kon(), BARN.fodelsear(), MYNDIGHETSENHET,
            UTFORARENHET, "anna", INSATSTYP, LAGRUM, BESLUTSDATUM);
    /** The investigation assignment's. */
    static final LocalDate UTREDNINGSBESLUT = dag("2027-01-08");
    static final Arendeinfo UTREDNING_INFO = new Arendeinfo(BARN.pseudonym(), BARN.kon(), BARN.fodelsear(), MYNDIGHETSENHET,
            UTFORARENHET, "anna", null, null, UTREDNINGSBESLUT);
    /** The concern's: the recipient's unit is the case's unit. */
    static final Arendeinfo ORO_INFO = new Arendeinfo(BARN.pseudonym(), BARN.kon(), BARN.fodelsear(), MOTTAGNINGSENHET,
            null, null, null, null, null);

    // ---- Expected watches ------------------------------------------------------------------------------------------

    /**
     * A watch as a test expects it, with the events it gives. The due time is the start of the day after the due date and
     * the reminder the start of its day, both in Stockholm (the DST tests check such instants literally); the version and
     * source are the catalogue's for the start date (checked by {@code RegelkatalogTest}).
     */
    record Vantad(Arendetyp arendetyp, String arendeId, String regelId, String forekomst, String startHandelseId,
                  LocalDate startdatum, LocalDate forfallodatum, LocalDate paminnelsedatum, Arendeinfo info) {

        String id() {
            return regelId + ":" + arendeId + (forekomst.isEmpty() ? "" : ":" + forekomst);
        }

        Regel regel() {
            return Regelkatalog.version(regelId, startdatum).orElseThrow();
        }

        Instant forfaller() {
            return midnatt(forfallodatum.plusDays(1));
        }

        Instant paminnelse() {
            return paminnelsedatum == null ? null : midnatt(paminnelsedatum);
        }

        Vantad med(Arendeinfo annan) {
            return new Vantad(arendetyp, arendeId, regelId, forekomst, startHandelseId, startdatum, forfallodatum,
                    paminnelsedatum, annan);
        }

        BevakningStartad startad(Instant nu) {
            return startad(false, nu);
        }

        BevakningStartad andrad(Instant nu) {
            return startad(true, nu);
        }

        private BevakningStartad startad(boolean andrad, Instant nu) {
            Regel r = regel();
            return new BevakningStartad(arendeId, arendetyp, id(), regelId, r.version(), r.kalla(), r.ivo(), forekomst,
                    startHandelseId, startdatum, forfallodatum, forfaller(), paminnelse(), andrad, info, nu);
        }

        BevakningPaminnelse paminnelseHandelse(Instant nu) {
            return new BevakningPaminnelse(arendeId, arendetyp, id(), regelId, forfallodatum, forfaller(), info, nu);
        }

        BevakningPasserad passerad(Instant nu) {
            return new BevakningPasserad(arendeId, arendetyp, id(), regelId, forfallodatum, forfaller(), info, nu);
        }

        BevakningUppfylld uppfylld(Faktum av, LocalDate datum, boolean inomFrist, Instant nu) {
            return new BevakningUppfylld(arendeId, arendetyp, id(), regelId, forfallodatum, datum, inomFrist, av.handelseId(),
                    info, nu);
        }

        BevakningAvbruten avbruten(Faktum av, String orsak, LocalDate datum, Instant nu) {
            return new BevakningAvbruten(arendeId, arendetyp, id(), regelId, orsak, datum, av == null ? null : av.handelseId(),
                    info, nu);
        }

        /** The quarter the three months pass in: the first quarter whose IVO report must include the case. */
        String forstaKvartal() {
            return Kvartal.av(forfallodatum.plusDays(1)).toString();
        }

        IvoRapporteringKravs ivo(String kvartal, boolean forstaGangen, Instant nu) {
            return new IvoRapporteringKravs(arendeId, id(), regelId, forekomst, forfallodatum, kvartal, forstaGangen, info, nu,
                    forstaKvartal());
        }

        BevakningPasseradAterkallad passeradAterkallad(String orsak, LocalDate datum, Instant nu) {
            return new BevakningPasseradAterkallad(arendeId, arendetyp, id(), regelId, forfallodatum, orsak, datum, info, nu);
        }

        IvoRapporteringAterkallad ivoAterkallad(String senasteKvartal, String orsak, Instant nu) {
            return new IvoRapporteringAterkallad(arendeId, id(), regelId, forekomst, forfallodatum, forstaKvartal(), senasteKvartal,
                    orsak, info, nu);
        }

        LarmKvitterat kvitterat(String larm, String kommentar, Instant nu) {
            return new LarmKvitterat(arendeId, id(), larm, kommentar, nu);
        }
    }

    static Vantad uppdragsbevakning(String regelId, String forekomst, Faktum start, LocalDate startdatum,
                                    LocalDate forfallodatum, LocalDate paminnelsedatum) {
        return new Vantad(Arendetyp.UPPDRAG, ID, regelId, forekomst, start.handelseId(), startdatum, forfallodatum,
                paminnelsedatum, INFO);
    }

    static Vantad orobevakning(String regelId, Faktum start, LocalDate startdatum, LocalDate forfallodatum,
                               LocalDate paminnelsedatum) {
        return new Vantad(Arendetyp.ORO, ORO_ID, regelId, "", start.handelseId(), startdatum, forfallodatum, paminnelsedatum,
                ORO_INFO);
    }

    /** VERKSTALLIGHET_START of the standard decision: 14 days, reminder 4 days ahead. */
    static Vantad verkstallighetStart() {
        return uppdragsbevakning(Regelkatalog.VERKSTALLIGHET_START, "", beviljad(), BESLUTSDATUM, dag("2026-12-14"),
                dag("2026-12-10"));
    }

    /** IVO_EJ_VERKSTALLT of the standard decision: three calendar months from 30 November, reminder 14 days ahead. */
    static Vantad ivoEjVerkstallt() {
        return uppdragsbevakning(Regelkatalog.IVO_EJ_VERKSTALLT, "", beviljad(), BESLUTSDATUM, dag("2027-02-28"),
                dag("2027-02-14"));
    }

    /** FORSTA_UPPFOLJNING after the standard start on 7 December 2026: 8 weeks, reminder when the window opens. */
    static Vantad forstaUppfoljning() {
        return uppdragsbevakning(Regelkatalog.FORSTA_UPPFOLJNING, "", verkstalld(VERKSTALLT), VERKSTALLT, dag("2027-02-01"),
                dag("2027-01-18"));
    }

    /** GENOMFORANDEPLAN_UPPRATTAD after the standard start on 7 December 2026: 6 weeks, reminder two weeks ahead. */
    static Vantad genomforandeplan() {
        return uppdragsbevakning(Regelkatalog.GENOMFORANDEPLAN_UPPRATTAD, "", verkstalld(VERKSTALLT), VERKSTALLT, dag("2027-01-18"),
                dag("2027-01-04"));
    }

    /** The plan of the standard intervention, drawn up on 14 December 2026 (in time). */
    static final LocalDate PLAN = dag("2026-12-14");

    /** MOTTAGANDE_BEKRAFTAT of the standard investigation assignment sent Monday 11 January 2027: the next working day. */
    static Vantad mottagande(Faktum skickat) {
        LocalDate skickad = LocalDate.ofInstant(skickat.tidpunkt(), STOCKHOLM);
        return new Vantad(Arendetyp.UPPDRAG, UTREDNING_ID, Regelkatalog.MOTTAGANDE_BEKRAFTAT, "", skickat.handelseId(), skickad,
                se.barnunga.platform.time.Arbetskalender.sverige().plusArbetsdagar(skickad, 1), null, UTREDNING_INFO);
    }

    // ---- Matchers --------------------------------------------------------------------------------------------------

    /** The watch the event is about, null for the fact and case-state events. */
    static String bevakningId(Object handelse) {
        if (handelse instanceof BevakningStartad e) {
            return e.bevakningId();
        } else if (handelse instanceof BevakningPaminnelse e) {
            return e.bevakningId();
        } else if (handelse instanceof BevakningPasserad e) {
            return e.bevakningId();
        } else if (handelse instanceof BevakningUppfylld e) {
            return e.bevakningId();
        } else if (handelse instanceof BevakningAvbruten e) {
            return e.bevakningId();
        } else if (handelse instanceof IvoRapporteringKravs e) {
            return e.bevakningId();
        } else if (handelse instanceof BevakningPasseradAterkallad e) {
            return e.bevakningId();
        } else if (handelse instanceof IvoRapporteringAterkallad e) {
            return e.bevakningId();
        } else if (handelse instanceof LarmKvitterat e) {
            return e.bevakningId();
        }
        return null;
    }

    /** Exactly these watch events, in this order (the recorded fact and case state are not compared). */
    static Matcher<List<EventMessage<?>>> bevakningshandelser(Object... vantade) {
        return lista("watch events", h -> bevakningId(h) != null, List.of(vantade));
    }

    /** Exactly these events of the one watch, in this order (other watches' events are not compared). */
    static Matcher<List<EventMessage<?>>> handelserFor(String bevakningId, Object... vantade) {
        return lista("events of " + bevakningId, h -> bevakningId.equals(bevakningId(h)), List.of(vantade));
    }

    static Matcher<List<EventMessage<?>>> lista(String vad, java.util.function.Predicate<Object> urval,
                                                        List<Object> vantade) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(List<EventMessage<?>> handelser) {
                return urval(handelser).equals(vantade);
            }

            private List<Object> urval(List<EventMessage<?>> handelser) {
                return handelser.stream().map(m -> (Object) m.getPayload()).filter(urval).toList();
            }

            @Override
            public void describeTo(Description d) {
                d.appendText(vad + ": ").appendValueList("[\n  ", ",\n  ", "\n]", vantade);
            }

            @Override
            protected void describeMismatchSafely(List<EventMessage<?>> handelser, Description d) {
                d.appendText("were ").appendValueList("[\n  ", ",\n  ", "\n]", urval(handelser));
            }
        };
    }

    /** The payloads of the events (for folding a run's events). */
    static List<Object> payloads(List<? extends EventMessage<?>> handelser) {
        return handelser.stream().map(m -> (Object) m.getPayload()).filter(Objects::nonNull).toList();
    }
}
