package se.barnunga.assignment.domain;

import static se.barnunga.assignment.domain.UppdragBuilders.*;
import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.assignment.domain.UppdragFixtures.*;
import static se.barnunga.assignment.domain.Uppdragstyp.BEVILJAD_INSATS;
import static se.barnunga.assignment.domain.Uppdragstyp.INSATS_UNDER_UTREDNING;
import static se.barnunga.assignment.domain.Uppdragstyp.UTREDNINGSUPPDRAG;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.barnunga.assignment.domain.Handelser.*;
import se.barnunga.assignment.domain.Kommandon.*;
import se.barnunga.assignment.domain.Varden.Utredning;
import se.barnunga.platform.domain.Roll;
import se.barnunga.platform.domain.RuleViolation;

/** The routine from the social secretary's enquiry to the decision: enquiries, go-ahead, decline, consent, decision. */

/**
 * The enquiry to a performing unit: sending it, the unit's klartecken or refusal, and a new enquiry.
 */
class UppdragForfraganTest extends UppdragForfraganOchBeslutTestBase {

    // ==== SkickaForfragan =====================================================================================

    @Nested
    @DisplayName("SkickaForfragan")
    class Forfragan {

        @Test
        void a_social_secretary_enquires_of_a_unit_about_a_granted_intervention() {
            fixture.givenNoPriorActivity()
                    .when(skickaForfragan(BEVILJAD_INSATS, null, INSATSTYP, UTFORARENHET, ANNA))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(
                            new UppdragRegistrerat(ID, BEVILJAD_INSATS, BARN, null, INSATSTYP, MYNDIGHETSENHET, "anna", NU),
                            new ForfraganSkickad(ID, 1, UTFORARENHET, INSATSTYP, ONSKEMAL, BEHOVSOMRADEN, BEHOV, NU));
        }

        @Test
        void the_events_carry_who_enquired_in_which_role_and_unit() {
            fixture.givenNoPriorActivity()
                    .when(skickaForfragan(BEVILJAD_INSATS, null, INSATSTYP, UTFORARENHET, ANNA))
                    .expectEventsMatching(allaUtfordaAv(ANNA, Roll.SOCIALSEKRETERARE));
        }

        @Test
        void a_granted_intervention_keeps_no_investigation_even_if_one_is_given() {
            fixture.givenNoPriorActivity()
                    .when(skickaForfragan(BEVILJAD_INSATS, UTREDNING, INSATSTYP, UTFORARENHET, ANNA))
                    .expectEvents(
                            new UppdragRegistrerat(ID, BEVILJAD_INSATS, BARN, null, INSATSTYP, MYNDIGHETSENHET, "anna", NU),
                            new ForfraganSkickad(ID, 1, UTFORARENHET, INSATSTYP, ONSKEMAL, BEHOVSOMRADEN, BEHOV, NU));
        }

        @Test
        void an_intervention_during_an_investigation_keeps_the_investigation() {
            fixture.givenNoPriorActivity()
                    .when(skickaForfragan(INSATS_UNDER_UTREDNING, UTREDNING, INSATSTYP, UTFORARENHET, ANNA))
                    .expectEvents(
                            new UppdragRegistrerat(ID, INSATS_UNDER_UTREDNING, BARN, UTREDNING, INSATSTYP, MYNDIGHETSENHET,
                                    "anna", NU),
                            new ForfraganSkickad(ID, 1, UTFORARENHET, INSATSTYP, ONSKEMAL, BEHOVSOMRADEN, BEHOV, NU));
        }

