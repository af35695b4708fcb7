package se.barnunga.assignment.domain;

import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.assignment.domain.UppdragFixtures.*;
import static se.barnunga.assignment.domain.Uppdragstyp.BEVILJAD_INSATS;
import static se.barnunga.assignment.domain.Uppdragstyp.INSATS_UNDER_UTREDNING;
import static se.barnunga.assignment.domain.Uppdragstyp.UTREDNINGSUPPDRAG;
import static se.barnunga.platform.domain.testsupport.Given.handelser;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.barnunga.assignment.domain.Handelser.*;
import se.barnunga.assignment.domain.Kommandon.*;
import se.barnunga.assignment.domain.Varden.Mal;
import se.barnunga.assignment.domain.Varden.Period;
import se.barnunga.assignment.domain.Varden.Utredning;
import se.barnunga.assignment.domain.Varden.Vardnadshavare;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.Roll;
import se.barnunga.platform.domain.RuleViolation;

/** The routine from the social secretary's enquiry to the decision: enquiries, go-ahead, decline, consent, decision. */
class UppdragForfraganOchBeslutTest {

    private FixtureConfiguration<Uppdrag> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Uppdrag.class);
    }

    /** The given events and lists of events, as one list. */
    private TestExecutor<Uppdrag> given(Object... handelser) {
        return fixture.given(handelser(handelser));
    }

    private static SkickaForfragan skickaForfragan(Uppdragstyp typ, Utredning utredning, String insatstyp, String enhet,
                                                   Actor actor) {
        return new SkickaForfragan(ID, typ, BARN, utredning, insatstyp, ONSKEMAL, BEHOVSOMRADEN, BEHOV, enhet, actor, NU);
    }

    private static FattaBeslut fattaBeslut(LocalDate datum, Lagrum lagrum) {
        return new FattaBeslut(ID, datum, lagrum, null, MAL, DOKUMENTATION, null, null, ANNA, NU);
    }

    private static InsatsBeviljad beviljadNu(Barn barn, LocalDate datum, Lagrum lagrum) {
        return new InsatsBeviljad(ID, BEVILJAD_INSATS, barn, INSATSTYP, datum, lagrum, null, MAL, UTFORARENHET,
                MYNDIGHETSENHET, "anna", NU, DOKUMENTATION, null, null);
    }

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

    // ==== RegistreraSamtycke =================================================================================

    @Nested
    @DisplayName("RegistreraSamtycke")
    class Samtycke {

        @Test
        void a_guardians_consent_is_registered() {
            given(tillKlartecken(BEVILJAD_INSATS))
                    .when(new RegistreraSamtycke(ID, Samtyckespart.VARDNADSHAVARE, VH1, true, SAMTYCKT, ANNA, NU))
                    .expectEvents(new SamtyckeRegistrerat(ID, Samtyckespart.VARDNADSHAVARE, VH1, true, SAMTYCKT, NU));
        }

        @Test
        void a_guardians_refusal_is_registered() {
            given(tillKlartecken(BEVILJAD_INSATS))
                    .when(new RegistreraSamtycke(ID, Samtyckespart.VARDNADSHAVARE, VH2, false, IDAG, ANNA, NU))
                    .expectEvents(new SamtyckeRegistrerat(ID, Samtyckespart.VARDNADSHAVARE, VH2, false, IDAG, NU));
        }

        @Test
        void the_childs_consent_names_no_guardian() {
            given(tillKlartecken(BEVILJAD_INSATS))
                    .when(new RegistreraSamtycke(ID, Samtyckespart.BARNET, VH1, true, SAMTYCKT, ANNA, NU))
                    .expectEvents(new SamtyckeRegistrerat(ID, Samtyckespart.BARNET, null, true, SAMTYCKT, NU));
        }

        @Test
        void the_consent_names_the_party() {
            given(tillKlartecken(BEVILJAD_INSATS))
                    .when(new RegistreraSamtycke(ID, null, VH1, true, SAMTYCKT, ANNA, NU))
                    .expectException(violates("part", "PART_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void a_guardians_consent_names_the_guardian() {
            for (Vardnadshavare vh : Arrays.asList(null, new Vardnadshavare(" ", "Karin", null),
                    new Vardnadshavare(VH1.personnummer(), "", null))) {
                given(tillKlartecken(BEVILJAD_INSATS))
                        .when(new RegistreraSamtycke(ID, Samtyckespart.VARDNADSHAVARE, vh, true, SAMTYCKT, ANNA, NU))
                        .expectException(violates("vardnadshavare", "VARDNADSHAVARE_KRAVS"))
                        .expectNoEvents();
            }
        }

        @Test
        void the_consent_is_dated_and_not_in_the_future() {
            given(tillKlartecken(BEVILJAD_INSATS))
                    .when(new RegistreraSamtycke(ID, Samtyckespart.VARDNADSHAVARE, VH1, true, null, ANNA, NU))
                    .expectException(violates("datum", "DATUM_KRAVS"))
                    .expectNoEvents();
            given(tillKlartecken(BEVILJAD_INSATS))
                    .when(new RegistreraSamtycke(ID, Samtyckespart.VARDNADSHAVARE, VH1, true, IDAG.plusDays(1), ANNA, NU))
                    .expectException(violates("datum", "DATUM_I_FRAMTIDEN"))
                    .expectNoEvents();
            given(tillKlartecken(BEVILJAD_INSATS))
                    .when(new RegistreraSamtycke(ID, Samtyckespart.VARDNADSHAVARE, VH1, true, IDAG, ANNA, NU))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void consent_is_registered_before_the_decision() {
            given(tillBeslut(BEVILJAD_INSATS))
                    .when(new RegistreraSamtycke(ID, Samtyckespart.BARNET, null, true, IDAG, ANNA, NU))
                    .expectException(conflicts("BESLUT_REDAN_FATTAT"))
                    .expectNoEvents();
        }

        @Test
        void an_investigation_assignment_has_no_consent_to_intervention() {
            given(tillKlartecken(UTREDNINGSUPPDRAG))
                    .when(new RegistreraSamtycke(ID, Samtyckespart.VARDNADSHAVARE, VH1, true, SAMTYCKT, ANNA, NU))
                    .expectException(conflicts("GALLER_INTE_UTREDNINGSUPPDRAG"))
                    .expectNoEvents();
        }

        @Test
        void only_the_owning_units_social_secretary_registers_consent() {
            given(tillKlartecken(BEVILJAD_INSATS))
                    .when(new RegistreraSamtycke(ID, Samtyckespart.VARDNADSHAVARE, VH1, true, SAMTYCKT, EVA, NU))
                    .expectException(notPermitted())
                    .expectNoEvents();
            given(tillKlartecken(BEVILJAD_INSATS))
                    .when(new RegistreraSamtycke(ID, Samtyckespart.VARDNADSHAVARE, VH1, true, SAMTYCKT, MATS, NU))
                    .expectException(notPermitted())
                    .expectNoEvents();
        }
    }

    // ==== FattaBeslut: consent ===============================================================================

    @Nested
    @DisplayName("FattaBeslut: samtycke")
    class BeslutOchSamtycke {

        /** Born 2011-03-10: 14 on 2026-03-09, 15 on 2026-03-10 (today). */
        private final Barn femton = barnFodd(LocalDate.of(2011, 3, 10));
        private final LocalDate dagenFore = LocalDate.of(2026, 3, 9);
        private final LocalDate femtonarsdagen = LocalDate.of(2026, 3, 10);

        private List<Object> klartecknatFor(Barn barn) {
            return handelser(registrerad(BEVILJAD_INSATS, barn), forfragan(), klartecken());
        }

        @Test
        void the_decision_is_granted_when_both_guardians_consented_before_it() {
            given(klartecknatFor(BARN), samtycken())
                    .when(fattaBeslut(BESLUT, Lagrum.SOL_2025_11_1))
                    .expectEvents(beviljadNu(BARN, BESLUT, Lagrum.SOL_2025_11_1));
        }

        @Test
        void consent_on_the_decision_day_counts() {
            given(klartecknatFor(BARN), samtycken(BESLUT))
                    .when(fattaBeslut(BESLUT, Lagrum.SOL_2025_11_1))
                    .expectEvents(beviljadNu(BARN, BESLUT, Lagrum.SOL_2025_11_1));
        }

        @Test
        void without_any_consent_the_decision_is_refused() {
            given(klartecknatFor(BARN))
                    .when(fattaBeslut(BESLUT, Lagrum.SOL_2025_11_1))
                    .expectException(violates("samtycke", "SAMTYCKE_VARDNADSHAVARE_SAKNAS"))
                    .expectNoEvents();
        }

        @Test
        void the_day_before_the_15th_birthday_only_the_guardians_consent_is_needed() {
            given(klartecknatFor(femton), samtycken(LocalDate.of(2026, 3, 1)))
                    .when(fattaBeslut(dagenFore, Lagrum.SOL_2025_11_1))
                    .expectEvents(beviljadNu(femton, dagenFore, Lagrum.SOL_2025_11_1));
        }

        @Test
        void on_the_15th_birthday_the_child_must_consent_too() {
            given(klartecknatFor(femton), samtycken(LocalDate.of(2026, 3, 1)))
                    .when(fattaBeslut(femtonarsdagen, Lagrum.SOL_2025_11_1))
                    .expectException(violates("samtycke", "SAMTYCKE_BARNET_SAKNAS"))
                    .expectNoEvents();
        }

        @Test
        void on_the_15th_birthday_the_childs_and_the_guardians_consent_suffice() {
            given(klartecknatFor(femton), samtycken(LocalDate.of(2026, 3, 1)), barnetSamtycker(femtonarsdagen))
                    .when(fattaBeslut(femtonarsdagen, Lagrum.SOL_2025_11_1))
                    .expectEvents(beviljadNu(femton, femtonarsdagen, Lagrum.SOL_2025_11_1));
        }

        @Test
        void a_15_year_olds_own_consent_does_not_replace_the_guardians() {
            given(klartecknatFor(femton), barnetSamtycker(femtonarsdagen))
                    .when(fattaBeslut(femtonarsdagen, Lagrum.SOL_2025_11_1))
                    .expectException(violates("samtycke", "SAMTYCKE_VARDNADSHAVARE_SAKNAS"))
                    .expectNoEvents();
        }

        @Test
        void a_guardians_consent_dated_after_the_decision_date_does_not_count() {
            given(klartecknatFor(femton), samtycke(VH1, LocalDate.of(2026, 3, 1)), samtycke(VH2, femtonarsdagen))
                    .when(fattaBeslut(dagenFore, Lagrum.SOL_2025_11_1))
                    .expectException(violates("samtycke", "SAMTYCKE_VARDNADSHAVARE_SAKNAS"))
                    .expectNoEvents();
        }

        @Test
        void the_childs_consent_dated_after_the_decision_date_does_not_count() {
            Barn sexton = barnFodd(LocalDate.of(2010, 1, 20));
            given(klartecknatFor(sexton), samtycken(), barnetSamtycker(LocalDate.of(2026, 3, 5)))
                    .when(fattaBeslut(LocalDate.of(2026, 3, 1), Lagrum.SOL_2025_11_1))
                    .expectException(violates("samtycke", "SAMTYCKE_BARNET_SAKNAS"))
                    .expectNoEvents();
        }

        @Test
        void a_guardian_who_refused_blocks_the_decision() {
            given(klartecknatFor(BARN), samtycke(VH1, SAMTYCKT), vagran(VH2, SAMTYCKT))
                    .when(fattaBeslut(BESLUT, Lagrum.SOL_2025_11_1))
                    .expectException(violates("samtycke", "SAMTYCKE_VARDNADSHAVARE_SAKNAS"))
                    .expectNoEvents();
        }

        @Test
        void a_guardian_who_refused_and_then_consented_no_longer_blocks() {
            given(klartecknatFor(BARN), samtycke(VH1, SAMTYCKT), vagran(VH2, LocalDate.of(2026, 2, 1)),
                            samtycke(VH2, SAMTYCKT))
                    .when(fattaBeslut(BESLUT, Lagrum.SOL_2025_11_1))
                    .expectEvents(beviljadNu(BARN, BESLUT, Lagrum.SOL_2025_11_1));
        }

        @Test
        void a_guardian_who_consented_and_then_refused_blocks() {
            given(klartecknatFor(BARN), samtycken(), vagran(VH2, LocalDate.of(2026, 2, 8)))
                    .when(fattaBeslut(BESLUT, Lagrum.SOL_2025_11_1))
                    .expectException(violates("samtycke", "SAMTYCKE_VARDNADSHAVARE_SAKNAS"))
                    .expectNoEvents();
        }

        @Test
        void a_15_year_old_who_refused_after_consenting_blocks() {
            given(klartecknatFor(femton), samtycken(LocalDate.of(2026, 3, 1)),
                            barnetSamtycker(femtonarsdagen), barnetVagrar(femtonarsdagen))
                    .when(fattaBeslut(femtonarsdagen, Lagrum.SOL_2025_11_1))
                    .expectException(violates("samtycke", "SAMTYCKE_BARNET_SAKNAS"))
                    .expectNoEvents();
        }

        /**
         * Changed (review row N2): 11 § LVU is no way round consent for a social secretary on her own. Without the LVU
         * care decision and the committee's decision it is refused; with them, no consent is needed – the committee
         * decides "om insatserna i stället kan ges med stöd av 11 § LVU" when the family does not consent.
         */
        @Test
        void lvu_11_needs_no_consent_but_the_lvu_care_and_the_committees_decision() {
            given(klartecknatFor(BARN))
                    .when(new FattaBeslut(ID, BESLUT, Lagrum.LVU_11, null, MAL, LVU_DOKUMENTATION, null, null, ANNA, NU))
                    .expectException(violates("lvuVard", "LVU_VARD_KRAVS"))
                    .expectNoEvents();
            given(klartecknatFor(BARN))
                    .when(new FattaBeslut(ID, BESLUT, Lagrum.LVU_11, null, MAL, LVU_DOKUMENTATION, LVU_VARD, null, ANNA, NU))
                    .expectException(violates("namndbeslut", "NAMNDBESLUT_KRAVS"))
                    .expectNoEvents();
            given(klartecknatFor(femton), vagran(VH1, LocalDate.of(2026, 3, 1)), barnetVagrar(femtonarsdagen))
                    .when(new FattaBeslut(ID, femtonarsdagen, Lagrum.LVU_11, null, MAL, LVU_DOKUMENTATION, LVU_VARD,
                            namndbeslut(femtonarsdagen), ANNA, NU))
                    .expectEvents(new InsatsBeviljad(ID, BEVILJAD_INSATS, femton, INSATSTYP, femtonarsdagen, Lagrum.LVU_11,
                            null, MAL, UTFORARENHET, MYNDIGHETSENHET, "anna", NU, LVU_DOKUMENTATION, LVU_VARD,
                            namndbeslut(femtonarsdagen)));
        }

        @Test
        void an_18_year_old_needs_own_consent_but_not_the_guardians() {
            Barn arton = barnFodd(LocalDate.of(2008, 1, 20));
            given(klartecknatFor(arton), barnetSamtycker(SAMTYCKT))
                    .when(fattaBeslut(BESLUT, Lagrum.SOL_2025_11_1))
                    .expectEvents(beviljadNu(arton, BESLUT, Lagrum.SOL_2025_11_1));
            given(klartecknatFor(arton), barnetSamtycker(SAMTYCKT), vagran(VH1, SAMTYCKT))
                    .when(fattaBeslut(BESLUT, Lagrum.SOL_2025_11_1))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void an_18_year_old_without_own_consent_is_refused_even_with_the_guardians() {
            Barn arton = barnFodd(LocalDate.of(2008, 1, 20));
            given(klartecknatFor(arton), samtycken())
                    .when(fattaBeslut(BESLUT, Lagrum.SOL_2025_11_1))
                    .expectException(violates("samtycke", "SAMTYCKE_BARNET_SAKNAS"))
                    .expectNoEvents();
        }

        @Test
        void an_intervention_during_an_investigation_needs_consent_too() {
            given(tillKlartecken(INSATS_UNDER_UTREDNING))
                    .when(new FattaBeslut(ID, BESLUT, Lagrum.SOL_2025_11_1, PERIOD_UNDER_UTREDNING, MAL, DOKUMENTATION, null, null, ANNA, NU))
                    .expectException(violates("samtycke", "SAMTYCKE_VARDNADSHAVARE_SAKNAS"))
                    .expectNoEvents();
        }
    }

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
