package se.barnunga.assignment.domain;

import static se.barnunga.platform.domain.testsupport.RuleAssertions.assertViolates;
import static se.barnunga.platform.domain.testsupport.RuleAssertions.assertConflicts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static se.barnunga.assignment.domain.UppdragBuilders.*;
import static se.barnunga.assignment.domain.UppdragFixtures.*;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import se.barnunga.assignment.domain.Handelser.SamtyckeAterkallat;
import se.barnunga.assignment.domain.Kommandon.AterkallaSamtycke;
import se.barnunga.assignment.domain.Kommandon.RegistreraSamtycke;

/** {@link Samtycken}: the consents as a value – their transitions, and the rules that read them. */
class SamtyckenTest {

    private static final LocalDate ATERKALLAT = BESLUT.plusDays(10);
    private static final Samtycken BADA = Samtycken.INGA.efter(samtycke(VH1, SAMTYCKT)).efter(samtycke(VH2, SAMTYCKT));

    private static SamtyckeAterkallat aterkallat(Samtyckespart part, LocalDate datum) {
        return new SamtyckeAterkallat(ID, BARN, part, Aterkallare.VARDNADSHAVARE,
                part == Samtyckespart.VARDNADSHAVARE ? VH1 : null, datum, Lagrum.SOL_2025_11_1, MYNDIGHETSENHET, "anna",
                TIDIGARE);
    }

    @Test
    void a_consent_a_refusal_and_a_withdrawal_change_the_consents() {
        assertThat(BADA.vardnadshavare()).containsOnlyKeys(VH1.personnummer(), VH2.personnummer());
        Samtycken vagrar = BADA.efter(vagran(VH2, SAMTYCKT));
        assertThat(vagrar.vardnadshavare()).containsOnlyKeys(VH1.personnummer());
        assertThat(vagrar.vagran()).containsExactly(VH2.personnummer());

        Samtycken efter = BADA.efter(aterkallat(Samtyckespart.VARDNADSHAVARE, ATERKALLAT));
        assertThat(efter.arAterkallat()).isTrue();
        assertThat(efter.aterkallatDatum()).isEqualTo(ATERKALLAT);
        assertThat(efter.vardnadshavare()).containsOnlyKeys(VH2.personnummer());
        assertThat(efter.aterkallandeParter()).containsExactly(VH1.personnummer());

        Samtycken omprovat = efter.efterOmprovning();
        assertThat(omprovat.arAterkallat()).isFalse();
        assertThat(omprovat.aterkallandeParter()).isEmpty();
    }

    @Test
    void the_latest_withdrawal_date_is_kept() {
        Samtycken s = BADA.efter(aterkallat(Samtyckespart.VARDNADSHAVARE, ATERKALLAT))
                .efter(aterkallat(Samtyckespart.BARNET, ATERKALLAT.minusDays(2)));
        assertThat(s.aterkallatDatum()).isEqualTo(ATERKALLAT);
    }

    @Test
    void a_consent_of_a_named_guardian_passes() {
        assertThatCode(() -> Samtycken.INGA.registrering(new RegistreraSamtycke(ID, Samtyckespart.VARDNADSHAVARE, VH1, true,
                SAMTYCKT, ANNA, NU))).doesNotThrowAnyException();
    }

    @Test
    void a_consent_names_the_party_and_the_guardian() {
        assertViolates(() -> Samtycken.INGA.registrering(new RegistreraSamtycke(ID, null, VH1, true, SAMTYCKT, ANNA, NU)), "part",
                "PART_KRAVS");
        assertViolates(() -> Samtycken.INGA.registrering(new RegistreraSamtycke(ID, Samtyckespart.VARDNADSHAVARE, null, true,
                SAMTYCKT, ANNA, NU)), "vardnadshavare", "VARDNADSHAVARE_KRAVS");
    }