        @Test
        void an_investigation_assignment_needs_no_intervention_type_and_keeps_none() {
            fixture.givenNoPriorActivity()
                    .when(skickaForfragan(UTREDNINGSUPPDRAG, UTREDNING, INSATSTYP, UTFORARENHET, ANNA))
                    .expectEvents(
                            new UppdragRegistrerat(ID, UTREDNINGSUPPDRAG, BARN, UTREDNING, null, MYNDIGHETSENHET, "anna", NU),
                            new ForfraganSkickad(ID, 1, UTFORARENHET, null, ONSKEMAL, BEHOVSOMRADEN, BEHOV, NU));
            fixture.givenNoPriorActivity()
                    .when(skickaForfragan(UTREDNINGSUPPDRAG, UTREDNING, null, UTFORARENHET, ANNA))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void missing_need_areas_become_an_empty_list() {
            fixture.givenNoPriorActivity()
                    .when(new SkickaForfragan(ID, BEVILJAD_INSATS, BARN, null, INSATSTYP, null, null, null, UTFORARENHET,
                            ANNA, NU))
                    .expectEvents(
                            new UppdragRegistrerat(ID, BEVILJAD_INSATS, BARN, null, INSATSTYP, MYNDIGHETSENHET, "anna", NU),
                            new ForfraganSkickad(ID, 1, UTFORARENHET, INSATSTYP, null, List.of(), null, NU));
        }

        @Test
        void only_a_social_secretary_enquires() {
            fixture.givenNoPriorActivity()
                    .when(skickaForfragan(BEVILJAD_INSATS, null, INSATSTYP, UTFORARENHET, MATS))
                    .expectException(notPermitted())
                    .expectNoEvents();
        }

        @ParameterizedTest
        @EnumSource(value = Uppdragstyp.class, names = {"INSATS_UNDER_UTREDNING", "UTREDNINGSUPPDRAG"})
        void the_investigation_kinds_need_the_investigation(Uppdragstyp typ) {
            fixture.givenNoPriorActivity()
                    .when(skickaForfragan(typ, null, INSATSTYP, UTFORARENHET, ANNA))
                    .expectException(violates("utredning", "UTREDNING_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void the_investigation_may_not_end_before_it_starts() {
            Utredning baklanges = new Utredning("UTR-1", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 28));
            fixture.givenNoPriorActivity()
                    .when(skickaForfragan(INSATS_UNDER_UTREDNING, baklanges, INSATSTYP, UTFORARENHET, ANNA))
                    .expectException(violates("utredning.planeratSlut", "UTREDNINGSPERIOD_OGILTIG"))
                    .expectNoEvents();
        }

        @Test
        void an_investigation_of_a_single_day_is_valid() {
            Utredning enDag = new Utredning("UTR-1", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1));
            fixture.givenNoPriorActivity()
                    .when(skickaForfragan(INSATS_UNDER_UTREDNING, enDag, INSATSTYP, UTFORARENHET, ANNA))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void an_investigation_without_dates_is_a_rule_violation() {
            fixture.givenNoPriorActivity()
                    .when(skickaForfragan(INSATS_UNDER_UTREDNING, new Utredning("UTR-1", LocalDate.of(2026, 1, 12), null),
                            INSATSTYP, UTFORARENHET, ANNA))
                    .expectException(RuleViolation.class)
                    .expectNoEvents();
        }

        @ParameterizedTest
        @EnumSource(value = Uppdragstyp.class, names = {"BEVILJAD_INSATS", "INSATS_UNDER_UTREDNING"})
        void an_intervention_enquiry_names_the_intervention_type(Uppdragstyp typ) {
            fixture.givenNoPriorActivity()
                    .when(skickaForfragan(typ, utredning(typ), " ", UTFORARENHET, ANNA))
                    .expectException(violates("insatstyp", "INSATSTYP_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void the_enquiry_names_the_unit() {
            fixture.givenNoPriorActivity()
                    .when(skickaForfragan(BEVILJAD_INSATS, null, INSATSTYP, null, ANNA))
                    .expectException(violates("utforarenhet", "UTFORARENHET_KRAVS"))
                    .expectNoEvents();
        }
    }

    // ==== LamnaKlartecken / AvbojForfragan ===================================================================

    @Nested
    @DisplayName("LamnaKlartecken och AvbojForfragan")
    class KlarteckenOchAvbojande {

        @Test
        void the_metodhandledare_of_the_enquired_unit_gives_the_go_ahead() {
            given(tillForfragan(BEVILJAD_INSATS))
                    .when(new LamnaKlartecken(ID, MATS, NU))
                    .expectEvents(new KlarteckenLamnat(ID, 1, UTFORARENHET, "mats", NU));
        }

        @Test
        void the_go_ahead_is_given_by_the_metodhandledare_of_that_unit_only() {
            given(tillForfragan(BEVILJAD_INSATS))
                    .when(new LamnaKlartecken(ID, LISA, NU))
                    .expectException(notPermitted())
                    .expectNoEvents();
            given(tillForfragan(BEVILJAD_INSATS))
                    .when(new LamnaKlartecken(ID, ULLA, NU))
                    .expectException(notPermitted())
                    .expectNoEvents();
            given(tillForfragan(BEVILJAD_INSATS))
                    .when(new LamnaKlartecken(ID, ANNA, NU))
                    .expectException(notPermitted())
                    .expectNoEvents();
        }

        @Test
        void an_answered_enquiry_gets_no_second_answer() {
            given(tillKlartecken(BEVILJAD_INSATS))
                    .when(new LamnaKlartecken(ID, MATS, NU))
                    .expectException(conflicts("FORFRAGAN_BESVARAD"))
                    .expectNoEvents();
            given(tillKlartecken(BEVILJAD_INSATS))
                    .when(new AvbojForfragan(ID, "Vi har inte tid", MATS, NU))
                    .expectException(conflicts("FORFRAGAN_BESVARAD"))
                    .expectNoEvents();
            given(tillForfragan(BEVILJAD_INSATS), avbojd())
                    .when(new LamnaKlartecken(ID, MATS, NU))
                    .expectException(conflicts("FORFRAGAN_BESVARAD"))
                    .expectNoEvents();
        }

        @Test
        void the_metodhandledare_declines_with_special_reasons() {
            given(tillForfragan(BEVILJAD_INSATS))
                    .when(new AvbojForfragan(ID, "Ingen behandlare med rätt språkkompetens", MATS, NU))
                    .expectEvents(new ForfraganAvbojd(ID, 1, UTFORARENHET, "Ingen behandlare med rätt språkkompetens", NU));
        }

        @Test
        void a_decline_needs_a_reason() {
            given(tillForfragan(BEVILJAD_INSATS))
                    .when(new AvbojForfragan(ID, "  ", MATS, NU))
                    .expectException(violates("skal", "SARSKILDA_SKAL_KRAVS"))
                    .expectNoEvents();
            given(tillForfragan(BEVILJAD_INSATS))
                    .when(new AvbojForfragan(ID, null, MATS, NU))
                    .expectException(violates("skal", "SARSKILDA_SKAL_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void only_the_enquired_units_metodhandledare_declines() {
            given(tillForfragan(BEVILJAD_INSATS))
                    .when(new AvbojForfragan(ID, "Skäl", LISA, NU))
                    .expectException(notPermitted())
                    .expectNoEvents();
        }
    }

    // ==== SkickaNyForfragan ==================================================================================

    @Nested
    @DisplayName("SkickaNyForfragan")
    class NyForfragan {

        @Test
        void after_a_decline_another_unit_is_asked_as_enquiry_number_2() {
            given(tillForfragan(BEVILJAD_INSATS), avbojd())
                    .when(new SkickaNyForfragan(ID, ANNAN_UTFORARENHET, ONSKEMAL, ANNA, NU))
                    .expectEvents(new ForfraganSkickad(ID, 2, ANNAN_UTFORARENHET, INSATSTYP, ONSKEMAL, List.of(), null, NU));
        }

        @Test
        void after_a_decline_the_same_unit_is_not_asked_again() {
            given(tillForfragan(BEVILJAD_INSATS), avbojd())
                    .when(new SkickaNyForfragan(ID, UTFORARENHET, ONSKEMAL, ANNA, NU))
                    .expectException(violates("utforarenhet", "ENHETEN_HAR_AVBOJT"))
                    .expectNoEvents();
        }

        @Test
        void every_unit_that_declined_is_remembered_and_enquiries_are_numbered() {
            given(tillForfragan(BEVILJAD_INSATS), avbojd(), forfragan(2, ANNAN_UTFORARENHET),
                            avbojd(2, ANNAN_UTFORARENHET))
                    .when(new SkickaNyForfragan(ID, UTFORARENHET, null, ANNA, NU))
                    .expectException(violates("utforarenhet", "ENHETEN_HAR_AVBOJT"))
                    .expectNoEvents();
            given(tillForfragan(BEVILJAD_INSATS), avbojd(), forfragan(2, ANNAN_UTFORARENHET),
                            avbojd(2, ANNAN_UTFORARENHET))
                    .when(new SkickaNyForfragan(ID, "UTF-3", null, ANNA, NU))
                    .expectEvents(new ForfraganSkickad(ID, 3, "UTF-3", INSATSTYP, null, List.of(), null, NU));
        }

        @Test
        void the_newly_enquired_unit_answers_the_second_enquiry_and_the_old_one_may_not() {
            given(tillForfragan(BEVILJAD_INSATS), avbojd(), forfragan(2, ANNAN_UTFORARENHET))
                    .when(new LamnaKlartecken(ID, LISA, NU))
                    .expectEvents(new KlarteckenLamnat(ID, 2, ANNAN_UTFORARENHET, "lisa", NU));
            given(tillForfragan(BEVILJAD_INSATS), avbojd(), forfragan(2, ANNAN_UTFORARENHET))
                    .when(new LamnaKlartecken(ID, MATS, NU))
                    .expectException(notPermitted())
                    .expectNoEvents();
        }

        @Test
        void a_new_enquiry_waits_for_the_answer_of_the_pending_one() {
            given(tillForfragan(BEVILJAD_INSATS))
                    .when(new SkickaNyForfragan(ID, ANNAN_UTFORARENHET, null, ANNA, NU))
                    .expectException(conflicts("FORFRAGAN_PAGAR"))
                    .expectNoEvents();
            given(tillKlartecken(BEVILJAD_INSATS))
                    .when(new SkickaNyForfragan(ID, ANNAN_UTFORARENHET, null, ANNA, NU))
                    .expectException(conflicts("FORFRAGAN_PAGAR"))
                    .expectNoEvents();
        }

        @Test
        void a_new_enquiry_names_the_unit() {
            given(tillForfragan(BEVILJAD_INSATS), avbojd())
                    .when(new SkickaNyForfragan(ID, "", null, ANNA, NU))
                    .expectException(violates("utforarenhet", "UTFORARENHET_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void a_new_enquiry_is_sent_by_the_owning_units_social_secretary() {
            given(tillForfragan(BEVILJAD_INSATS), avbojd())
                    .when(new SkickaNyForfragan(ID, ANNAN_UTFORARENHET, null, EVA, NU))
                    .expectException(notPermitted())
                    .expectNoEvents();
            given(tillForfragan(BEVILJAD_INSATS), avbojd())
                    .when(new SkickaNyForfragan(ID, ANNAN_UTFORARENHET, null, MATS, NU))
                    .expectException(notPermitted())
                    .expectNoEvents();
            given(tillForfragan(BEVILJAD_INSATS), avbojd())
                    .when(new SkickaNyForfragan(ID, ANNAN_UTFORARENHET, null, BO, NU))
                    .expectEvents(new ForfraganSkickad(ID, 2, ANNAN_UTFORARENHET, INSATSTYP, null, List.of(), null, NU));
        }
    }
}
