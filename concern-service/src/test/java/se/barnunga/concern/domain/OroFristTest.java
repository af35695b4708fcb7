package se.barnunga.concern.domain;

import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.concern.domain.OroFixtures.*;
import static se.barnunga.platform.domain.testsupport.Given.handelser;

import java.time.Duration;
import java.time.Instant;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import se.barnunga.concern.domain.Handelser.OroLamnad;
import se.barnunga.concern.domain.Kommandon.KontrolleraFrister;
import se.barnunga.concern.domain.Varden.Frister;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.Roll;

/**
 * The service's deadline sweep ({@code KontrolleraFrister}): escalation of an unacknowledged concern to the mottagning,
 * and the deviations recorded when a deadline passes – each at most once.
 */
class OroFristTest {

    private FixtureConfiguration<Oro> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Oro.class);
    }

    private TestExecutor<Oro> given(Object... handelser) {
        return fixture.given(handelser(handelser));
    }

    private static KontrolleraFrister kontrollera(Instant nu) {
        return new KontrolleraFrister(ID, REGLER, FRISTKONTROLLEN, nu);
    }

    private static Instant plus30(Instant t) {
        return t.plus(Duration.ofMinutes(30));
    }

    @Test
    void only_the_service_runs_the_check() {
        for (Actor actor : new Actor[] {ANNA, MIA, Actor.of("drift", "IT", Roll.DRIFT)}) {
            given(akutTillAnna())
                    .when(new KontrolleraFrister(ID, REGLER, actor, kl("2026-03-10T12:00")))
                    .expectException(notPermitted())
                    .expectNoEvents();
        }
    }

    // ==== Escalation =================================================================================================

    @Nested
    @DisplayName("Eskalering")
    class Eskalering {

        @Test
        void acute_at_the_secretary_one_minute_before_the_acknowledgement_time_nothing_happens() {
            given(akutTillAnna())
                    .when(kontrollera(kl("2026-03-10T10:29")))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void acute_at_the_secretary_at_the_acknowledgement_time_moves_to_the_mottagning() {
            Instant nu = KVITTERA_SENAST_AKUT; // 10:30
            given(akutTillAnna())
                    .when(kontrollera(nu))
                    .expectEvents(eskalerad(TILL_ANNA, nu, Instant.parse("2026-03-10T10:00:00Z")))
                    .expectEventsMatching(allaUtfordaAv(FRISTKONTROLLEN, Roll.SYSTEM));
        }

        @Test
        void acute_at_the_secretary_after_the_acknowledgement_time_moves_to_the_mottagning() {
            Instant nu = kl("2026-03-10T12:00");
            given(akutTillAnna())
                    .when(kontrollera(nu))
                    .expectEvents(eskalerad(TILL_ANNA, nu, plus30(nu)));
        }

        @Test
        void not_acute_at_the_secretary_escalates_at_1700_the_next_working_day() {
            // the earlier sweep at midnight already recorded the missing protection assessment
            Object[] historik = {lamnadTillAnna(),
                    avvikelse(Avvikelsetyp.SKYDDSBEDOMNING_INTE_SAMMA_DAG, MYNDIGHETSENHET, SLUTET_AV_DAGEN)};
            given(historik)
                    .when(kontrollera(kl("2026-03-11T16:59")))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
            // to be acknowledged by the mottagning by Thursday 17:00
            given(historik)
                    .when(kontrollera(KVITTERA_SENAST))
                    .expectEvents(eskalerad(TILL_ANNA, KVITTERA_SENAST, Instant.parse("2026-03-12T16:00:00Z")));
        }

        @Test
        void at_socialjouren_one_minute_before_the_acknowledgement_time_nothing_happens() {
            given(akutTillJouren())
                    .when(kontrollera(kl("2026-03-10T18:29")))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void at_socialjouren_at_the_acknowledgement_time_moves_to_the_mottagning() {
            Instant nu = kl("2026-03-10T18:30");
            given(akutTillJouren())
                    .when(kontrollera(nu))
                    .expectEvents(eskalerad(TILL_JOUREN, nu, Instant.parse("2026-03-10T18:00:00Z")))
                    .expectEventsMatching(allaUtfordaAv(FRISTKONTROLLEN, Roll.SYSTEM));
        }

        @Test
        void a_forwarded_concern_escalates_at_the_new_recipients_acknowledgement_time() {
            Instant vidare = kl("2026-03-10T10:20");
            Object[] historik = {akutTillAnna(), mottagenAvAnna(),
                    vidarebefordrad(TILL_ANNA, TILL_BO, "Anna är på hembesök.", vidare, plus30(vidare))};
            given(historik)
                    .when(kontrollera(kl("2026-03-10T10:49")))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
            Instant nu = plus30(vidare);
            given(historik)
                    .when(kontrollera(nu))
                    .expectEvents(eskalerad(TILL_BO, nu, plus30(nu)));
        }

        @Test
        void an_acknowledged_concern_does_not_escalate() {
            given(akutTillAnna(), mottagenAvAnna())
                    .when(kontrollera(kl("2026-03-10T12:00")))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void a_concern_at_the_mottagning_does_not_escalate() {
            given(akutTillMottagningen())
                    .when(kontrollera(kl("2026-03-10T12:00")))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void an_escalated_concern_does_not_escalate_again() {
            given(akutTillAnna(), eskalerad(TILL_ANNA, KVITTERA_SENAST_AKUT, Instant.parse("2026-03-10T10:00:00Z")))
                    .when(kontrollera(kl("2026-03-10T12:00")))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void a_closed_concern_does_not_escalate_and_has_no_deadline_left() {
            given(avslutadHosAnna())
                    .when(kontrollera(kl("2026-03-26T12:00")))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }

    // ==== Deviations on deadline =====================================================================================

    @Nested
    @DisplayName("Avvikelser vid fristens slut")
    class Avvikelser {

        @Test
        void no_protection_assessment_one_minute_before_midnight_is_nothing_yet() {
            given(lamnadTillAnna(), mottagenAvAnna())
                    .when(kontrollera(kl("2026-03-10T23:59")))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void no_protection_assessment_at_the_end_of_the_day_is_a_deviation_of_the_recipients_unit() {
            given(lamnadTillAnna(), mottagenAvAnna())
                    .when(kontrollera(SLUTET_AV_DAGEN))
                    .expectEvents(avvikelse(Avvikelsetyp.SKYDDSBEDOMNING_INTE_SAMMA_DAG, MYNDIGHETSENHET, SLUTET_AV_DAGEN))
                    .expectEventsMatching(allaUtfordaAv(FRISTKONTROLLEN, Roll.SYSTEM));
        }

        @Test
        void a_protection_assessment_made_is_no_deviation() {
            given(skyddsbedomdHosAnna())
                    .when(kontrollera(SLUTET_AV_DAGEN))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void an_oral_report_not_confirmed_one_minute_before_the_deadline_is_nothing_yet() {
            given(muntligtTillAnna(), mottagenAvAnna(), skyddsbedomdAvAnna())
                    .when(kontrollera(kl("2026-03-11T23:59")))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void an_oral_report_not_confirmed_by_the_end_of_the_next_working_day_is_a_deviation_of_the_reporters_unit() {
            given(muntligtTillAnna(), mottagenAvAnna(), skyddsbedomdAvAnna())
                    .when(kontrollera(SLUTET_AV_NASTA_ARBETSDAG))
                    .expectEvents(avvikelse(Avvikelsetyp.SKRIFTLIG_BEKRAFTELSE_SAKNAS, UTFORARENHET, SLUTET_AV_NASTA_ARBETSDAG))
                    .expectEventsMatching(allaUtfordaAv(FRISTKONTROLLEN, Roll.SYSTEM));
        }

        @Test
        void an_oral_report_confirmed_is_no_deviation() {
            given(muntligtTillAnna(), mottagenAvAnna(), skyddsbedomdAvAnna(), bekraftad(kl("2026-03-11T09:00"), true))
                    .when(kontrollera(kl("2026-03-12T09:00")))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void a_written_report_needs_no_confirmation() {
            given(skyddsbedomdHosAnna())
                    .when(kontrollera(kl("2026-03-12T09:00")))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void an_oral_report_on_maundy_thursday_is_missing_only_after_the_tuesday_after_easter() {
            Anmalan a = new Anmalan();
            a.form = Form.MUNTLIG;
            a.inkom = Instant.parse("2026-04-02T08:00:00Z"); // Thursday 10:00 CEST
            OroLamnad lamnad = a.lamnad(TILL_ANNA, Dirigeringsgrund.ANSVARIG_SOCIALSEKRETERARE,
                    Instant.parse("2026-04-07T15:00:00Z"),
                    new Frister(Instant.parse("2026-04-02T22:00:00Z"), Instant.parse("2026-04-07T22:00:00Z"),
                            Instant.parse("2026-04-09T22:00:00Z"), Instant.parse("2026-04-16T22:00:00Z")));
            Instant kl11 = Instant.parse("2026-04-02T09:00:00Z");
            Object[] historik = {lamnad, mottagen(TILL_ANNA, ANNA, kl11), skyddsbedomd(kl11, true, kl11)};
            given(historik)
                    .when(kontrollera(Instant.parse("2026-04-03T22:00:00Z"))) // end of Good Friday
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
            given(historik)
                    .when(kontrollera(Instant.parse("2026-04-07T21:59:00Z"))) // Tuesday 23:59
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
            Instant slutetAvTisdag = Instant.parse("2026-04-07T22:00:00Z");
            given(historik)
                    .when(kontrollera(slutetAvTisdag))
                    .expectEvents(avvikelse(Avvikelsetyp.SKRIFTLIG_BEKRAFTELSE_SAKNAS, UTFORARENHET, slutetAvTisdag));
        }

        @Test
        void not_closed_on_the_14th_day_is_nothing_yet() {
            given(skyddsbedomdHosAnna())
                    .when(kontrollera(kl("2026-03-24T23:59")))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void not_closed_after_14_days_is_a_deviation_of_the_recipients_unit() {
            given(skyddsbedomdHosAnna())
                    .when(kontrollera(FORHANDSBEDOMNING_SENAST))
                    .expectEvents(avvikelse(Avvikelsetyp.FORHANDSBEDOMNING_EFTER_14_DAGAR, MYNDIGHETSENHET,
                            FORHANDSBEDOMNING_SENAST))
                    .expectEventsMatching(allaUtfordaAv(FRISTKONTROLLEN, Roll.SYSTEM));
        }

        @Test
        void every_deadline_passed_at_once_in_a_late_sweep() {
            Instant nu = FORHANDSBEDOMNING_SENAST; // 2026-03-25 00:00, nothing done since the oral report came in
            // the deviations are recorded before the escalation: they belong to Anna's unit (MYND-1), where the concern
            // was when the protection assessment and the preliminary assessment became overdue – not the mottagning's
            given(muntligtTillAnna())
                    .when(kontrollera(nu))
                    .expectEvents(avvikelse(Avvikelsetyp.SKYDDSBEDOMNING_INTE_SAMMA_DAG, MYNDIGHETSENHET, nu),
                            avvikelse(Avvikelsetyp.SKRIFTLIG_BEKRAFTELSE_SAKNAS, UTFORARENHET, nu),
                            avvikelse(Avvikelsetyp.FORHANDSBEDOMNING_EFTER_14_DAGAR, MYNDIGHETSENHET, nu),
                            eskalerad(TILL_ANNA, nu, Instant.parse("2026-03-26T16:00:00Z")))
                    .expectEventsMatching(allaUtfordaAv(FRISTKONTROLLEN, Roll.SYSTEM));
        }

        @Test
        void the_check_run_twice_gives_nothing_the_second_time() {
            Instant forsta = FORHANDSBEDOMNING_SENAST;
            given(muntligtTillAnna(),
                    eskalerad(TILL_ANNA, forsta, Instant.parse("2026-03-26T16:00:00Z")),
                    avvikelse(Avvikelsetyp.SKYDDSBEDOMNING_INTE_SAMMA_DAG, MYNDIGHETSENHET, forsta),
                    avvikelse(Avvikelsetyp.SKRIFTLIG_BEKRAFTELSE_SAKNAS, UTFORARENHET, forsta),
                    avvikelse(Avvikelsetyp.FORHANDSBEDOMNING_EFTER_14_DAGAR, MYNDIGHETSENHET, forsta))
                    .when(kontrollera(forsta.plus(Duration.ofMinutes(5))))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void a_deviation_recorded_by_an_earlier_check_is_not_recorded_again() {
            given(lamnadTillAnna(), mottagenAvAnna(),
                    avvikelse(Avvikelsetyp.SKYDDSBEDOMNING_INTE_SAMMA_DAG, MYNDIGHETSENHET, SLUTET_AV_DAGEN))
                    .when(kontrollera(kl("2026-03-11T00:01")))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }
}
