package se.barnunga.deadline.domain;

import static se.barnunga.deadline.domain.BevakningBuilders.*;
import static se.barnunga.deadline.domain.BevakningFixtures.*;

import java.time.Instant;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.barnunga.platform.domain.StateConflict;

/**
 * The two defects on the stream (issue 16): the IVO requirement of a decision registered late names the first quarter
 * whose report must include it ({@code forstaKvartal}) besides the current one ({@code kvartal}); and a watch that passed
 * but turns out met (or cancelled) in time – a backdated start registered after a backdated decision – is corrected on
 * the stream ({@code BevakningPasseradÅterkallad}, {@code IvoRapporteringÅterkallad}) and its alarm cleared. Time moves
 * with the {@code nu} of each command, as the injected clock gives it.
 */
class BevakningAterkallelseTest {

    private FixtureConfiguration<Bevakningsarende> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Bevakningsarende.class);
    }

    private final Vantad vs = verkstallighetStart();
    private final Vantad ivo = ivoEjVerkstallt();

    /** The decision of 30 November 2026 registered only on 10 August 2027 (quarter 3); its three months passed 1 March. */
    private static final Instant SENT = kl("2027-08-10T09:00");

    @Test
    void a_decision_registered_late_names_the_first_quarter_its_report_must_include_and_the_current_one() {
        Faktum sent = beviljad(b -> b.registrerat = SENT);
        fixture.givenNoPriorActivity()
                .when(registrera(sent))
                .expectEventsMatching(bevakningshandelser(
                        vs.startad(SENT), vs.passerad(SENT),
                        ivo.startad(SENT), ivo.passerad(SENT),
                        new Handelser.IvoRapporteringKravs(ID, ivo.id(), Regelkatalog.IVO_EJ_VERKSTALLT, "", dag("2027-02-28"),
                                "2027-Q3", true, INFO, SENT, "2027-Q1")));
    }

    @Test
    void raised_again_next_quarter_it_still_names_the_first_quarter() {
        Instant q4 = kl("2027-10-01T00:00");
        fixture.givenCommands(registrera(beviljad(b -> b.registrerat = SENT)))
                .when(kontrollera(q4))
                .expectEventsMatching(bevakningshandelser(
                        new Handelser.IvoRapporteringKravs(ID, ivo.id(), Regelkatalog.IVO_EJ_VERKSTALLT, "", dag("2027-02-28"),
                                "2027-Q4", false, INFO, q4, "2027-Q1")));
    }

    @Test
    void a_backdated_start_in_time_after_a_backdated_decision_withdraws_the_passing_and_the_ivo_requirement() {
        Instant nu = kl("2027-08-11T10:00");
        Faktum start = verkstalld("ce-verkstalld", VERKSTALLT, nu);
        fixture.givenCommands(registrera(beviljad(b -> b.registrerat = SENT)))
                .when(registrera(start))
                .expectEventsMatching(bevakningshandelser(
                        vs.uppfylld(start, VERKSTALLT, true, nu),
                        vs.passeradAterkallad("UPPFYLLD_INOM_FRIST", VERKSTALLT, nu),
                        ivo.uppfylld(start, VERKSTALLT, true, nu),
                        ivo.passeradAterkallad("UPPFYLLD_INOM_FRIST", VERKSTALLT, nu),
                        ivo.ivoAterkallad("2027-Q3", "UPPFYLLD_INOM_FRIST", nu),
                        // the first follow-up, counted from the start in December 2026, passed long ago
                        forstaUppfoljning().startad(nu), forstaUppfoljning().passerad(nu),
                        genomforandeplan().startad(nu), genomforandeplan().passerad(nu)));
    }

    @Test
    void a_backdated_closure_within_the_three_months_withdraws_them_as_cancelled_in_time() {
        Instant nu = kl("2027-08-11T10:00");
        Faktum avslutad = faktum("ce-insats-avslutad", new se.barnunga.contracts.uppdrag.InsatsAvslutad(ID, dag("2027-01-20"),
                "ENSKILD_AVBOJER", "OFORANDRAD", false, "anna", nu), nu);
        fixture.givenCommands(registrera(beviljad(b -> b.registrerat = SENT)))
                .when(registrera(avslutad))
                .expectEventsMatching(bevakningshandelser(
                        vs.avbruten(avslutad, "INSATS_AVSLUTAD", dag("2027-01-20"), nu),
                        ivo.avbruten(avslutad, "INSATS_AVSLUTAD", dag("2027-01-20"), nu),
                        ivo.passeradAterkallad("AVBRUTEN_INOM_FRIST", dag("2027-01-20"), nu),
                        ivo.ivoAterkallad("2027-Q3", "AVBRUTEN_INOM_FRIST", nu)));
    }

    @Test
    void a_start_after_the_due_date_is_late_and_withdraws_nothing() {
        Instant nu = kl("2027-08-11T10:00");
        Faktum start = verkstalld("ce-verkstalld", dag("2027-04-12"), nu);
        fixture.givenCommands(registrera(beviljad(b -> b.registrerat = SENT)))
                .when(registrera(start))
                .expectEventsMatching(handelserFor(ivo.id(), ivo.uppfylld(start, dag("2027-04-12"), false, nu)));
    }

    @Test
    void the_withdrawn_alarm_needs_no_acknowledgement() {
        Instant nu = kl("2027-08-11T10:00");
        fixture.givenCommands(registrera(beviljad(b -> b.registrerat = SENT)),
                        registrera(verkstalld("ce-verkstalld", VERKSTALLT, nu)))
                .when(kvittera(ID, ivo.id(), RITA_RAPPORTOR, kl("2027-08-12T09:00")))
                .expectException(StateConflict.class);
        setUp();
        // before the correction the alarm was there to acknowledge
        fixture.givenCommands(registrera(beviljad(b -> b.registrerat = SENT)))
                .when(kvittera(ID, ivo.id(), RITA_RAPPORTOR, kl("2027-08-12T09:00")))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void nothing_more_is_required_in_later_quarters() {
        Instant nu = kl("2027-08-11T10:00");
        fixture.givenCommands(registrera(beviljad(b -> b.registrerat = SENT)),
                        registrera(verkstalld("ce-verkstalld", VERKSTALLT, nu)))
                .when(kontrollera(kl("2027-10-01T00:00")))
                .expectEventsMatching(handelserFor(ivo.id()));
    }

    @Test
    void a_passed_watch_moved_beyond_now_is_withdrawn_as_moved() {
        Faktum skickat = uppdragSkickat();
        Vantad redogorelse = new Vantad(Arendetyp.UPPDRAG, UTREDNING_ID, Regelkatalog.REDOGORELSE_UTREDNINGSUPPDRAG, "",
                skickat.handelseId(), dag("2027-01-11"), dag("2027-04-30"), dag("2027-04-23"), UTREDNING_INFO);
        Instant igen = kl("2027-05-03T09:00");
        Faktum forlangd = uppdragSkickat(2, "UTREDNINGSUPPDRAG", igen, dag("2027-05-31"));
        Vantad flyttad = new Vantad(Arendetyp.UPPDRAG, UTREDNING_ID, Regelkatalog.REDOGORELSE_UTREDNINGSUPPDRAG, "",
                forlangd.handelseId(), dag("2027-05-03"), dag("2027-05-31"), dag("2027-05-24"), UTREDNING_INFO);
        fixture.givenCommands(registrera(skickat), kontrollera(UTREDNING_ID, redogorelse.forfaller()))
                .when(registrera(forlangd))
                .expectEventsMatching(handelserFor(flyttad.id(), flyttad.andrad(igen),
                        redogorelse.passeradAterkallad("FORFALLODATUM_ANDRAT", dag("2027-05-31"), igen)));
    }
}