    @Test
    void a_new_consent_after_a_withdrawal_is_dated_on_or_after_it() {
        Samtycken aterkallade = BADA.efter(aterkallat(Samtyckespart.VARDNADSHAVARE, ATERKALLAT));
        assertThatCode(() -> aterkallade.registrering(new RegistreraSamtycke(ID, Samtyckespart.VARDNADSHAVARE, VH1, true,
                ATERKALLAT, ANNA, NU))).doesNotThrowAnyException();
        assertViolates(() -> aterkallade.registrering(new RegistreraSamtycke(ID, Samtyckespart.VARDNADSHAVARE, VH1, true,
                ATERKALLAT.minusDays(1), ANNA, NU)), "datum", "SAMTYCKE_FORE_ATERKALLANDET");
    }

    @Test
    void a_guardian_who_consented_withdraws() {
        assertThat(BADA.aterkallande(new AterkallaSamtycke(ID, Samtyckespart.VARDNADSHAVARE, VH1, ATERKALLAT, ANNA, NU), BARN,
                BESLUT)).isEqualTo(Aterkallare.VARDNADSHAVARE);
    }

    @Test
    void a_withdrawal_follows_the_decision_and_a_registered_consent() {
        assertViolates(() -> BADA.aterkallande(new AterkallaSamtycke(ID, Samtyckespart.VARDNADSHAVARE, VH1, BESLUT.minusDays(1), ANNA,
                NU), BARN, BESLUT), "datum", "ATERKALLAT_FORE_BESLUT");
        assertViolates(() -> Samtycken.INGA.aterkallande(new AterkallaSamtycke(ID, Samtyckespart.VARDNADSHAVARE, VH1, ATERKALLAT,
                ANNA, NU), BARN, BESLUT), "vardnadshavare", "SAMTYCKE_SAKNAS_FOR_PARTEN");
        assertViolates(() -> BADA.aterkallande(new AterkallaSamtycke(ID, Samtyckespart.BARNET, null, ATERKALLAT, ANNA, NU), BARN,
                BESLUT), "part", "BARNET_UNDER_15");
    }

    @Test
    void a_party_withdraws_once() {
        Samtycken aterkallade = BADA.efter(aterkallat(Samtyckespart.VARDNADSHAVARE, ATERKALLAT));
        assertConflicts(() -> aterkallade.aterkallande(new AterkallaSamtycke(ID, Samtyckespart.VARDNADSHAVARE, VH1, ATERKALLAT,
                ANNA, NU), BARN, BESLUT), "SAMTYCKE_REDAN_ATERKALLAT");
    }

    @Test
    void the_young_person_withdraws_her_own_consent() {
        Barn ung = barnFodd(BESLUT.minusYears(19));
        assertThat(Samtycken.INGA.aterkallande(new AterkallaSamtycke(ID, Samtyckespart.BARNET, null, ATERKALLAT, ANNA, NU),
                ung, BESLUT)).isEqualTo(Aterkallare.DEN_UNGE);
    }

    @Test
    void every_guardian_consented_before_the_decision() {
        assertThatCode(() -> BADA.kravAlla(10, BESLUT, null)).doesNotThrowAnyException();
        assertViolates(() -> BADA.efter(vagran(VH2, SAMTYCKT)).kravAlla(10, BESLUT, null), "samtycke",
                "SAMTYCKE_VARDNADSHAVARE_SAKNAS");
        assertViolates(() -> BADA.kravAlla(10, SAMTYCKT.minusDays(1), null), "samtycke", "SAMTYCKE_VARDNADSHAVARE_SAKNAS");
    }

    @Test
    void after_a_withdrawal_every_guardian_consented_anew() {
        assertViolates(() -> BADA.kravAlla(10, ATERKALLAT, ATERKALLAT), "samtycke", "SAMTYCKE_VARDNADSHAVARE_SAKNAS");
        Samtycken pany = BADA.efter(samtycke(VH1, ATERKALLAT)).efter(samtycke(VH2, ATERKALLAT));
        assertThatCode(() -> pany.kravAlla(10, ATERKALLAT, ATERKALLAT)).doesNotThrowAnyException();
    }

    @Test
    void the_child_of_15_consents_herself() {
        assertViolates(() -> BADA.kravAlla(15, BESLUT, null), "samtycke", "SAMTYCKE_BARNET_SAKNAS");
        assertThatCode(() -> BADA.efter(barnetSamtycker(SAMTYCKT)).kravAlla(15, BESLUT, null)).doesNotThrowAnyException();
    }
}
