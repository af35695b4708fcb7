package se.barnunga.assignment.domain;

import static se.barnunga.assignment.domain.UppdragBuilders.*;
import static se.barnunga.assignment.domain.UppdragFixtures.*;
import static se.barnunga.assignment.domain.Uppdragstyp.BEVILJAD_INSATS;
import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.platform.domain.testsupport.Given.handelser;

import java.time.LocalDate;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.barnunga.assignment.domain.Handelser.InsatsBeviljad;
import se.barnunga.assignment.domain.Kommandon.FattaBeslut;

/**
 * Review row N2: "Om vårdnadshavarna, barnet, om hen fyllt 15 år, eller den unge däremot inte samtycker till insatserna
 * får nämnden ta ställning till om insatserna i stället kan ges med stöd av 11 § LVU" – in the context "även under
 * tiden för vård enligt LVU". A decision under 11 § LVU records the LVU care decision and the committee's decision.
 */
class UppdragLvu11Test {

    private FixtureConfiguration<Uppdrag> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Uppdrag.class);
    }

    /** The guardians refused: only the committee can decide, under 11 § LVU. */
    private TestExecutor<Uppdrag> vagrat() {
        return fixture.given(handelser(tillKlartecken(BEVILJAD_INSATS), vagran(VH1, SAMTYCKT), vagran(VH2, SAMTYCKT)));
    }

    private static FattaBeslut lvu(LvuVard vard, Namndbeslut namnd) {
        return new FattaBeslut(ID, BESLUT, Lagrum.LVU_11, null, MAL, LVU_DOKUMENTATION, vard, namnd, ANNA, NU);
    }

    @Test
    void the_committees_decision_for_a_child_in_lvu_care_is_granted_without_consent() {
        vagrat().when(lvu(LVU_VARD, namndbeslut(BESLUT)))
                .expectEvents(new InsatsBeviljad(ID, BEVILJAD_INSATS, BARN, INSATSTYP, BESLUT, Lagrum.LVU_11, null, MAL,
                        UTFORARENHET, MYNDIGHETSENHET, "anna", NU, LVU_DOKUMENTATION, LVU_VARD, namndbeslut(BESLUT)));
    }

    @Test
    void without_the_lvu_care_decision_it_is_refused_naming_the_field() {
        vagrat().when(lvu(null, namndbeslut(BESLUT)))
                .expectException(violates("lvuVard", "LVU_VARD_KRAVS")).expectNoEvents();
        vagrat().when(lvu(new LvuVard(" ", LVU_VARD.beslutsdatum()), namndbeslut(BESLUT)))
                .expectException(violates("lvuVard.beslutsreferens", "LVU_VARD_KRAVS")).expectNoEvents();
        vagrat().when(lvu(new LvuVard("FR 1-26", null), namndbeslut(BESLUT)))
                .expectException(violates("lvuVard.beslutsdatum", "LVU_VARD_KRAVS")).expectNoEvents();
    }

    @Test
    void the_lvu_care_must_exist_when_the_decision_is_taken() {
        vagrat().when(lvu(new LvuVard("FR 1-26", BESLUT.plusDays(1)), namndbeslut(BESLUT)))
                .expectException(violates("lvuVard.beslutsdatum", "LVU_VARD_EFTER_BESLUT")).expectNoEvents();
        vagrat().when(lvu(new LvuVard("FR 1-26", BESLUT), namndbeslut(BESLUT)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void without_the_committees_decision_it_is_refused_naming_the_field() {
        vagrat().when(lvu(LVU_VARD, null))
                .expectException(violates("namndbeslut", "NAMNDBESLUT_KRAVS")).expectNoEvents();
        vagrat().when(lvu(LVU_VARD, new Namndbeslut(null, BESLUT, UTSKOTTET)))
                .expectException(violates("namndbeslut.referens", "NAMNDBESLUT_KRAVS")).expectNoEvents();
        vagrat().when(lvu(LVU_VARD, new Namndbeslut("SU § 14", null, UTSKOTTET)))
                .expectException(violates("namndbeslut.datum", "NAMNDBESLUT_KRAVS")).expectNoEvents();
        vagrat().when(lvu(LVU_VARD, new Namndbeslut("SU § 14", BESLUT, null)))
                .expectException(violates("namndbeslut.beslutsfattare", "BESLUTSFATTARE_KRAVS")).expectNoEvents();
        vagrat().when(lvu(LVU_VARD, new Namndbeslut("SU § 14", BESLUT, new Beslutsfattare(" ", null, Delegationsniva.UTSKOTT))))
                .expectException(violates("namndbeslut.beslutsfattare.namn", "BESLUTSFATTARE_KRAVS")).expectNoEvents();
    }

    @Test
    void the_committees_decision_is_the_decision_and_has_its_date() {
        vagrat().when(lvu(LVU_VARD, namndbeslut(BESLUT.minusDays(1))))
                .expectException(violates("namndbeslut.datum", "NAMNDBESLUT_DATUM")).expectNoEvents();
    }

    @Test
    void a_social_secretary_cannot_decide_under_11_lvu_on_her_own() {
        Namndbeslut egetBeslut = new Namndbeslut("Tjänsteanteckning", BESLUT, BESLUTSFATTARE);
        vagrat().when(lvu(LVU_VARD, egetBeslut))
                .expectException(violates("namndbeslut.beslutsfattare.delegationsniva", "NAMNDEN_BESLUTAR"))
                .expectNoEvents();
    }

    @Test
    void a_delegate_above_the_handling_officer_per_the_delegation_order_may_decide_with_name_and_title() {
        Beslutsfattare enhetschef = new Beslutsfattare("Eva Ek", "Enhetschef", Delegationsniva.ENHETSCHEF);
        vagrat().when(lvu(LVU_VARD, new Namndbeslut("Delegationsbeslut 2026-14", BESLUT, enhetschef)))
                .expectSuccessfulHandlerExecution();
        vagrat().when(lvu(LVU_VARD, new Namndbeslut("Delegationsbeslut 2026-14", BESLUT,
                        new Beslutsfattare("Eva Ek", null, Delegationsniva.ENHETSCHEF))))
                .expectException(violates("namndbeslut.beslutsfattare.titel", "BESLUTSFATTARE_KRAVS")).expectNoEvents();
    }

    @Test
    void lvu_references_do_not_belong_to_a_decision_under_sol() {
        fixture.given(handelser(tillKlartecken(BEVILJAD_INSATS), samtycken()))
                .when(new FattaBeslut(ID, BESLUT, Lagrum.SOL_2025_11_1, null, MAL, DOKUMENTATION, LVU_VARD, null, ANNA, NU))
                .expectException(violates("lvuVard", "GALLER_ENDAST_LVU_11")).expectNoEvents();
        fixture.given(handelser(tillKlartecken(BEVILJAD_INSATS), samtycken()))
                .when(new FattaBeslut(ID, BESLUT, Lagrum.SOL_2025_11_1, null, MAL, DOKUMENTATION, null, namndbeslut(BESLUT), ANNA, NU))
                .expectException(violates("namndbeslut", "GALLER_ENDAST_LVU_11")).expectNoEvents();
    }

    @Test
    void a_refusal_without_the_committee_still_blocks_a_decision_under_sol() {
        vagrat().when(new FattaBeslut(ID, BESLUT, Lagrum.SOL_2025_11_1, null, MAL, DOKUMENTATION, null, null, ANNA, NU))
                .expectException(violates("samtycke", "SAMTYCKE_VARDNADSHAVARE_SAKNAS")).expectNoEvents();
    }

    @Test
    void the_lvu_decision_needs_no_family_agreement_on_the_goals_nor_an_application() {
        // LVU_DOKUMENTATION has no ansokanAvser and no malOverenskomnaMedFamiljen: the family did not consent
        LocalDate datum = BESLUT;
        vagrat().when(lvu(LVU_VARD, namndbeslut(datum))).expectSuccessfulHandlerExecution();
    }
}
