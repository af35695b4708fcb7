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

import se.barnunga.assignment.domain.Handelser.*;
import se.barnunga.assignment.domain.Kommandon.*;
import se.barnunga.assignment.domain.Varden.Vardnadshavare;

/** The routine from the social secretary's enquiry to the decision: enquiries, go-ahead, decline, consent, decision. */

/**
 * The consents, and the decision's need of them.
 */
class UppdragSamtyckeTest extends UppdragForfraganOchBeslutTestBase {

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
}
