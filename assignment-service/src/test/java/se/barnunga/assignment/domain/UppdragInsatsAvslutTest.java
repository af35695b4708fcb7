package se.barnunga.assignment.domain;

import static se.barnunga.assignment.domain.UppdragBuilders.*;
import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.assignment.domain.UppdragFixtures.*;
import static se.barnunga.assignment.domain.Uppdragstyp.BEVILJAD_INSATS;
import static se.barnunga.assignment.domain.Uppdragstyp.INSATS_UNDER_UTREDNING;
import static se.barnunga.assignment.domain.Uppdragstyp.UTREDNINGSUPPDRAG;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.barnunga.assignment.domain.Handelser.*;
import se.barnunga.assignment.domain.Kommandon.*;
import se.barnunga.platform.domain.Actor;

/**
 * Closing the intervention.
 */
class UppdragInsatsAvslutTest extends UppdragAvslutTestBase {

    // ==== AvslutaInsats ======================================================================================

    @Nested
    @DisplayName("AvslutaInsats")
    class InsatsensAvslut {

        private AvslutaInsats avsluta(Avslutsskal skal, boolean nyUtredning) {
            return new AvslutaInsats(ID, IDAG, skal, nyUtredning, "Motivering", ANNA, NU);
        }

        private InsatsAvslutad avslutadNu(Avslutsskal skal, Riskniva riskniva, boolean nyUtredning) {
            return new InsatsAvslutad(ID, IDAG, skal, riskniva, nyUtredning, "Motivering", "anna", NU);
        }

        @Test
        void a_started_intervention_is_not_closed_without_a_risk_assessment() {
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(avsluta(Avslutsskal.MALEN_UPPFYLLDA, false))
                    .expectException(conflicts("RISKBEDOMNING_SAKNAS"))
                    .expectNoEvents();
        }

        @Test
        void a_decreased_risk_closes_the_intervention_even_with_remaining_needs() {
            given(tillVerkstallt(BEVILJAD_INSATS), risk(Riskniva.MINSKAD, true))
                    .when(avsluta(Avslutsskal.MALEN_UPPFYLLDA, false))
                    .expectEvents(avslutadNu(Avslutsskal.MALEN_UPPFYLLDA, Riskniva.MINSKAD, false));
        }

        @ParameterizedTest
        @EnumSource(value = Riskniva.class, names = {"OKAD", "OFORANDRAD"})
        void an_unchanged_or_increased_risk_with_remaining_needs_requires_a_new_investigation(Riskniva niva) {
            given(tillVerkstallt(BEVILJAD_INSATS), risk(niva, true))
                    .when(avsluta(Avslutsskal.BESLUTSPERIOD_UTGANGEN, false))
                    .expectException(violates("nyUtredningInleds", "NY_UTREDNING_KRAVS"))
                    .expectNoEvents();
        }

        @ParameterizedTest
        @EnumSource(value = Riskniva.class, names = {"OKAD", "OFORANDRAD"})
        void with_a_new_investigation_the_intervention_is_closed(Riskniva niva) {
            given(tillVerkstallt(BEVILJAD_INSATS), risk(niva, true))
                    .when(avsluta(Avslutsskal.BESLUTSPERIOD_UTGANGEN, true))
                    .expectEvents(avslutadNu(Avslutsskal.BESLUTSPERIOD_UTGANGEN, niva, true));
            given(tillVerkstallt(BEVILJAD_INSATS), risk(niva, true))
                    .when(avsluta(Avslutsskal.NY_UTREDNING, false))
                    .expectEvents(avslutadNu(Avslutsskal.NY_UTREDNING, niva, true));
        }

        @ParameterizedTest
        @EnumSource(value = Riskniva.class, names = {"OKAD", "OFORANDRAD"})
        void without_remaining_needs_no_new_investigation_is_required(Riskniva niva) {
            given(tillVerkstallt(BEVILJAD_INSATS), risk(niva, false))
                    .when(avsluta(Avslutsskal.ENSKILD_AVBOJER, false))
                    .expectEvents(avslutadNu(Avslutsskal.ENSKILD_AVBOJER, niva, false));
        }

        @Test
        void the_latest_risk_assessment_counts() {
            given(tillVerkstallt(BEVILJAD_INSATS), risk(Riskniva.OKAD, true), risk(Riskniva.MINSKAD, false))
                    .when(avsluta(Avslutsskal.MALEN_UPPFYLLDA, false))
                    .expectEvents(avslutadNu(Avslutsskal.MALEN_UPPFYLLDA, Riskniva.MINSKAD, false));
        }

