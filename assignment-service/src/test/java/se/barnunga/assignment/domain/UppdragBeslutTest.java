package se.barnunga.assignment.domain;

import static se.barnunga.assignment.domain.UppdragBuilders.*;
import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.assignment.domain.UppdragFixtures.*;
import static se.barnunga.assignment.domain.Uppdragstyp.BEVILJAD_INSATS;
import static se.barnunga.assignment.domain.Uppdragstyp.UTREDNINGSUPPDRAG;
import static se.barnunga.platform.domain.testsupport.Given.handelser;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import se.barnunga.assignment.domain.Handelser.*;
import se.barnunga.assignment.domain.Kommandon.*;
import se.barnunga.assignment.domain.Varden.Mal;
import se.barnunga.assignment.domain.Varden.Period;

/** The routine from the social secretary's enquiry to the decision: enquiries, go-ahead, decline, consent, decision. */

/**
 * The decision: its lagrum and its content.
 */
class UppdragBeslutTest extends UppdragForfraganOchBeslutTestBase {

    // ==== FattaBeslut: legal basis and date ==================================================================

    @Nested
    @DisplayName("FattaBeslut: lagrum och beslutsdatum")
    class BeslutOchLagrum {

        private final LocalDate sistaDagenGamlaSol = LocalDate.of(2025, 6, 30);
        private final LocalDate nyaSolIkraft = LocalDate.of(2025, 7, 1);

        private List<Object> bakgrund() {
            return handelser(tillKlartecken(BEVILJAD_INSATS), samtycken(LocalDate.of(2025, 6, 1)));
        }

        @Test
        void the_old_sol_holds_for_a_decision_on_2025_06_30() {
            given(bakgrund())
                    .when(fattaBeslut(sistaDagenGamlaSol, Lagrum.SOL_2001_4_1))
                    .expectEvents(beviljadNu(BARN, sistaDagenGamlaSol, Lagrum.SOL_2001_4_1));
        }

        @Test
        void the_old_sol_is_refused_for_a_decision_on_2025_07_01() {
            given(bakgrund())
                    .when(fattaBeslut(nyaSolIkraft, Lagrum.SOL_2001_4_1))
                    .expectException(violates("lagrum", "LAGRUM_GALLER_INTE_DATUMET"))
                    .expectNoEvents();
        }

        @Test
        void the_new_sol_is_refused_for_a_decision_on_2025_06_30() {
            given(bakgrund())
                    .when(fattaBeslut(sistaDagenGamlaSol, Lagrum.SOL_2025_11_1))
                    .expectException(violates("lagrum", "LAGRUM_GALLER_INTE_DATUMET"))
                    .expectNoEvents();
        }

        @Test
        void the_new_sol_holds_from_2025_07_01() {
            given(bakgrund())
                    .when(fattaBeslut(nyaSolIkraft, Lagrum.SOL_2025_11_1))
                    .expectEvents(beviljadNu(BARN, nyaSolIkraft, Lagrum.SOL_2025_11_1));
        }

        @Test
        void lvu_11_holds_on_both_sides_of_2025_07_01() {
            for (LocalDate datum : List.of(sistaDagenGamlaSol, nyaSolIkraft)) {
                LvuVard vard = new LvuVard("Förvaltningsrätten mål 99-25", LocalDate.of(2025, 5, 2));
                given(bakgrund())
                        .when(new FattaBeslut(ID, datum, Lagrum.LVU_11, null, MAL, DOKUMENTATION, vard, namndbeslut(datum), ANNA, NU))
                        .expectEvents(new InsatsBeviljad(ID, BEVILJAD_INSATS, BARN, INSATSTYP, datum, Lagrum.LVU_11, null, MAL,
                                UTFORARENHET, MYNDIGHETSENHET, "anna", NU, DOKUMENTATION, vard, namndbeslut(datum)));
            }
        }

