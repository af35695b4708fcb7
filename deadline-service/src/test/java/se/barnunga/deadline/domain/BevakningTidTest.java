package se.barnunga.deadline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static se.barnunga.deadline.domain.BevakningBuilders.*;
import static se.barnunga.deadline.domain.BevakningFixtures.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Time, for every rule: the watch starts with its due date when its start event is registered; the reminder is raised
 * at its moment (the start of the day the rule's lead time ahead of the due date) and not a second before; the watch
 * passes at the start of the day after its due date (Europe/Stockholm) and not a second before, an IVO watch with the
 * report requirement for the quarter; each alert is raised once. Then the due moments over the changes to and from
 * summer time, checked as exact instants.
 */
class BevakningTidTest {

    /**
     * One rule's watch on a realistic case: the facts (each registered when it happened; the last one starts the watch)
     * and the watch they give.
     */
    record Fall(String namn, List<Faktum> fakta, Vantad bevakning, String ivoKvartal) {
        @Override
        public String toString() {
            return namn;
        }
    }

    static Stream<Arguments> fall() {
        Faktum beviljad = beviljad();
        Faktum verkstalld = verkstalld(VERKSTALLT);
        Faktum avbruten = avbruten(dag("2027-05-10"));
        Faktum sentVerkstalld = verkstalld(dag("2027-04-12"));
        Faktum m1 = uppfoljning("M1", 1, dag("2027-01-20"), "FORTSATTA");
        Faktum medPeriod = beviljad(b -> {
            b.periodFrom = dag("2026-12-01");
            b.periodTom = dag("2027-05-31");
        });
        Faktum skickat = uppdragSkickat();
        Faktum skriftlig = oroInlamnad("SKRIFTLIG");
        Faktum muntlig = oroInlamnad("MUNTLIG");
        LocalDate inkom = dag("2027-03-02");
        Faktum aterkallat = samtyckeAterkallat(dag("2027-01-15"));
        Faktum negativ = uppfoljningNegativ("M1", 1, dag("2027-01-20"), "FORTSATTA");
        Faktum underUtredning = uppdragSkickat(2, "INSATS_UNDER_UTREDNING", UTREDNING_SKICKAD, UTREDNINGENS_SLUTDATUM);
        List<Fall> fall = List.of(
                new Fall(Regelkatalog.VERKSTALLIGHET_START, List.of(beviljad), verkstallighetStart(), null),
                new Fall(Regelkatalog.IVO_EJ_VERKSTALLT, List.of(beviljad), ivoEjVerkstallt(), "2027-Q1"),
                new Fall(Regelkatalog.IVO_AVBROTT, List.of(beviljad, verkstalld, avbruten),
                        uppdragsbevakning(Regelkatalog.IVO_AVBROTT, "2027-05-10", avbruten, dag("2027-05-10"), dag("2027-08-10"),
                                dag("2027-07-27")), "2027-Q3"),
                new Fall(Regelkatalog.IVO_VERKSTALLT_EFTER_RAPPORT, List.of(beviljad, sentVerkstalld),
                        uppdragsbevakning(Regelkatalog.IVO_VERKSTALLT_EFTER_RAPPORT, "", sentVerkstalld, dag("2027-04-12"),
                                dag("2027-09-30"), dag("2027-08-31")), null),
                new Fall(Regelkatalog.FORSTA_UPPFOLJNING, List.of(beviljad, verkstalld), forstaUppfoljning(), null),
                new Fall(Regelkatalog.NASTA_UPPFOLJNING, List.of(beviljad, verkstalld, m1),
                        uppdragsbevakning(Regelkatalog.NASTA_UPPFOLJNING, "M1", m1, dag("2027-01-20"), dag("2027-03-17"),
                                dag("2027-03-03")), null),
                new Fall(Regelkatalog.BESLUTSPERIOD_SLUTAR, List.of(medPeriod),
                        uppdragsbevakning(Regelkatalog.BESLUTSPERIOD_SLUTAR, "", medPeriod, BESLUTSDATUM, dag("2027-05-31"),
                                dag("2027-04-19")), null),
                new Fall(Regelkatalog.REDOGORELSE_UTREDNINGSUPPDRAG, List.of(skickat),
                        new Vantad(Arendetyp.UPPDRAG, UTREDNING_ID, Regelkatalog.REDOGORELSE_UTREDNINGSUPPDRAG, "", skickat.handelseId(),
                                dag("2027-01-11"), dag("2027-04-30"), dag("2027-04-23"), UTREDNING_INFO), null),
                new Fall(Regelkatalog.SKYDDSBEDOMNING, List.of(skriftlig),
                        orobevakning(Regelkatalog.SKYDDSBEDOMNING, skriftlig, inkom, inkom, null), null),
                new Fall(Regelkatalog.SKRIFTLIG_BEKRAFTELSE, List.of(muntlig),
                        orobevakning(Regelkatalog.SKRIFTLIG_BEKRAFTELSE, muntlig, inkom, dag("2027-03-03"), null), null),
                new Fall(Regelkatalog.ATERKOPPLING, List.of(skriftlig),
                        orobevakning(Regelkatalog.ATERKOPPLING, skriftlig, inkom, dag("2027-03-09"), dag("2027-03-07")), null),
                new Fall(Regelkatalog.FORHANDSBEDOMNING, List.of(skriftlig),
                        orobevakning(Regelkatalog.FORHANDSBEDOMNING, skriftlig, inkom, dag("2027-03-16"), dag("2027-03-13")), null),
                new Fall(Regelkatalog.SAMTYCKE_ATERKALLAT, List.of(beviljad, verkstalld, aterkallat),
                        uppdragsbevakning(Regelkatalog.SAMTYCKE_ATERKALLAT, "2027-01-15", aterkallat, dag("2027-01-15"),
                                dag("2027-01-29"), dag("2027-01-25")), null),
                new Fall(Regelkatalog.ATGARD_EFTER_UPPFOLJNING, List.of(beviljad, verkstalld, negativ),
                        uppdragsbevakning(Regelkatalog.ATGARD_EFTER_UPPFOLJNING, "M1", negativ, dag("2027-01-20"),
                                dag("2027-02-03"), dag("2027-01-30")), null),
                new Fall(Regelkatalog.UPPFOLJNING_FORE_UTREDNINGENS_SLUT, List.of(underUtredning),
                        new Vantad(Arendetyp.UPPDRAG, UTREDNING_ID, Regelkatalog.UPPFOLJNING_FORE_UTREDNINGENS_SLUT, "",
                                underUtredning.handelseId(), dag("2027-01-11"), dag("2027-04-30"), dag("2027-04-16"), UTREDNING_INFO),
                        null),
                new Fall(Regelkatalog.MOTTAGANDE_BEKRAFTAT, List.of(skickat), mottagande(skickat), null),
                new Fall(Regelkatalog.GENOMFORANDEPLAN_UPPRATTAD, List.of(beviljad, verkstalld), genomforandeplan(), null));
        return fall.stream().map(Arguments::of);
    }

    @Test
    void every_rule_has_a_case() {
        assertThat(fall().map(a -> ((Fall) a.get()[0]).bevakning().regelId()).toList())
                .containsExactlyElementsOf(RegelkatalogTest.DESIGNENS_REGLER);
    }

    private FixtureConfiguration<Bevakningsarende> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Bevakningsarende.class);
    }

    private TestExecutor<Bevakningsarende> givet(List<Object> kommandon) {
        return kommandon.isEmpty() ? fixture.givenNoPriorActivity() : fixture.givenCommands(kommandon);
    }

    private static List<Object> registrerade(Fall f) {
        return registrera(f.fakta().toArray(Faktum[]::new));
    }

    private static List<Object> med(List<Object> kommandon, Object... fler) {
        List<Object> alla = new ArrayList<>(kommandon);
        alla.addAll(List.of(fler));
        return alla;
    }

    /** The facts registered and, for a rule with one, the reminder raised. */
    private static List<Object> paminda(Fall f) {
        Vantad v = f.bevakning();
        return v.paminnelse() == null ? registrerade(f) : med(registrerade(f), kontrollera(v.arendeId(), v.paminnelse()));
    }

    /** The sweep of the watch's case at the moment. */
    private static Kommandon.KontrolleraBevakningar vid(Fall f, Instant nu) {
        return kontrollera(f.bevakning().arendeId(), nu);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fall")
    void the_start_event_starts_the_watch_with_its_due_date(Fall f) {
        List<Object> kommandon = registrerade(f);
        Kommandon.RegistreraFaktum start = (Kommandon.RegistreraFaktum) kommandon.get(kommandon.size() - 1);
        givet(kommandon.subList(0, kommandon.size() - 1))
                .when(start)
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(handelserFor(f.bevakning().id(), f.bevakning().startad(start.nu())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fall")
    void nothing_before_the_reminder(Fall f) {
        Vantad v = f.bevakning();
        Instant strax = v.paminnelse() != null ? v.paminnelse().minusSeconds(1) : v.forfaller().minusSeconds(3600);
        givet(registrerade(f))
                .when(vid(f, strax))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(handelserFor(v.id()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fall")
    void the_reminder_is_raised_at_its_moment(Fall f) {
        Vantad v = f.bevakning();
        assumeTrue(v.paminnelse() != null, "the rule has no reminder");
        givet(registrerade(f))
                .when(vid(f, v.paminnelse()))
                .expectEventsMatching(handelserFor(v.id(), v.paminnelseHandelse(v.paminnelse())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fall")
    void nothing_a_second_before_the_due_moment(Fall f) {
        Vantad v = f.bevakning();
        givet(paminda(f))
                .when(vid(f, v.forfaller().minusSeconds(1)))
                .expectEventsMatching(handelserFor(v.id()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fall")
    void passes_at_the_start_of_the_day_after_the_due_date(Fall f) {
        Vantad v = f.bevakning();
        assertThat(v.forfaller()).isEqualTo(v.forfallodatum().plusDays(1).atStartOfDay(STOCKHOLM).toInstant());
        Object[] vantade = f.ivoKvartal() == null ? new Object[] {v.passerad(v.forfaller())}
                : new Object[] {v.passerad(v.forfaller()), v.ivo(f.ivoKvartal(), true, v.forfaller())};
        givet(paminda(f))
                .when(vid(f, v.forfaller()))
                .expectEventsMatching(handelserFor(v.id(), vantade));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fall")
    void checked_only_after_the_due_moment_it_passes_without_a_late_reminder(Fall f) {
        Vantad v = f.bevakning();
        Instant senare = v.forfaller().plusSeconds(3 * 3600);
        Object[] vantade = f.ivoKvartal() == null ? new Object[] {v.passerad(senare)}
                : new Object[] {v.passerad(senare), v.ivo(f.ivoKvartal(), true, senare)};
        givet(registrerade(f))
                .when(vid(f, senare))
                .expectEventsMatching(handelserFor(v.id(), vantade));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fall")
    void each_alert_is_raised_once(Fall f) {
        Vantad v = f.bevakning();
        givet(med(paminda(f), vid(f, v.forfaller())))
                .when(vid(f, v.forfaller()))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        if (v.paminnelse() != null) {
            setUp();
            givet(paminda(f))
                    .when(vid(f, v.paminnelse().plusSeconds(60)))
                    .expectEventsMatching(handelserFor(v.id()));
        }
    }

    // ---- Summer time ---------------------------------------------------------------------------------------------

    @Test
    void a_three_month_deadline_ending_on_the_day_summer_time_begins_passes_at_local_midnight() {
        // decided Monday 28 December 2026: due Sunday 28 March 2027, the day clocks go forward (a 23-hour day)
        Faktum beslut = beviljad(dag("2026-12-28"), LAGRUM);
        Vantad ivo = uppdragsbevakning(Regelkatalog.IVO_EJ_VERKSTALLT, "", beslut, dag("2026-12-28"), dag("2027-03-28"),
                dag("2027-03-14")).med(info(dag("2026-12-28")));
        Instant forfaller = Instant.parse("2027-03-28T22:00:00Z"); // 00:00 CEST on 29 March
        Instant paminnelse = Instant.parse("2027-03-13T23:00:00Z"); // 00:00 CET on 14 March
        assertThat(ivo.forfaller()).isEqualTo(forfaller);
        assertThat(ivo.paminnelse()).isEqualTo(paminnelse);

        fixture.givenNoPriorActivity()
                .when(registrera(beslut))
                .expectEventsMatching(handelserFor(ivo.id(), ivo.startad(beslut.tidpunkt())));
        setUp();
        fixture.givenCommands(registrera(beslut))
                .when(kontrollera(paminnelse.minusSeconds(1)))
                .expectEventsMatching(handelserFor(ivo.id()));
        setUp();
        fixture.givenCommands(registrera(beslut))
                .when(kontrollera(paminnelse))
                .expectEventsMatching(handelserFor(ivo.id(), ivo.paminnelseHandelse(paminnelse)));
        setUp();
        fixture.givenCommands(registrera(beslut), kontrollera(paminnelse))
                .when(kontrollera(Instant.parse("2027-03-28T21:59:59Z")))
                .expectNoEvents();
        setUp();
        fixture.givenCommands(registrera(beslut), kontrollera(paminnelse))
                .when(kontrollera(forfaller))
                .expectEvents(ivo.passerad(forfaller), ivo.ivo("2027-Q1", true, forfaller));
    }

    @Test
    void a_week_deadline_ending_on_the_day_summer_time_ends_passes_at_local_midnight() {
        // a concern received by the social services on call on Sunday 24 October 2027 at 20:30: feedback due Sunday
        // 31 October, the day clocks go back (a 25-hour day)
        Instant inkom = kl("2027-10-24T20:30");
        Faktum oro = oroInlamnad("SKRIFTLIG", inkom);
        Vantad aterkoppling = orobevakning(Regelkatalog.ATERKOPPLING, oro, dag("2027-10-24"), dag("2027-10-31"),
                dag("2027-10-29"));
        Instant forfaller = Instant.parse("2027-10-31T23:00:00Z"); // 00:00 CET on 1 November
        Instant paminnelse = Instant.parse("2027-10-28T22:00:00Z"); // 00:00 CEST on 29 October
        assertThat(aterkoppling.forfaller()).isEqualTo(forfaller);
        assertThat(aterkoppling.paminnelse()).isEqualTo(paminnelse);

        fixture.givenNoPriorActivity()
                .when(registrera(oro))
                .expectEventsMatching(handelserFor(aterkoppling.id(), aterkoppling.startad(inkom)));
        setUp();
        fixture.givenCommands(registrera(oro))
                .when(kontrollera(ORO_ID, paminnelse))
                .expectEventsMatching(handelserFor(aterkoppling.id(), aterkoppling.paminnelseHandelse(paminnelse)));
        setUp();
        fixture.givenCommands(registrera(oro), kontrollera(ORO_ID, paminnelse))
                .when(kontrollera(ORO_ID, Instant.parse("2027-10-31T22:59:59Z")))
                .expectEventsMatching(handelserFor(aterkoppling.id()));
        setUp();
        fixture.givenCommands(registrera(oro), kontrollera(ORO_ID, paminnelse))
                .when(kontrollera(ORO_ID, forfaller))
                .expectEventsMatching(handelserFor(aterkoppling.id(), aterkoppling.passerad(forfaller)));
    }

    @Test
    void a_same_day_deadline_on_the_day_summer_time_begins_ends_at_local_midnight() {
        // received at 23:30 on Saturday 27 March 2027; the next day is the 23-hour day
        Instant inkom = kl("2027-03-27T23:30");
        Faktum oro = oroInlamnad("SKRIFTLIG", inkom);
        Vantad skydd = orobevakning(Regelkatalog.SKYDDSBEDOMNING, oro, dag("2027-03-27"), dag("2027-03-27"), null);
        assertThat(skydd.forfaller()).isEqualTo(Instant.parse("2027-03-27T23:00:00Z"));
        fixture.givenCommands(registrera(oro))
                .when(kontrollera(ORO_ID, Instant.parse("2027-03-27T23:00:00Z")))
                .expectEventsMatching(handelserFor(skydd.id(), skydd.passerad(Instant.parse("2027-03-27T23:00:00Z"))));
    }

    private static Arendeinfo info(LocalDate beslutsdatum) {
        return new Arendeinfo(INFO.barnPseudonym(), INFO.barnKon(), INFO.barnFodelsear(), INFO.myndighetsenhet(),
                INFO.utforarenhet(), INFO.socialsekreterare(), INFO.insatstyp(), INFO.lagrum(), beslutsdatum);
    }
}