        @Test
        void an_intervention_that_never_started_is_closed_without_a_risk_assessment() {
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(avsluta(Avslutsskal.FLYTTAT, false))
                    .expectEvents(avslutadNu(Avslutsskal.FLYTTAT, null, false));
        }

        @Test
        void an_intervention_during_an_investigation_follows_the_same_rules() {
            given(tillVerkstallt(INSATS_UNDER_UTREDNING), risk(Riskniva.OKAD, true))
                    .when(avsluta(Avslutsskal.BESLUTSPERIOD_UTGANGEN, false))
                    .expectException(violates("nyUtredningInleds", "NY_UTREDNING_KRAVS"))
                    .expectNoEvents();
            given(tillVerkstallt(INSATS_UNDER_UTREDNING), risk(Riskniva.MINSKAD, false))
                    .when(avsluta(Avslutsskal.BESLUTSPERIOD_UTGANGEN, false))
                    .expectEvents(avslutadNu(Avslutsskal.BESLUTSPERIOD_UTGANGEN, Riskniva.MINSKAD, false));
        }

        @Test
        void the_closure_names_its_reason() {
            given(tillVerkstallt(BEVILJAD_INSATS), risk(Riskniva.MINSKAD, false))
                    .when(avsluta(null, false))
                    .expectException(violates("skal", "SKAL_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void the_closure_lies_between_the_start_and_today() {
            given(tillVerkstallt(BEVILJAD_INSATS), risk(Riskniva.MINSKAD, false))
                    .when(new AvslutaInsats(ID, START.minusDays(1), Avslutsskal.ANNAT, false, null, ANNA, NU))
                    .expectException(violates("datum", "AVSLUT_FORE_START"))
                    .expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS), risk(Riskniva.MINSKAD, false))
                    .when(new AvslutaInsats(ID, START, Avslutsskal.ANNAT, false, null, ANNA, NU))
                    .expectSuccessfulHandlerExecution();
            given(tillVerkstallt(BEVILJAD_INSATS), risk(Riskniva.MINSKAD, false))
                    .when(new AvslutaInsats(ID, IDAG.plusDays(1), Avslutsskal.ANNAT, false, null, ANNA, NU))
                    .expectException(violates("datum", "DATUM_I_FRAMTIDEN"))
                    .expectNoEvents();
        }

        @Test
        void an_intervention_that_never_started_is_not_closed_before_the_decision() {
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(new AvslutaInsats(ID, BESLUT.minusDays(1), Avslutsskal.ANNAT, false, null, ANNA, NU))
                    .expectException(violates("datum", "AVSLUT_FORE_START"))
                    .expectNoEvents();
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(new AvslutaInsats(ID, BESLUT, Avslutsskal.ANNAT, false, null, ANNA, NU))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void there_is_a_decided_intervention_to_close_and_it_is_closed_once() {
            given(tillKlartecken(BEVILJAD_INSATS))
                    .when(avsluta(Avslutsskal.ANNAT, false))
                    .expectException(conflicts("BESLUT_SAKNAS"))
                    .expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS), risk(Riskniva.MINSKAD, false), insatsAvslutad(Riskniva.MINSKAD))
                    .when(avsluta(Avslutsskal.ANNAT, false))
                    .expectException(conflicts("INSATS_AVSLUTAD"))
                    .expectNoEvents();
        }

        @Test
        void an_investigation_assignment_has_no_intervention_to_close() {
            given(tillTilldelat(UTREDNINGSUPPDRAG))
                    .when(avsluta(Avslutsskal.ANNAT, false))
                    .expectException(conflicts("GALLER_INTE_UTREDNINGSUPPDRAG"))
                    .expectNoEvents();
        }

        @Test
        void only_the_owning_units_social_secretary_closes_the_intervention() {
            for (Actor annan : List.of(EVA, ULLA, MATS)) {
                given(tillVerkstallt(BEVILJAD_INSATS), risk(Riskniva.MINSKAD, false))
                        .when(new AvslutaInsats(ID, IDAG, Avslutsskal.MALEN_UPPFYLLDA, false, null, annan, NU))
                        .expectException(notPermitted())
                        .expectNoEvents();
            }
        }
    }
}
