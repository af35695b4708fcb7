package se.barnunga.assignment.domain;

import static se.barnunga.assignment.domain.UppdragBuilders.*;
import static se.barnunga.assignment.domain.UppdragFixtures.*;
import static se.barnunga.assignment.domain.Uppdragstyp.BEVILJAD_INSATS;
import static se.barnunga.assignment.domain.Uppdragstyp.UTREDNINGSUPPDRAG;
import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.platform.domain.testsupport.Given.handelser;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.barnunga.assignment.domain.Handelser.*;
import se.barnunga.assignment.domain.Kommandon.*;
import se.barnunga.assignment.domain.Varden.Vardnadshavare;

/**
 * Review row N7 and issue item 4: a consent the decision rested on can be withdrawn after the decision; the
 * intervention then "kan inte fortsätta med stöd av 11 kap. 1 § SoL" until the decision is re-decided – by the
 * committee under 11 § LVU, or with everyone's consent given anew – or the intervention is closed or the decision revoked.
 */
class UppdragSamtyckeAterkallatTest {

    private FixtureConfiguration<Uppdrag> fixture;

    /** Withdrawn 2026-03-02, after the decision 2026-02-10 and the start 2026-02-24. */
    static final LocalDate ATERKALLAT = LocalDate.of(2026, 3, 2);

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Uppdrag.class);
    }

    private TestExecutor<Uppdrag> given(Object... handelser) {
        return fixture.given(handelser(handelser));
    }

    private static SamtyckeAterkallat vh2Aterkallade(LocalDate datum) {
        return new SamtyckeAterkallat(ID, BARN, Samtyckespart.VARDNADSHAVARE, Aterkallare.VARDNADSHAVARE, VH2, datum,
                Lagrum.SOL_2025_11_1, MYNDIGHETSENHET, "anna", TIDIGARE);
    }

    /** VH2 withdrew her consent after the start. */
    private static List<Object> efterAterkallande() {
        return handelser(tillVerkstallt(BEVILJAD_INSATS), vh2Aterkallade(ATERKALLAT));
    }

    private static OmprovaBeslut nyttSamtycke(LocalDate datum) {
        return new OmprovaBeslut(ID, Omprovningsgrund.NYTT_SAMTYCKE, datum, null, "Familjen samtycker på nytt",
                BESLUTSFATTARE, null, null, ANNA, NU);
    }

    private static OmprovaBeslut lvu(LocalDate datum, LvuVard vard, Namndbeslut namnd) {
        return new OmprovaBeslut(ID, Omprovningsgrund.NAMNDBESLUT_LVU_11, datum, null, "Vårdnadshavaren samtycker inte",
                null, vard, namnd, ANNA, NU);
    }

    @Nested
    class AterkallaSamtycke_ {

        @Test
        void a_guardian_withdraws_consent_after_the_decision() {
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(new AterkallaSamtycke(ID, Samtyckespart.VARDNADSHAVARE, VH2, ATERKALLAT, ANNA, NU))
                    .expectEvents(new SamtyckeAterkallat(ID, BARN, Samtyckespart.VARDNADSHAVARE, Aterkallare.VARDNADSHAVARE,
                            VH2, ATERKALLAT, Lagrum.SOL_2025_11_1, MYNDIGHETSENHET, "anna", NU));
        }

        @Test
        void the_child_of_15_and_the_young_person_of_18_withdraw_their_own() {
            Barn sexton = barnFodd(LocalDate.of(2010, 1, 20));
            given(registrerad(BEVILJAD_INSATS, sexton), forfragan(), klartecken(), samtycken(), barnetSamtycker(SAMTYCKT),
                    beviljad(BEVILJAD_INSATS, sexton, BESLUT, Lagrum.SOL_2025_11_1, null))
                    .when(new AterkallaSamtycke(ID, Samtyckespart.BARNET, null, ATERKALLAT, ANNA, NU))
                    .expectEvents(new SamtyckeAterkallat(ID, sexton, Samtyckespart.BARNET, Aterkallare.BARNET, null,
                            ATERKALLAT, Lagrum.SOL_2025_11_1, MYNDIGHETSENHET, "anna", NU));
            Barn nitton = barnFodd(LocalDate.of(2007, 1, 20));
            given(registrerad(BEVILJAD_INSATS, nitton), forfragan(), klartecken(), barnetSamtycker(SAMTYCKT),
                    beviljad(BEVILJAD_INSATS, nitton, BESLUT, Lagrum.SOL_2025_13_7, null))
                    .when(new AterkallaSamtycke(ID, Samtyckespart.BARNET, null, ATERKALLAT, ANNA, NU))
                    .expectEvents(new SamtyckeAterkallat(ID, nitton, Samtyckespart.BARNET, Aterkallare.DEN_UNGE, null,
                            ATERKALLAT, Lagrum.SOL_2025_13_7, MYNDIGHETSENHET, "anna", NU));
        }

        @Test
        void a_child_under_15_has_no_consent_of_its_own_to_withdraw() {
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(new AterkallaSamtycke(ID, Samtyckespart.BARNET, null, ATERKALLAT, ANNA, NU))
                    .expectException(violates("part", "BARNET_UNDER_15")).expectNoEvents();
        }

        @Test
        void the_guardian_is_one_whose_consent_was_registered() {
            Vardnadshavare okand = new Vardnadshavare(personnummer(LocalDate.of(1980, 1, 1), "123"), "Okänd", null);
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(new AterkallaSamtycke(ID, Samtyckespart.VARDNADSHAVARE, okand, ATERKALLAT, ANNA, NU))
                    .expectException(violates("vardnadshavare", "SAMTYCKE_SAKNAS_FOR_PARTEN")).expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(new AterkallaSamtycke(ID, Samtyckespart.VARDNADSHAVARE, null, ATERKALLAT, ANNA, NU))
                    .expectException(violates("vardnadshavare", "VARDNADSHAVARE_KRAVS")).expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(new AterkallaSamtycke(ID, null, VH2, ATERKALLAT, ANNA, NU))
                    .expectException(violates("part", "PART_KRAVS")).expectNoEvents();
        }

        @Test
        void a_guardian_is_no_party_for_a_young_adult() {
            Barn nitton = barnFodd(LocalDate.of(2007, 1, 20));
            given(registrerad(BEVILJAD_INSATS, nitton), forfragan(), klartecken(), samtycken(), barnetSamtycker(SAMTYCKT),
                    beviljad(BEVILJAD_INSATS, nitton, BESLUT, Lagrum.SOL_2025_11_1, null))
                    .when(new AterkallaSamtycke(ID, Samtyckespart.VARDNADSHAVARE, VH1, ATERKALLAT, ANNA, NU))
                    .expectException(violates("part", "VARDNADSHAVARE_EJ_PART")).expectNoEvents();
        }

        @Test
        void the_date_is_not_before_the_decision_and_not_in_the_future() {
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(new AterkallaSamtycke(ID, Samtyckespart.VARDNADSHAVARE, VH2, BESLUT.minusDays(1), ANNA, NU))
                    .expectException(violates("datum", "ATERKALLAT_FORE_BESLUT")).expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(new AterkallaSamtycke(ID, Samtyckespart.VARDNADSHAVARE, VH2, IDAG.plusDays(1), ANNA, NU))
                    .expectException(violates("datum", "DATUM_I_FRAMTIDEN")).expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(new AterkallaSamtycke(ID, Samtyckespart.VARDNADSHAVARE, VH2, BESLUT, ANNA, NU))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void only_after_a_decision_under_a_consent_based_basis() {
            given(tillKlartecken(BEVILJAD_INSATS), samtycken())
                    .when(new AterkallaSamtycke(ID, Samtyckespart.VARDNADSHAVARE, VH2, IDAG, ANNA, NU))
                    .expectException(conflicts("BESLUT_SAKNAS")).expectNoEvents();
            given(tillKlartecken(BEVILJAD_INSATS), beviljad(BESLUT, Lagrum.LVU_11))
                    .when(new AterkallaSamtycke(ID, Samtyckespart.VARDNADSHAVARE, VH2, IDAG, ANNA, NU))
                    .expectException(conflicts("LAGRUM_KRAVER_INTE_SAMTYCKE")).expectNoEvents();
            given(tillBeslut(UTREDNINGSUPPDRAG))
                    .when(new AterkallaSamtycke(ID, Samtyckespart.VARDNADSHAVARE, VH2, IDAG, ANNA, NU))
                    .expectException(conflicts("GALLER_INTE_UTREDNINGSUPPDRAG")).expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS), aterkallat(IDAG))
                    .when(new AterkallaSamtycke(ID, Samtyckespart.VARDNADSHAVARE, VH2, IDAG, ANNA, NU))
                    .expectException(conflicts("BESLUT_ATERKALLAT")).expectNoEvents();
        }

        @Test
        void the_same_party_withdraws_once_another_may_follow() {
            given(efterAterkallande())
                    .when(new AterkallaSamtycke(ID, Samtyckespart.VARDNADSHAVARE, VH2, IDAG, ANNA, NU))
                    .expectException(conflicts("SAMTYCKE_REDAN_ATERKALLAT")).expectNoEvents();
            given(efterAterkallande())
                    .when(new AterkallaSamtycke(ID, Samtyckespart.VARDNADSHAVARE, VH1, IDAG, ANNA, NU))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void only_the_owning_units_social_secretary_records_it() {
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(new AterkallaSamtycke(ID, Samtyckespart.VARDNADSHAVARE, VH2, ATERKALLAT, EVA, NU))
                    .expectException(notPermitted()).expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(new AterkallaSamtycke(ID, Samtyckespart.VARDNADSHAVARE, VH2, ATERKALLAT, ULLA, NU))
                    .expectException(notPermitted()).expectNoEvents();
        }
    }

    @Nested
    class InsatsenKanInteFortsatta {

        static Stream<Named<Object>> sparrade() {
            return Stream.of(
                    Named.of("SkickaUppdrag", new SkickaUppdrag(ID, innehall(), ANNA, NU)),
                    Named.of("RegistreraPlaneringsmote", new RegistreraPlaneringsmote(ID, IDAG, DELTAGARE, true, null, true,
                            true, IDAG, "Skäl", IDAG.plusDays(42), null, null, ANNA, NU)),
                    Named.of("BekraftaStart", new BekraftaStart(ID, true, null, ULLA, NU)),
                    Named.of("DokumenteraVerkstallighet", new DokumenteraVerkstallighet(ID, IDAG, ANNA, NU)),
                    Named.of("RegistreraUppskov", new RegistreraUppskov(ID, Samtyckespart.VARDNADSHAVARE, IDAG.plusDays(7),
                            "Skäl", ANNA, NU)),
                    Named.of("UpprattaGenomforandeplan", new UpprattaGenomforandeplan(ID, IDAG, DELTAGARE,
                            BARNETS_DELAKTIGHET, AKTIVITETER, null, null, null, ULLA, NU)),
                    Named.of("EfterfragaGenomforandeplan", new EfterfragaGenomforandeplan(ID, ANNA, NU)));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("sparrade")
        void what_carries_the_intervention_forward_is_refused_until_re_decided(Object kommando) {
            given(tillPlanerat(BEVILJAD_INSATS), vh2Aterkallade(ATERKALLAT))
                    .when(kommando)
                    .expectException(conflicts("SAMTYCKE_ATERKALLAT")).expectNoEvents();
        }

        @Test
        void a_resumption_and_a_revised_plan_are_refused_too() {
            given(tillPlan(BEVILJAD_INSATS), avbruten(LocalDate.of(2026, 3, 1)), vh2Aterkallade(ATERKALLAT))
                    .when(new AterupptaVerkstallighet(ID, IDAG, ANNA, NU))
                    .expectException(conflicts("SAMTYCKE_ATERKALLAT")).expectNoEvents();
            given(tillPlan(BEVILJAD_INSATS), vh2Aterkallade(ATERKALLAT))
                    .when(new ReviderGenomforandeplan(ID, IDAG, Revideringsanledning.ANNAT, BARNETS_DELAKTIGHET, AKTIVITETER,
                            null, null, null, ULLA, NU))
                    .expectException(conflicts("SAMTYCKE_ATERKALLAT")).expectNoEvents();
        }

        @Test
        void the_decision_can_be_revoked() {
            given(efterAterkallande())
                    .when(new AterkallaBeslut(ID, IDAG, "Samtycket återkallat", BESLUTSFATTARE, ANNA, NU))
                    .expectEvents(new BeslutAterkallat(ID, IDAG, "Samtycket återkallat", "anna", NU, BESLUTSFATTARE));
        }

        @Test
        void the_intervention_can_be_closed_after_the_risk_assessment() {
            given(efterAterkallande(), risk(Riskniva.MINSKAD, false))
                    .when(new AvslutaInsats(ID, IDAG, Avslutsskal.ANNAT, false, "Samtycket återkallat", ANNA, NU))
                    .expectEvents(new InsatsAvslutad(ID, IDAG, Avslutsskal.ANNAT, Riskniva.MINSKAD, false,
                            "Samtycket återkallat", "anna", NU));
        }

        @Test
        void an_interruption_is_recorded() {
            given(efterAterkallande())
                    .when(new AvbrytVerkstallighet(ID, ATERKALLAT, Avbrottsorsak.ANNAT, null, ANNA, NU))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void after_a_re_decision_the_intervention_goes_on() {
            given(tillPlanerat(BEVILJAD_INSATS), vh2Aterkallade(ATERKALLAT), samtycke(VH2, IDAG),
                    new BeslutOmprovat(ID, BARN, Omprovningsgrund.NYTT_SAMTYCKE, IDAG, Lagrum.SOL_2025_11_1, "Skäl",
                            BESLUTSFATTARE, null, null, MYNDIGHETSENHET, "anna", TIDIGARE))
                    .when(new DokumenteraVerkstallighet(ID, IDAG, ANNA, NU))
                    .expectSuccessfulHandlerExecution();
        }
    }

    @Nested
    class OmprovaBeslut_ {

        @Test
        void with_new_consent_of_everyone_required_the_decision_is_re_decided() {
            given(efterAterkallande(), samtycke(VH1, IDAG), samtycke(VH2, IDAG))
                    .when(nyttSamtycke(IDAG))
                    .expectEvents(new BeslutOmprovat(ID, BARN, Omprovningsgrund.NYTT_SAMTYCKE, IDAG, Lagrum.SOL_2025_11_1,
                            "Familjen samtycker på nytt", BESLUTSFATTARE, null, null, MYNDIGHETSENHET, "anna", NU));
        }

        @Test
        void a_consent_from_before_the_withdrawal_does_not_count_anew() {
            // VH1 never withdrew, but "the consent of everyone required recorded anew": her old consent is not enough
            given(efterAterkallande(), samtycke(VH2, IDAG))
                    .when(nyttSamtycke(IDAG))
                    .expectException(violates("samtycke", "SAMTYCKE_VARDNADSHAVARE_SAKNAS")).expectNoEvents();
            given(efterAterkallande())
                    .when(nyttSamtycke(IDAG))
                    .expectException(violates("samtycke", "SAMTYCKE_VARDNADSHAVARE_SAKNAS")).expectNoEvents();
        }

        @Test
        void a_new_consent_is_registered_after_the_decision_only_while_withdrawn_and_not_dated_before_it() {
            given(efterAterkallande())
                    .when(new RegistreraSamtycke(ID, Samtyckespart.VARDNADSHAVARE, VH2, true, IDAG, ANNA, NU))
                    .expectEvents(new SamtyckeRegistrerat(ID, Samtyckespart.VARDNADSHAVARE, VH2, true, IDAG, NU));
            given(efterAterkallande())
                    .when(new RegistreraSamtycke(ID, Samtyckespart.VARDNADSHAVARE, VH2, true, ATERKALLAT.minusDays(1), ANNA, NU))
                    .expectException(violates("datum", "SAMTYCKE_FORE_ATERKALLANDET")).expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(new RegistreraSamtycke(ID, Samtyckespart.VARDNADSHAVARE, VH2, true, IDAG, ANNA, NU))
                    .expectException(conflicts("BESLUT_REDAN_FATTAT")).expectNoEvents();
        }

        @Test
        void the_committee_re_decides_under_11_lvu_with_the_same_requirements() {
            given(efterAterkallande())
                    .when(lvu(IDAG, LVU_VARD, namndbeslut(IDAG)))
                    .expectEvents(new BeslutOmprovat(ID, BARN, Omprovningsgrund.NAMNDBESLUT_LVU_11, IDAG, Lagrum.LVU_11,
                            "Vårdnadshavaren samtycker inte", null, LVU_VARD, namndbeslut(IDAG), MYNDIGHETSENHET, "anna", NU));
            given(efterAterkallande())
                    .when(lvu(IDAG, null, namndbeslut(IDAG)))
                    .expectException(violates("lvuVard", "LVU_VARD_KRAVS")).expectNoEvents();
            given(efterAterkallande())
                    .when(lvu(IDAG, LVU_VARD, new Namndbeslut(" ", IDAG, UTSKOTTET)))
                    .expectException(violates("namndbeslut.referens", "NAMNDBESLUT_KRAVS")).expectNoEvents();
            given(efterAterkallande())
                    .when(lvu(IDAG, LVU_VARD, new Namndbeslut("Anteckning", IDAG, BESLUTSFATTARE)))
                    .expectException(violates("namndbeslut.beslutsfattare.delegationsniva", "NAMNDEN_BESLUTAR"))
                    .expectNoEvents();
        }

        @Test
        void the_basis_matches_the_ground() {
            given(efterAterkallande())
                    .when(new OmprovaBeslut(ID, Omprovningsgrund.NAMNDBESLUT_LVU_11, IDAG, Lagrum.SOL_2025_11_1, "Skäl", null,
                            LVU_VARD, namndbeslut(IDAG), ANNA, NU))
                    .expectException(violates("lagrum", "LAGRUM_MOTSAGER_GRUNDEN")).expectNoEvents();
            given(efterAterkallande(), samtycke(VH1, IDAG), samtycke(VH2, IDAG))
                    .when(new OmprovaBeslut(ID, Omprovningsgrund.NYTT_SAMTYCKE, IDAG, Lagrum.LVU_11, "Skäl", BESLUTSFATTARE,
                            null, null, ANNA, NU))
                    .expectException(violates("lagrum", "LAGRUM_MOTSAGER_GRUNDEN")).expectNoEvents();
        }

        @Test
        void the_re_decision_is_documented_with_reasons_and_decision_maker() {
            given(efterAterkallande(), samtycke(VH1, IDAG), samtycke(VH2, IDAG))
                    .when(new OmprovaBeslut(ID, Omprovningsgrund.NYTT_SAMTYCKE, IDAG, null, " ", BESLUTSFATTARE, null, null, ANNA, NU))
                    .expectException(violates("skal", "SKAL_KRAVS")).expectNoEvents();
            given(efterAterkallande(), samtycke(VH1, IDAG), samtycke(VH2, IDAG))
                    .when(new OmprovaBeslut(ID, Omprovningsgrund.NYTT_SAMTYCKE, IDAG, null, "Skäl", null, null, null, ANNA, NU))
                    .expectException(violates("beslutsfattare", "BESLUTSFATTARE_KRAVS")).expectNoEvents();
            given(efterAterkallande())
                    .when(new OmprovaBeslut(ID, null, IDAG, null, "Skäl", BESLUTSFATTARE, null, null, ANNA, NU))
                    .expectException(violates("grund", "GRUND_KRAVS")).expectNoEvents();
        }

        @Test
        void the_re_decision_follows_the_withdrawal() {
            given(efterAterkallande(), samtycke(VH1, ATERKALLAT), samtycke(VH2, ATERKALLAT))
                    .when(nyttSamtycke(ATERKALLAT.minusDays(1)))
                    .expectException(violates("beslutsdatum", "OMPROVNING_FORE_ATERKALLANDET")).expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(nyttSamtycke(IDAG))
                    .expectException(conflicts("SAMTYCKE_EJ_ATERKALLAT")).expectNoEvents();
        }

        @Test
        void only_the_owning_units_social_secretary_re_decides() {
            given(efterAterkallande(), samtycke(VH1, IDAG), samtycke(VH2, IDAG))
                    .when(new OmprovaBeslut(ID, Omprovningsgrund.NYTT_SAMTYCKE, IDAG, null, "Skäl", BESLUTSFATTARE, null, null,
                            EVA, NU))
                    .expectException(notPermitted()).expectNoEvents();
        }

        @Test
        void after_a_re_decision_there_is_nothing_to_re_decide() {
            given(efterAterkallande(), samtycke(VH1, IDAG), samtycke(VH2, IDAG),
                    new BeslutOmprovat(ID, BARN, Omprovningsgrund.NYTT_SAMTYCKE, IDAG, Lagrum.SOL_2025_11_1, "Skäl",
                            BESLUTSFATTARE, null, null, MYNDIGHETSENHET, "anna", TIDIGARE))
                    .when(nyttSamtycke(IDAG))
                    .expectException(conflicts("SAMTYCKE_EJ_ATERKALLAT")).expectNoEvents();
        }

        @Test
        void after_an_lvu_re_decision_consent_can_no_longer_be_withdrawn() {
            given(efterAterkallande(), new BeslutOmprovat(ID, BARN, Omprovningsgrund.NAMNDBESLUT_LVU_11, IDAG, Lagrum.LVU_11,
                    "Skäl", null, LVU_VARD, namndbeslut(IDAG), MYNDIGHETSENHET, "anna", TIDIGARE))
                    .when(new AterkallaSamtycke(ID, Samtyckespart.VARDNADSHAVARE, VH1, IDAG, ANNA, NU))
                    .expectException(conflicts("LAGRUM_KRAVER_INTE_SAMTYCKE")).expectNoEvents();
        }
    }
}
