package se.barnunga.assignment.domain;

import static se.barnunga.assignment.domain.UppdragBuilders.*;
import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.assignment.domain.UppdragFixtures.*;
import static se.barnunga.assignment.domain.Uppdragstyp.BEVILJAD_INSATS;
import static se.barnunga.assignment.domain.Uppdragstyp.UTREDNINGSUPPDRAG;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import se.barnunga.assignment.domain.Handelser.*;
import se.barnunga.assignment.domain.Kommandon.*;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.Roll;

/**
 * Interruption and resumption of the verkställighet, and postponement at the family's request.
 */
class UppdragAvbrottTest extends UppdragGenomforandeTestBase {

    // ==== AvbrytVerkstallighet / AterupptaVerkstallighet =====================================================

    @Nested
    @DisplayName("AvbrytVerkstallighet och AterupptaVerkstallighet")
    class AvbrottOchAterupptagande {

        private final LocalDate avbrott = LocalDate.of(2026, 3, 1);

        private AvbrytVerkstallighet avbryt(LocalDate datum, Avbrottsorsak orsak, Actor actor) {
            return new AvbrytVerkstallighet(ID, datum, orsak, "Alva är inlagd", actor, NU);
        }

        @Test
        void the_ansvarig_utforare_registers_an_interruption() {
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(avbryt(avbrott, Avbrottsorsak.BARNET_EJ_TILLGANGLIGT, ULLA))
                    .expectEvents(new VerkstallighetAvbruten(ID, avbrott, Avbrottsorsak.BARNET_EJ_TILLGANGLIGT,
                            "Alva är inlagd", "ulla", NU));
        }

        @Test
        void the_social_secretary_registers_an_interruption_in_her_role() {
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(avbryt(avbrott, Avbrottsorsak.ENSKILDS_BEGARAN, ANNA))
                    .expectEvents(new VerkstallighetAvbruten(ID, avbrott, Avbrottsorsak.ENSKILDS_BEGARAN, "Alva är inlagd",
                            "anna", NU))
                    .expectEventsMatching(allaUtfordaAv(ANNA, Roll.SOCIALSEKRETERARE));
        }

