package se.barnunga.assignment.domain;

import static se.barnunga.platform.domain.testsupport.RuleAssertions.assertViolates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static se.barnunga.assignment.domain.UppdragFixtures.*;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.barnunga.assignment.domain.Kommandon.AterkallaBeslut;
import se.barnunga.assignment.domain.Kommandon.BeslutaUtredningsuppdrag;
import se.barnunga.assignment.domain.Kommandon.FattaBeslut;
import se.barnunga.assignment.domain.Kommandon.OmprovaBeslut;
import se.barnunga.assignment.domain.Varden.Period;

/** {@link Beslutsregler}: the content of decisions, re-decisions and revocations, without a case. */
class BeslutsreglerTest {

    private static final Lagrum SOL = Lagrum.SOL_2025_11_1;
    private static final LocalDate ATERKALLAT = BESLUT.plusDays(10);

    private static FattaBeslut beslut(Lagrum lagrum, Period period) {
        return new FattaBeslut(ID, BESLUT, lagrum, period, MAL, DOKUMENTATION, null, null, ANNA, NU);
    }

    @Test
    void a_complete_decision_passes() {
        assertThatCode(() -> Beslutsregler.beslut(beslut(SOL, null), Uppdragstyp.BEVILJAD_INSATS, BARN, null))
                .doesNotThrowAnyException();
        assertThatCode(() -> Beslutsregler.beslut(beslut(SOL, PERIOD_UNDER_UTREDNING), Uppdragstyp.INSATS_UNDER_UTREDNING,
                BARN, UTREDNING)).doesNotThrowAnyException();
    }

    @Test
    void a_decision_names_its_legal_basis() {
        assertViolates(() -> Beslutsregler.beslut(beslut(null, null), Uppdragstyp.BEVILJAD_INSATS, BARN, null), "lagrum",
                "LAGRUM_KRAVS");
    }

    @Test
    void a_consent_based_decision_carries_no_lvu_care() {
        FattaBeslut c = new FattaBeslut(ID, BESLUT, SOL, null, MAL, DOKUMENTATION, LVU_VARD, null, ANNA, NU);
        assertViolates(() -> Beslutsregler.beslut(c, Uppdragstyp.BEVILJAD_INSATS, BARN, null), "lvuVard", "GALLER_ENDAST_LVU_11");
    }

    @Test
    void the_legal_basis_holds_for_the_date_and_the_age() {
        assertThatCode(() -> Beslutsregler.lagrumGaller(SOL, BESLUT, BARN)).doesNotThrowAnyException();
        assertViolates(() -> Beslutsregler.lagrumGaller(Lagrum.SOL_2001_4_1, BESLUT, BARN), "lagrum", "LAGRUM_GALLER_INTE_DATUMET");
        assertViolates(() -> Beslutsregler.lagrumGaller(Lagrum.SOL_2025_13_7, BESLUT, BARN), "lagrum", "LAGRUM_GALLER_INTE_ALDERN");
    }

    @Test
    void goals_are_complete_and_named_once() {
        assertThatCode(() -> Beslutsregler.mal(MAL)).doesNotThrowAnyException();
        assertViolates(() -> Beslutsregler.mal(List.of()), "mal", "MAL_KRAVS");
        assertViolates(() -> Beslutsregler.mal(List.of(MAL1, MAL1)), "mal[1].malId", "MAL_DUBBLETT");
        assertViolates(() -> Beslutsregler.mal(List.of(new Varden.Mal("mal-9", "Mål", "Utbildning", List.of("Utbildning")))),
                "mal[0].ytterligareBbicOmraden[0]", "BBIC_OMRADE_DUBBLETT");
    }

    @Test
    void the_period_of_an_intervention_during_an_investigation_is_limited_to_the_investigation() {
        assertThatCode(() -> Beslutsregler.period(PERIOD_UNDER_UTREDNING, Uppdragstyp.INSATS_UNDER_UTREDNING, BESLUT,
                UTREDNING)).doesNotThrowAnyException();
        assertViolates(() -> Beslutsregler.period(null, Uppdragstyp.INSATS_UNDER_UTREDNING, BESLUT, UTREDNING), "period",
                "TIDSBEGRANSNING_KRAVS");
        assertViolates(() -> Beslutsregler.period(new Period(BESLUT, UTREDNING.planeratSlut().plusDays(1)),
                Uppdragstyp.INSATS_UNDER_UTREDNING, BESLUT, UTREDNING), "period", "PERIOD_UTANFOR_UTREDNINGSTIDEN");
    }

    @Test
    void the_period_starts_on_or_after_the_decision() {
        assertThatCode(() -> Beslutsregler.period(new Period(BESLUT, null), Uppdragstyp.BEVILJAD_INSATS, BESLUT, null))
                .doesNotThrowAnyException();
        assertViolates(() -> Beslutsregler.period(new Period(BESLUT.minusDays(1), null), Uppdragstyp.BEVILJAD_INSATS, BESLUT, null),
                "period.from", "PERIOD_FORE_BESLUT");
    }

    @Test
    void the_documentation_gives_the_reasons_first() {
        assertThatCode(() -> Beslutsregler.dokumentation(DOKUMENTATION, SOL, Uppdragstyp.BEVILJAD_INSATS))
                .doesNotThrowAnyException();
        assertViolates(() -> Beslutsregler.dokumentation(null, SOL, Uppdragstyp.BEVILJAD_INSATS), "skal", "SKAL_KRAVS");
    }

