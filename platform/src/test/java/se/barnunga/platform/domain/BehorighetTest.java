package se.barnunga.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BehorighetTest {

    static final Actor ANNA = Actor.of("anna", "MYN1", Roll.SOCIALSEKRETERARE);
    static final Actor ANNA_PA_ANNAN_ENHET = Actor.of("anna2", "MYN2", Roll.SOCIALSEKRETERARE);
    static final Actor MATS = Actor.of("mats", "UTF1", Roll.METODHANDLEDARE);
    static final Actor CHEF = Actor.of("chef", "UTF1", Roll.ENHETSCHEF);
    static final Actor ULLA = Actor.of("ulla", "UTF1", Roll.UTFORARE);
    static final Actor OLLE = Actor.of("olle", "UTF1", Roll.UTFORARE);
    static final Actor ULLA_PA_ANNAN_ENHET = Actor.of("ulla", "UTF2", Roll.UTFORARE);

    final Behorighet utsedd = new Behorighet("MYN1", "UTF1", "ulla");
    final Behorighet ingenUtsedd = new Behorighet("MYN1", "UTF1", null);

    @Nested
    class Socialsekreterare {
        @Test
        void the_social_secretary_of_the_owning_unit_may() {
            assertThat(utsedd.socialsekreterare(ANNA, "Steget")).isEqualTo(Roll.SOCIALSEKRETERARE);
        }

        @Test
        void a_social_secretary_of_another_unit_or_another_role_may_not() {
            assertThatThrownBy(() -> utsedd.socialsekreterare(ANNA_PA_ANNAN_ENHET, "Steget"))
                    .isInstanceOf(NotPermitted.class).hasMessageContaining("den enhet som äger ärendet");
            assertThatThrownBy(() -> utsedd.socialsekreterare(MATS, "Steget")).isInstanceOf(NotPermitted.class)
                    .hasMessageContaining("socialsekreterare");
        }
    }

    @Nested
    class Metodhandledare {
        @Test
        void the_metodhandledare_or_in_her_stead_the_enhetschef_of_the_performing_unit_may() {
            assertThat(utsedd.metodhandledare(MATS, "Steget")).isEqualTo(Roll.METODHANDLEDARE);
            assertThat(utsedd.metodhandledare(CHEF, "Steget")).isEqualTo(Roll.ENHETSCHEF);
        }

        @Test
        void another_unit_or_a_performer_may_not() {
            assertThatThrownBy(() -> new Behorighet("MYN1", "UTF2", null).metodhandledare(MATS, "Steget"))
                    .isInstanceOf(NotPermitted.class).hasMessageContaining("tillfrågade utförarenheten");
            assertThatThrownBy(() -> utsedd.metodhandledare(ULLA, "Steget")).isInstanceOf(NotPermitted.class);
        }
    }

    @Nested
    class AnsvarigUtforare {
        @Test
        void only_the_appointed_performer_of_the_performing_unit_may() {
            assertThat(utsedd.ansvarigUtforare(ULLA, "Steget")).isEqualTo(Roll.UTFORARE);
            assertThatThrownBy(() -> utsedd.ansvarigUtforare(OLLE, "Steget")).isInstanceOf(NotPermitted.class)
                    .hasMessageContaining("ansvariga utförare");
            assertThatThrownBy(() -> utsedd.ansvarigUtforare(ULLA_PA_ANNAN_ENHET, "Steget"))
                    .isInstanceOf(NotPermitted.class);
        }

        @Test
        void before_an_appointment_a_performer_of_the_unit_meets_a_state_conflict() {
            assertThatThrownBy(() -> ingenUtsedd.ansvarigUtforare(ULLA, "Steget")).isInstanceOf(StateConflict.class)
                    .extracting(t -> ((StateConflict) t).rule()).isEqualTo(Behorighet.ANSVARIG_UTFORARE_SAKNAS);
        }

        @Test
        void the_performing_unit_is_its_metodhandledare_its_enhetschef_or_the_appointed_performer() {
            assertThat(utsedd.utforarenheten(MATS, "Steget")).isEqualTo(Roll.METODHANDLEDARE);
            assertThat(utsedd.utforarenheten(CHEF, "Steget")).isEqualTo(Roll.ENHETSCHEF);
            assertThat(utsedd.utforarenheten(ULLA, "Steget")).isEqualTo(Roll.UTFORARE);
            assertThatThrownBy(() -> utsedd.utforarenheten(ANNA, "Steget")).isInstanceOf(NotPermitted.class);
        }

        @Test
        void the_social_secretary_or_the_appointed_performer_may_record_a_shared_step() {
            assertThat(utsedd.socialsekreterareEllerAnsvarigUtforare(ANNA, "Steget")).isEqualTo(Roll.SOCIALSEKRETERARE);
            assertThat(utsedd.socialsekreterareEllerAnsvarigUtforare(ULLA, "Steget")).isEqualTo(Roll.UTFORARE);
            assertThatThrownBy(() -> utsedd.socialsekreterareEllerAnsvarigUtforare(MATS, "Steget"))
                    .isInstanceOf(NotPermitted.class).hasMessageContaining("socialsekreterare eller ansvarig utförare");
            assertThatThrownBy(() -> utsedd.socialsekreterareEllerAnsvarigUtforare(ANNA_PA_ANNAN_ENHET, "Steget"))
                    .isInstanceOf(NotPermitted.class);
        }
    }

    @Nested
    class GuardsAreOneLine {
        @Test
        void each_guard_throws_its_kind_only_when_the_condition_fails() {
            Guards.rule(true, "f", "R", "m");
            Guards.state(true, "S", "m");
            Guards.permitted(true, "m");
            assertThatThrownBy(() -> Guards.rule(false, "lagrum", "LAGRUM_KRAVS", "m")).isInstanceOf(RuleViolation.class)
                    .extracting(t -> ((RuleViolation) t).field() + "/" + ((RuleViolation) t).rule())
                    .isEqualTo("lagrum/LAGRUM_KRAVS");
            assertThatThrownBy(() -> Guards.state(false, "S", "m")).isInstanceOf(StateConflict.class);
            assertThatThrownBy(() -> Guards.permitted(false, "m")).isInstanceOf(NotPermitted.class);
            assertThat(Guards.blank(" ")).isTrue();
            assertThat(Guards.blank(null)).isTrue();
            assertThat(Guards.blank("x")).isFalse();
        }
    }
}