        @Test
        void the_decision_names_its_legal_basis() {
            given(bakgrund())
                    .when(fattaBeslut(BESLUT, null))
                    .expectException(violates("lagrum", "LAGRUM_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void a_decision_date_in_the_future_is_refused() {
            given(bakgrund())
                    .when(fattaBeslut(IDAG.plusDays(1), Lagrum.SOL_2025_11_1))
                    .expectException(violates("beslutsdatum", "DATUM_I_FRAMTIDEN"))
                    .expectNoEvents();
            given(bakgrund())
                    .when(fattaBeslut(null, Lagrum.SOL_2025_11_1))
                    .expectException(violates("beslutsdatum", "DATUM_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void today_is_the_swedish_date_of_the_command() {
            // 23:30 UTC on 9 March is 00:30 on 10 March in Stockholm.
            Instant strax_efter_midnatt = Instant.parse("2026-03-09T23:30:00Z");
            given(bakgrund())
                    .when(new FattaBeslut(ID, IDAG, Lagrum.SOL_2025_11_1, null, MAL, DOKUMENTATION, null, null, ANNA, strax_efter_midnatt))
                    .expectEvents(new InsatsBeviljad(ID, BEVILJAD_INSATS, BARN, INSATSTYP, IDAG, Lagrum.SOL_2025_11_1,
                            null, MAL, UTFORARENHET, MYNDIGHETSENHET, "anna", strax_efter_midnatt, DOKUMENTATION, null, null));
            Instant strax_fore_midnatt = Instant.parse("2026-03-09T22:30:00Z");
            given(bakgrund())
                    .when(new FattaBeslut(ID, IDAG, Lagrum.SOL_2025_11_1, null, MAL, DOKUMENTATION, null, null, ANNA, strax_fore_midnatt))
                    .expectException(violates("beslutsdatum", "DATUM_I_FRAMTIDEN"))
                    .expectNoEvents();
        }
    }

    // ==== FattaBeslut: goals, period, state ==================================================================

    @Nested
    @DisplayName("FattaBeslut: mål, period och ordning")
    class BeslutetsInnehall {

        private FattaBeslut beslut(Period period, List<Mal> mal) {
            return new FattaBeslut(ID, BESLUT, Lagrum.SOL_2025_11_1, period, mal, DOKUMENTATION, null, null, ANNA, NU);
        }

        private List<Object> bakgrund() {
            return handelser(tillKlartecken(BEVILJAD_INSATS), samtycken());
        }

        @Test
        void a_time_limited_granted_intervention_keeps_its_period() {
            Period period = new Period(BESLUT, BESLUT.plusMonths(6));
            given(bakgrund())
                    .when(beslut(period, MAL))
                    .expectEvents(new InsatsBeviljad(ID, BEVILJAD_INSATS, BARN, INSATSTYP, BESLUT, Lagrum.SOL_2025_11_1,
                            period, MAL, UTFORARENHET, MYNDIGHETSENHET, "anna", NU, DOKUMENTATION, null, null));
        }

        @Test
        void a_granted_intervention_may_run_until_further_notice() {
            Period tillsVidare = new Period(BESLUT.plusDays(1), null);
            given(bakgrund())
                    .when(beslut(tillsVidare, MAL))
                    .expectEvents(new InsatsBeviljad(ID, BEVILJAD_INSATS, BARN, INSATSTYP, BESLUT, Lagrum.SOL_2025_11_1,
                            tillsVidare, MAL, UTFORARENHET, MYNDIGHETSENHET, "anna", NU, DOKUMENTATION, null, null));
        }

        @Test
        void the_decision_has_at_least_one_goal() {
            given(bakgrund())
                    .when(beslut(null, List.of()))
                    .expectException(violates("mal", "MAL_KRAVS"))
                    .expectNoEvents();
            given(bakgrund())
                    .when(beslut(null, null))
                    .expectException(violates("mal", "MAL_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void every_goal_has_a_wording_and_a_bbic_area() {
            for (Mal ofullstandigt : Arrays.asList(null, new Mal("mal-2", "", "Utbildning"),
                    new Mal("mal-2", "Alva sover", " "), new Mal(null, "Alva sover", "Hälsa"))) {
                given(bakgrund())
                        .when(beslut(null, Arrays.asList(MAL1, ofullstandigt)))
                        .expectException(violates("mal[1]", "MAL_OFULLSTANDIGT"))
                        .expectNoEvents();
            }
        }

        @Test
        void a_goal_appears_once() {
            given(bakgrund())
                    .when(beslut(null, List.of(MAL1, MAL2, new Mal("mal-1", "Samma id", "Hälsa"))))
                    .expectException(violates("mal[2].malId", "MAL_DUBBLETT"))
                    .expectNoEvents();
        }

        @Test
        void the_period_has_a_start() {
            given(bakgrund())
                    .when(beslut(new Period(null, BESLUT.plusMonths(6)), MAL))
                    .expectException(violates("period.from", "PERIOD_OGILTIG"))
                    .expectNoEvents();
        }

        @Test
        void the_period_does_not_end_before_it_starts() {
            given(bakgrund())
                    .when(beslut(new Period(BESLUT.plusDays(10), BESLUT.plusDays(9)), MAL))
                    .expectException(violates("period.tom", "PERIOD_OGILTIG"))
                    .expectNoEvents();
        }

        @Test
        void the_period_does_not_start_before_the_decision() {
            given(bakgrund())
                    .when(beslut(new Period(BESLUT.minusDays(1), BESLUT.plusMonths(6)), MAL))
                    .expectException(violates("period.from", "PERIOD_FORE_BESLUT"))
                    .expectNoEvents();
        }

        @Test
        void the_decision_follows_the_go_ahead() {
            given(tillForfragan(BEVILJAD_INSATS), samtycken())
                    .when(beslut(null, MAL))
                    .expectException(conflicts("KLARTECKEN_SAKNAS"))
                    .expectNoEvents();
            given(tillForfragan(BEVILJAD_INSATS), avbojd(), samtycken())
                    .when(beslut(null, MAL))
                    .expectException(conflicts("KLARTECKEN_SAKNAS"))
                    .expectNoEvents();
        }

        @Test
        void the_decision_is_taken_once() {
            given(tillBeslut(BEVILJAD_INSATS))
                    .when(beslut(null, MAL))
                    .expectException(conflicts("BESLUT_REDAN_FATTAT"))
                    .expectNoEvents();
        }

        @Test
        void only_the_owning_units_social_secretary_decides() {
            given(bakgrund())
                    .when(new FattaBeslut(ID, BESLUT, Lagrum.SOL_2025_11_1, null, MAL, DOKUMENTATION, null, null, EVA, NU))
                    .expectException(notPermitted())
                    .expectNoEvents();
            given(bakgrund())
                    .when(new FattaBeslut(ID, BESLUT, Lagrum.SOL_2025_11_1, null, MAL, DOKUMENTATION, null, null, MATS, NU))
                    .expectException(notPermitted())
                    .expectNoEvents();
            given(bakgrund())
                    .when(new FattaBeslut(ID, BESLUT, Lagrum.SOL_2025_11_1, null, MAL, DOKUMENTATION, null, null, BO, NU))
                    .expectEvents(new InsatsBeviljad(ID, BEVILJAD_INSATS, BARN, INSATSTYP, BESLUT, Lagrum.SOL_2025_11_1,
                            null, MAL, UTFORARENHET, MYNDIGHETSENHET, "anna", NU, DOKUMENTATION, null, null));
        }

        @Test
        void an_investigation_assignment_has_no_decision_on_intervention() {
            given(tillKlartecken(UTREDNINGSUPPDRAG))
                    .when(beslut(null, MAL))
                    .expectException(conflicts("BESLUT_OM_UTREDNINGSUPPDRAG"))
                    .expectNoEvents();
        }
    }
}