    @Test
    void the_decision_maker_is_named() {
        assertThatCode(() -> Beslutsregler.beslutsfattare("beslutsfattare", BESLUTSFATTARE)).doesNotThrowAnyException();
        assertViolates(() -> Beslutsregler.beslutsfattare("beslutsfattare", null), "beslutsfattare", "BESLUTSFATTARE_KRAVS");
    }

    @Test
    void lvu_care_and_the_committees_decision_belong_to_11_lvu_only() {
        assertThatCode(() -> Beslutsregler.endastLvu11(null, null)).doesNotThrowAnyException();
        assertViolates(() -> Beslutsregler.endastLvu11(null, namndbeslut(BESLUT)), "namndbeslut", "GALLER_ENDAST_LVU_11");
    }

    @Test
    void a_decision_under_11_lvu_is_the_committees_of_the_decision_date() {
        assertThatCode(() -> Beslutsregler.lvuGrund(LVU_VARD, namndbeslut(BESLUT), BESLUT)).doesNotThrowAnyException();
        assertViolates(() -> Beslutsregler.lvuGrund(null, namndbeslut(BESLUT), BESLUT), "lvuVard", "LVU_VARD_KRAVS");
        assertViolates(() -> Beslutsregler.lvuGrund(LVU_VARD, namndbeslut(BESLUT.minusDays(1)), BESLUT), "namndbeslut.datum",
                "NAMNDBESLUT_DATUM");
    }

    private static OmprovaBeslut omprovning(Omprovningsgrund grund, LocalDate datum) {
        return new OmprovaBeslut(ID, grund, datum, null, "Samtycket är givet på nytt", BESLUTSFATTARE, null, null, ANNA, NU);
    }

    @Test
    void a_redecision_on_new_consent_keeps_the_basis_in_force() {
        assertThat(Beslutsregler.omprovning(omprovning(Omprovningsgrund.NYTT_SAMTYCKE, ATERKALLAT), BARN, SOL, null, ATERKALLAT))
                .isEqualTo(SOL);
    }

    @Test
    void a_redecision_by_the_committee_is_under_11_lvu() {
        OmprovaBeslut c = new OmprovaBeslut(ID, Omprovningsgrund.NAMNDBESLUT_LVU_11, ATERKALLAT, null, "Nämnden beslutar",
                null, LVU_VARD, namndbeslut(ATERKALLAT), ANNA, NU);
        assertThat(Beslutsregler.omprovning(c, BARN, SOL, null, ATERKALLAT)).isEqualTo(Lagrum.LVU_11);
    }

    @Test
    void a_redecision_names_its_ground_and_follows_the_withdrawal_within_the_period() {
        assertViolates(() -> Beslutsregler.omprovning(omprovning(null, ATERKALLAT), BARN, SOL, null, ATERKALLAT), "grund",
                "GRUND_KRAVS");
        assertViolates(() -> Beslutsregler.omprovning(omprovning(Omprovningsgrund.NYTT_SAMTYCKE, ATERKALLAT.minusDays(1)), BARN, SOL,
                null, ATERKALLAT), "beslutsdatum", "OMPROVNING_FORE_ATERKALLANDET");
        assertViolates(() -> Beslutsregler.omprovning(omprovning(Omprovningsgrund.NYTT_SAMTYCKE, ATERKALLAT), BARN, SOL,
                ATERKALLAT.minusDays(1), BESLUT), "beslutsdatum", "BESLUTSPERIODEN_HAR_GATT_UT");
    }

    @Test
    void an_investigation_assignment_is_decided_within_the_investigation_with_questions() {
        assertThatCode(() -> Beslutsregler.utredningsuppdrag(new BeslutaUtredningsuppdrag(ID, BESLUT, FRAGOR, true, ANNA, NU),
                UTREDNING)).doesNotThrowAnyException();
        assertViolates(() -> Beslutsregler.utredningsuppdrag(new BeslutaUtredningsuppdrag(ID, BESLUT, List.of(" "), true, ANNA, NU),
                UTREDNING), "fragor", "FRAGOR_KRAVS");
        assertViolates(() -> Beslutsregler.utredningsuppdrag(new BeslutaUtredningsuppdrag(ID, IDAG, FRAGOR, true, ANNA, NU),
                UTREDNING), "beslutsdatum", "BESLUT_UTANFOR_UTREDNINGSTIDEN");
    }

    @Test
    void a_revocation_follows_the_decision_with_reasons_and_who_made_it() {
        assertThatCode(() -> Beslutsregler.aterkallelse(new AterkallaBeslut(ID, IDAG, "Familjen flyttar", BESLUTSFATTARE,
                ANNA, NU), BESLUT)).doesNotThrowAnyException();
        assertViolates(() -> Beslutsregler.aterkallelse(new AterkallaBeslut(ID, BESLUT.minusDays(1), "Skäl", BESLUTSFATTARE, ANNA,
                NU), BESLUT), "datum", "ATERKALLAT_FORE_BESLUT");
        assertViolates(() -> Beslutsregler.aterkallelse(new AterkallaBeslut(ID, IDAG, "Skäl", null, ANNA, NU), BESLUT),
                "beslutsfattare", "BESLUTSFATTARE_KRAVS");
    }
}
