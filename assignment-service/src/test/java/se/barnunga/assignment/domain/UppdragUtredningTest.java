package se.barnunga.assignment.domain;

import static se.barnunga.assignment.domain.UppdragBuilders.*;
import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.assignment.domain.UppdragFixtures.*;
import static se.barnunga.assignment.domain.Uppdragstyp.BEVILJAD_INSATS;
import static se.barnunga.assignment.domain.Uppdragstyp.INSATS_UNDER_UTREDNING;
import static se.barnunga.assignment.domain.Uppdragstyp.UTREDNINGSUPPDRAG;
import static se.barnunga.platform.domain.testsupport.Given.handelser;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.barnunga.assignment.domain.Handelser.*;
import se.barnunga.assignment.domain.Kommandon.*;
import se.barnunga.assignment.domain.Varden.Period;

/** The routine from the social secretary's enquiry to the decision: enquiries, go-ahead, decline, consent, decision. */

/**
 * Decisions during an investigation, and the investigation assignment.
 */
class UppdragUtredningTest extends UppdragForfraganOchBeslutTestBase {

    // ==== FattaBeslut: INSATS_UNDER_UTREDNING ================================================================

    @Nested
    @DisplayName("FattaBeslut: insats under pågående utredning")
    class BeslutUnderUtredning {

        private List<Object> bakgrund() {
            return handelser(tillKlartecken(INSATS_UNDER_UTREDNING), samtycken(UTREDNING.start().minusDays(2)));
        }

        private FattaBeslut beslut(LocalDate datum, Period period) {
            return new FattaBeslut(ID, datum, Lagrum.SOL_2025_11_1, period, MAL, DOKUMENTATION, null, null, ANNA, NU);
        }

        @Test
        void a_time_limited_decision_inside_the_investigation_is_granted() {
            given(bakgrund())
                    .when(beslut(BESLUT, PERIOD_UNDER_UTREDNING))
                    .expectEvents(new InsatsBeviljad(ID, INSATS_UNDER_UTREDNING, BARN, INSATSTYP, BESLUT,
                            Lagrum.SOL_2025_11_1, PERIOD_UNDER_UTREDNING, MAL, UTFORARENHET, MYNDIGHETSENHET, "anna", NU, DOKUMENTATION, null, null));
        }

