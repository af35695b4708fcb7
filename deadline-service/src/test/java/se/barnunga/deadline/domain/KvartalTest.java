package se.barnunga.deadline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.barnunga.deadline.domain.BevakningFixtures.dag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Calendar quarters, as IVO reports them: {@code 2027-Q1}. */
class KvartalTest {

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({
            "2027-01-01, 2027-Q1",
            "2027-03-31, 2027-Q1",
            "2027-04-01, 2027-Q2",
            "2027-06-30, 2027-Q2",
            "2027-07-01, 2027-Q3",
            "2027-09-30, 2027-Q3",
            "2027-10-01, 2027-Q4",
            "2027-12-31, 2027-Q4",
            "2028-02-29, 2028-Q1",
    })
    void the_quarter_of_a_date(String dag, String kvartal) {
        assertThat(Kvartal.av(dag(dag))).hasToString(kvartal);
    }

    @Test
    void first_and_last_day() {
        assertThat(new Kvartal(2027, 1).forsta()).isEqualTo(dag("2027-01-01"));
        assertThat(new Kvartal(2027, 1).sista()).isEqualTo(dag("2027-03-31"));
        assertThat(new Kvartal(2028, 1).sista()).isEqualTo(dag("2028-03-31"));
        assertThat(new Kvartal(2027, 2).forsta()).isEqualTo(dag("2027-04-01"));
        assertThat(new Kvartal(2027, 2).sista()).isEqualTo(dag("2027-06-30"));
        assertThat(new Kvartal(2027, 3).sista()).isEqualTo(dag("2027-09-30"));
        assertThat(new Kvartal(2027, 4).forsta()).isEqualTo(dag("2027-10-01"));
        assertThat(new Kvartal(2027, 4).sista()).isEqualTo(dag("2027-12-31"));
    }

    @Test
    void next_and_previous_over_the_new_year() {
        assertThat(new Kvartal(2027, 1).nasta()).isEqualTo(new Kvartal(2027, 2));
        assertThat(new Kvartal(2027, 4).nasta()).isEqualTo(new Kvartal(2028, 1));
        assertThat(new Kvartal(2027, 1).foregaende()).isEqualTo(new Kvartal(2026, 4));
        assertThat(new Kvartal(2027, 3).foregaende()).isEqualTo(new Kvartal(2027, 2));
        assertThat(new Kvartal(2027, 4).nasta().foregaende()).isEqualTo(new Kvartal(2027, 4));
        assertThat(new Kvartal(2027, 4).sista().plusDays(1)).isEqualTo(new Kvartal(2027, 4).nasta().forsta());
    }

    @Test
    void covers_its_days_only() {
        Kvartal q1 = new Kvartal(2027, 1);
        assertThat(q1.omfattar(dag("2027-01-01"))).isTrue();
        assertThat(q1.omfattar(dag("2027-03-31"))).isTrue();
        assertThat(q1.omfattar(dag("2026-12-31"))).isFalse();
        assertThat(q1.omfattar(dag("2027-04-01"))).isFalse();
        assertThat(q1.omfattar(null)).isFalse();
    }

    @Test
    void parses_its_own_form() {
        assertThat(Kvartal.tolka("2027-Q1")).contains(new Kvartal(2027, 1));
        assertThat(Kvartal.tolka("2026-Q4")).contains(new Kvartal(2026, 4));
        assertThat(Kvartal.tolka(new Kvartal(2031, 3).toString())).contains(new Kvartal(2031, 3));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"2027-Q5", "2027-Q0", "2027-q1", "2027Q1", "27-Q1", "2027-Q1 ", "2027-Q12", "Q1-2027"})
    void rejects_anything_else(String text) {
        assertThat(Kvartal.tolka(text)).isEmpty();
    }

    @Test
    void a_quarter_number_outside_1_to_4_is_not_a_quarter() {
        assertThatThrownBy(() -> new Kvartal(2027, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Kvartal(2027, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ordered_by_year_then_number() {
        List<Kvartal> kvartal = new ArrayList<>(List.of(new Kvartal(2028, 1), new Kvartal(2027, 4), new Kvartal(2027, 1),
                new Kvartal(2026, 4)));
        Collections.sort(kvartal);
        assertThat(kvartal).extracting(Kvartal::toString).containsExactly("2026-Q4", "2027-Q1", "2027-Q4", "2028-Q1");
        assertThat(new Kvartal(2027, 2).compareTo(new Kvartal(2027, 2))).isZero();
    }
}
