package se.barnunga.assignment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static se.barnunga.assignment.domain.UppdragBuilders.*;
import static se.barnunga.assignment.domain.UppdragFixtures.*;

import org.junit.jupiter.api.Test;

/** {@link Planlage}: the implementation plan's version and the family's objections, as a value. */
class PlanlageTest {

    @Test
    void there_is_no_plan_before_one_is_established() {
        assertThat(Planlage.INGEN.finns()).isFalse();
        assertThat(Planlage.INGEN.harInvandning("inv-1")).isFalse();
    }

    @Test
    void a_plan_and_its_revision_give_the_current_version() {
        Planlage upprattad = Planlage.INGEN.efter(planUpprattad());
        assertThat(upprattad.finns()).isTrue();
        assertThat(upprattad.version()).isEqualTo(1);
        Planlage reviderad = upprattad.efter(planReviderad(2, IDAG));
        assertThat(reviderad.version()).isEqualTo(2);
        assertThat(reviderad.datum()).isEqualTo(IDAG);
    }

    @Test
    void an_objection_is_open_until_it_is_handled() {
        Planlage registrerad = Planlage.INGEN.efter(invandning("inv-1"));
        assertThat(registrerad.harInvandning("inv-1")).isTrue();
        assertThat(registrerad.arOppen("inv-1")).isTrue();
        Planlage hanterad = registrerad.efter(invandningHanterad("inv-1"));
        assertThat(hanterad.harInvandning("inv-1")).isTrue();
        assertThat(hanterad.arOppen("inv-1")).isFalse();
    }

    @Test
    void a_new_enquiry_drops_the_plan_but_keeps_the_objections() {
        Planlage fore = Planlage.INGEN.efter(planUpprattad()).efter(invandning("inv-1"));
        Planlage efter = fore.efterNyForfragan();
        assertThat(efter.finns()).isFalse();
        assertThat(efter.datum()).isNull();
        assertThat(efter.arOppen("inv-1")).isTrue();
    }
}