        @Test
        void the_whole_investigation_time_is_allowed() {
            Period hela = new Period(UTREDNING.start(), UTREDNING.planeratSlut());
            given(bakgrund())
                    .when(beslut(UTREDNING.start(), hela))
                    .expectSuccessfulHandlerExecution();
            given(bakgrund())
                    .when(beslut(UTREDNING.planeratSlut(), new Period(UTREDNING.planeratSlut(), UTREDNING.planeratSlut())))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void the_period_is_required() {
            given(bakgrund())
                    .when(beslut(BESLUT, null))
                    .expectException(violates("period", "TIDSBEGRANSNING_KRAVS"))
                    .expectNoEvents();
            given(bakgrund())
                    .when(beslut(BESLUT, new Period(BESLUT, null)))
                    .expectException(violates("period", "TIDSBEGRANSNING_KRAVS"))
                    .expectNoEvents();
            given(bakgrund())
                    .when(beslut(BESLUT, new Period(null, UTREDNING.planeratSlut())))
                    .expectException(violates("period", "TIDSBEGRANSNING_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void the_decision_date_lies_inside_the_investigation() {
            LocalDate foreUtredningen = UTREDNING.start().minusDays(1);
            given(bakgrund())
                    .when(beslut(foreUtredningen, new Period(UTREDNING.start(), UTREDNING.planeratSlut())))
                    .expectException(violates("beslutsdatum", "BESLUT_UTANFOR_UTREDNINGSTIDEN"))
                    .expectNoEvents();
            LocalDate efterUtredningen = UTREDNING.planeratSlut().plusDays(1);
            given(bakgrund())
                    .when(beslut(efterUtredningen, new Period(efterUtredningen, UTREDNING.planeratSlut())))
                    .expectException(violates("beslutsdatum", "BESLUT_UTANFOR_UTREDNINGSTIDEN"))
                    .expectNoEvents();
        }

        @Test
        void the_period_lies_inside_the_investigation() {
            given(bakgrund())
                    .when(beslut(BESLUT, new Period(BESLUT, UTREDNING.planeratSlut().plusDays(1))))
                    .expectException(violates("period", "PERIOD_UTANFOR_UTREDNINGSTIDEN"))
                    .expectNoEvents();
            given(bakgrund())
                    .when(beslut(BESLUT, new Period(UTREDNING.start().minusDays(1), BESLUT.plusDays(7))))
                    .expectException(violates("period", "PERIOD_UTANFOR_UTREDNINGSTIDEN"))
                    .expectNoEvents();
        }

        @Test
        void the_period_does_not_start_before_the_decision() {
            given(bakgrund())
                    .when(beslut(BESLUT, new Period(UTREDNING.start(), UTREDNING.planeratSlut())))
                    .expectException(violates("period.from", "PERIOD_FORE_BESLUT"))
                    .expectNoEvents();
        }
    }

    // ==== BeslutaUtredningsuppdrag ===========================================================================

    @Nested
    @DisplayName("BeslutaUtredningsuppdrag")
    class Utredningsuppdrag {

        private BeslutaUtredningsuppdrag beslut(LocalDate datum, List<String> fragor, boolean kommunicerat) {
            return new BeslutaUtredningsuppdrag(ID, datum, fragor, kommunicerat, ANNA, NU);
        }

        @Test
        void the_investigation_assignment_is_decided_with_its_questions() {
            given(tillKlartecken(UTREDNINGSUPPDRAG))
                    .when(beslut(BESLUT, FRAGOR, true))
                    .expectEvents(new UtredningsuppdragBeslutat(ID, BESLUT, FRAGOR, NU));
        }

        @Test
        void it_needs_no_consent() {
            given(tillKlartecken(UTREDNINGSUPPDRAG), vagran(VH1, SAMTYCKT))
                    .when(beslut(BESLUT, FRAGOR, true))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void detailed_questions_are_required() {
            for (List<String> fragor : Arrays.asList(null, List.<String>of(), List.of("Hur mår Alva?", " "))) {
                given(tillKlartecken(UTREDNINGSUPPDRAG))
                        .when(beslut(BESLUT, fragor, true))
                        .expectException(violates("fragor", "FRAGOR_KRAVS"))
                        .expectNoEvents();
            }
        }

        @Test
        void it_is_communicated_with_the_family() {
            given(tillKlartecken(UTREDNINGSUPPDRAG))
                    .when(beslut(BESLUT, FRAGOR, false))
                    .expectException(violates("kommuniceratMedFamiljen", "EJ_KOMMUNICERAT"))
                    .expectNoEvents();
        }

        @Test
        void it_is_decided_inside_the_investigation() {
            given(tillKlartecken(UTREDNINGSUPPDRAG))
                    .when(beslut(UTREDNING.start().minusDays(1), FRAGOR, true))
                    .expectException(violates("beslutsdatum", "BESLUT_UTANFOR_UTREDNINGSTIDEN"))
                    .expectNoEvents();
            given(tillKlartecken(UTREDNINGSUPPDRAG))
                    .when(beslut(UTREDNING.planeratSlut().plusDays(1), FRAGOR, true))
                    .expectException(violates("beslutsdatum", "BESLUT_UTANFOR_UTREDNINGSTIDEN"))
                    .expectNoEvents();
        }

        @Test
        void the_decision_date_is_not_in_the_future() {
            given(tillKlartecken(UTREDNINGSUPPDRAG))
                    .when(beslut(IDAG.plusDays(1), FRAGOR, true))
                    .expectException(violates("beslutsdatum", "DATUM_I_FRAMTIDEN"))
                    .expectNoEvents();
            given(tillKlartecken(UTREDNINGSUPPDRAG))
                    .when(beslut(null, FRAGOR, true))
                    .expectException(violates("beslutsdatum", "DATUM_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void it_follows_the_go_ahead_and_is_taken_once() {
            given(tillForfragan(UTREDNINGSUPPDRAG))
                    .when(beslut(BESLUT, FRAGOR, true))
                    .expectException(conflicts("KLARTECKEN_SAKNAS"))
                    .expectNoEvents();
            given(tillBeslut(UTREDNINGSUPPDRAG))
                    .when(beslut(BESLUT, FRAGOR, true))
                    .expectException(conflicts("BESLUT_REDAN_FATTAT"))
                    .expectNoEvents();
        }

        @ParameterizedTest
        @EnumSource(value = Uppdragstyp.class, names = {"BEVILJAD_INSATS", "INSATS_UNDER_UTREDNING"})
        void it_applies_to_investigation_assignments_only(Uppdragstyp typ) {
            given(tillKlartecken(typ))
                    .when(beslut(BESLUT, FRAGOR, true))
                    .expectException(conflicts("GALLER_ENDAST_UTREDNINGSUPPDRAG"))
                    .expectNoEvents();
        }

        @Test
        void only_the_owning_units_social_secretary_decides_it() {
            given(tillKlartecken(UTREDNINGSUPPDRAG))
                    .when(new BeslutaUtredningsuppdrag(ID, BESLUT, FRAGOR, true, EVA, NU))
                    .expectException(notPermitted())
                    .expectNoEvents();
            given(tillKlartecken(UTREDNINGSUPPDRAG))
                    .when(new BeslutaUtredningsuppdrag(ID, BESLUT, FRAGOR, true, MATS, NU))
                    .expectException(notPermitted())
                    .expectNoEvents();
        }
    }
}