        @Test
        void an_interruption_concerns_a_running_intervention() {
            given(tillPlanerat(BEVILJAD_INSATS))
                    .when(avbryt(avbrott, Avbrottsorsak.ANNAT, ULLA))
                    .expectException(conflicts("INTE_VERKSTALLD"))
                    .expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS), avbruten(avbrott))
                    .when(avbryt(avbrott, Avbrottsorsak.ANNAT, ULLA))
                    .expectException(conflicts("REDAN_AVBRUTEN"))
                    .expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS), risk(Riskniva.MINSKAD, false), insatsAvslutad(Riskniva.MINSKAD))
                    .when(avbryt(IDAG, Avbrottsorsak.ANNAT, ULLA))
                    .expectException(conflicts("INTE_VERKSTALLD"))
                    .expectNoEvents();
        }

        @Test
        void the_interruption_names_its_cause() {
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(avbryt(avbrott, null, ULLA))
                    .expectException(violates("orsak", "ORSAK_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void the_interruption_lies_between_the_start_and_today() {
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(avbryt(START.minusDays(1), Avbrottsorsak.ANNAT, ULLA))
                    .expectException(violates("avbrottsdatum", "AVBROTT_FORE_START"))
                    .expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(avbryt(IDAG.plusDays(1), Avbrottsorsak.ANNAT, ULLA))
                    .expectException(violates("avbrottsdatum", "DATUM_I_FRAMTIDEN"))
                    .expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(avbryt(START, Avbrottsorsak.ANNAT, ULLA))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void nobody_else_registers_an_interruption() {
            for (Actor annan : List.of(UNO, ULLA_PA_ANNAN_ENHET, MATS, EVA)) {
                given(tillVerkstallt(BEVILJAD_INSATS))
                        .when(avbryt(avbrott, Avbrottsorsak.ANNAT, annan))
                        .expectException(notPermitted())
                        .expectNoEvents();
            }
        }

        @Test
        void the_interrupted_intervention_is_resumed() {
            given(tillVerkstallt(BEVILJAD_INSATS), avbruten(avbrott))
                    .when(new AterupptaVerkstallighet(ID, LocalDate.of(2026, 3, 5), ANNA, NU))
                    .expectEvents(new VerkstallighetAterupptagen(ID, avbrott, LocalDate.of(2026, 3, 5), "anna", NU));
            given(tillVerkstallt(BEVILJAD_INSATS), avbruten(avbrott))
                    .when(new AterupptaVerkstallighet(ID, avbrott, ULLA, NU))
                    .expectEvents(new VerkstallighetAterupptagen(ID, avbrott, avbrott, "ulla", NU));
        }

        @Test
        void a_resumed_intervention_may_be_interrupted_again() {
            given(tillVerkstallt(BEVILJAD_INSATS), avbruten(avbrott),
                    new VerkstallighetAterupptagen(ID, avbrott, LocalDate.of(2026, 3, 5), "anna", TIDIGARE))
                    .when(avbryt(IDAG, Avbrottsorsak.UTFORARE_SAKNAS, ULLA))
                    .expectEvents(new VerkstallighetAvbruten(ID, IDAG, Avbrottsorsak.UTFORARE_SAKNAS, "Alva är inlagd",
                            "ulla", NU));
        }

        @Test
        void only_an_interrupted_intervention_is_resumed() {
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(new AterupptaVerkstallighet(ID, IDAG, ANNA, NU))
                    .expectException(conflicts("INTE_AVBRUTEN"))
                    .expectNoEvents();
        }

        @Test
        void the_resumption_lies_between_the_interruption_and_today() {
            given(tillVerkstallt(BEVILJAD_INSATS), avbruten(avbrott))
                    .when(new AterupptaVerkstallighet(ID, avbrott.minusDays(1), ANNA, NU))
                    .expectException(violates("datum", "ATERUPPTAGEN_FORE_AVBROTT"))
                    .expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS), avbruten(avbrott))
                    .when(new AterupptaVerkstallighet(ID, IDAG.plusDays(1), ANNA, NU))
                    .expectException(violates("datum", "DATUM_I_FRAMTIDEN"))
                    .expectNoEvents();
        }

        @Test
        void nobody_else_registers_the_resumption() {
            for (Actor annan : List.of(UNO, MATS, EVA)) {
                given(tillVerkstallt(BEVILJAD_INSATS), avbruten(avbrott))
                        .when(new AterupptaVerkstallighet(ID, IDAG, annan, NU))
                        .expectException(notPermitted())
                        .expectNoEvents();
            }
        }
    }

    // ==== RegistreraUppskov ==================================================================================

    @Nested
    @DisplayName("RegistreraUppskov")
    class Uppskov {

        private final LocalDate onskat = LocalDate.of(2026, 3, 20);

        private RegistreraUppskov uppskov(Samtyckespart begartAv, LocalDate datum, String skal, Actor actor) {
            return new RegistreraUppskov(ID, begartAv, datum, skal, actor, NU);
        }

        @Test
        void the_social_secretary_registers_the_familys_request_to_postpone() {
            given(tillPlanerat(BEVILJAD_INSATS))
                    .when(uppskov(Samtyckespart.VARDNADSHAVARE, onskat, "Familjen är bortrest", ANNA))
                    .expectEvents(new UppskovBegart(ID, Samtyckespart.VARDNADSHAVARE, onskat, "Familjen är bortrest", NU));
        }

        @Test
        void a_postponement_may_be_asked_for_before_the_planning_meeting() {
            given(tillBeslut(BEVILJAD_INSATS))
                    .when(uppskov(Samtyckespart.BARNET, onskat, "Alva har prov", ANNA))
                    .expectEvents(new UppskovBegart(ID, Samtyckespart.BARNET, onskat, "Alva har prov", NU));
        }

        @Test
        void the_wished_start_lies_today_or_later() {
            given(tillPlanerat(BEVILJAD_INSATS))
                    .when(uppskov(Samtyckespart.VARDNADSHAVARE, IDAG.minusDays(1), "Skäl", ANNA))
                    .expectException(violates("onskatStartdatum", "ONSKAT_DATUM_PASSERAT"))
                    .expectNoEvents();
            given(tillPlanerat(BEVILJAD_INSATS))
                    .when(uppskov(Samtyckespart.VARDNADSHAVARE, null, "Skäl", ANNA))
                    .expectException(violates("onskatStartdatum", "ONSKAT_DATUM_PASSERAT"))
                    .expectNoEvents();
            given(tillPlanerat(BEVILJAD_INSATS))
                    .when(uppskov(Samtyckespart.VARDNADSHAVARE, IDAG, "Skäl", ANNA))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void the_request_names_who_asked_and_why() {
            given(tillPlanerat(BEVILJAD_INSATS))
                    .when(uppskov(null, onskat, "Skäl", ANNA))
                    .expectException(violates("begartAv", "BEGARAN_KRAVS"))
                    .expectNoEvents();
            given(tillPlanerat(BEVILJAD_INSATS))
                    .when(uppskov(Samtyckespart.VARDNADSHAVARE, onskat, " ", ANNA))
                    .expectException(violates("skal", "SKAL_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void a_postponement_concerns_a_decided_intervention_not_yet_started() {
            given(tillKlartecken(BEVILJAD_INSATS))
                    .when(uppskov(Samtyckespart.VARDNADSHAVARE, onskat, "Skäl", ANNA))
                    .expectException(conflicts("BESLUT_SAKNAS"))
                    .expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(uppskov(Samtyckespart.VARDNADSHAVARE, onskat, "Skäl", ANNA))
                    .expectException(conflicts("INSATS_REDAN_VERKSTALLD"))
                    .expectNoEvents();
        }

        @Test
        void not_for_an_investigation_assignment_nor_a_revoked_decision() {
            given(tillBeslut(UTREDNINGSUPPDRAG))
                    .when(uppskov(Samtyckespart.VARDNADSHAVARE, onskat, "Skäl", ANNA))
                    .expectException(conflicts("GALLER_INTE_UTREDNINGSUPPDRAG"))
                    .expectNoEvents();
            given(tillPlanerat(BEVILJAD_INSATS), aterkallat(LocalDate.of(2026, 2, 20)))
                    .when(uppskov(Samtyckespart.VARDNADSHAVARE, onskat, "Skäl", ANNA))
                    .expectException(conflicts("BESLUT_ATERKALLAT"))
                    .expectNoEvents();
        }

        @Test
        void only_the_owning_units_social_secretary_registers_it() {
            for (Actor annan : List.of(EVA, ULLA, MATS)) {
                given(tillPlanerat(BEVILJAD_INSATS))
                        .when(uppskov(Samtyckespart.VARDNADSHAVARE, onskat, "Skäl", annan))
                        .expectException(notPermitted())
                        .expectNoEvents();
            }
        }
    }
}
