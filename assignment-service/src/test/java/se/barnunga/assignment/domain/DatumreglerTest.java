package se.barnunga.assignment.domain;

import static se.barnunga.platform.domain.testsupport.RuleAssertions.assertViolates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static se.barnunga.assignment.domain.UppdragFixtures.IDAG;
import static se.barnunga.assignment.domain.UppdragFixtures.NU;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** {@link Datumregler}: business dates, and dates of what has happened. */
class DatumreglerTest {

    @Test
    void the_business_date_is_the_swedish_date_of_the_instant() {
        assertThat(Datumregler.datum(NU)).isEqualTo(IDAG);
    }

    @Test
    void a_date_up_to_today_is_accepted() {
        assertThatCode(() -> Datumregler.inteIFramtiden("datum", IDAG, NU)).doesNotThrowAnyException();
    }

    @Test
    void a_missing_date_is_refused() {
        assertViolates(() -> Datumregler.inteIFramtiden("datum", null, NU), "datum", "DATUM_KRAVS");
    }

    @Test
    void a_date_in_the_future_is_refused() {
        assertViolates(() -> Datumregler.inteIFramtiden("datum", IDAG.plusDays(1), NU), "datum", "DATUM_I_FRAMTIDEN");
    }

    @Test
    void an_unreasonable_date_is_refused() {
        assertViolates(() -> Datumregler.inteIFramtiden("datum", LocalDate.of(1899, 12, 31), NU), "datum", "DATUM_ORIMLIGT");
    }
}
