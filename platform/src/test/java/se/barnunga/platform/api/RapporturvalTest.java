package se.barnunga.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.NotPermitted;
import se.barnunga.platform.domain.Roll;
import se.barnunga.platform.domain.RuleViolation;
import se.barnunga.platform.time.ClockProducer;

class RapporturvalTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ClockProducer.ZONE);
    private static final Actor CHEF = Actor.of("chef", "enhet-a", Roll.ENHETSCHEF);
    private static final Actor RAPPORTOR = Actor.of("rapportor", "kansliet", Roll.RAPPORTOR);
    private static final String ANNAN_ENHET = "Enhetschefen ser sin egen enhet.";

    @Test
    void the_enhetschef_sees_their_own_unit_whether_or_not_they_name_it() {
        assertThat(Rapporturval.av(CHEF, null, null, null, CLOCK, ANNAN_ENHET).enhet()).isEqualTo("enhet-a");
        assertThat(Rapporturval.av(CHEF, "enhet-a", null, null, CLOCK, ANNAN_ENHET).enhet()).isEqualTo("enhet-a");
    }

    @Test
    void the_enhetschef_asking_for_another_unit_is_not_permitted_with_the_given_detail() {
        assertThatThrownBy(() -> Rapporturval.av(CHEF, "enhet-b", null, null, CLOCK, ANNAN_ENHET))
                .isInstanceOf(NotPermitted.class).hasMessage(ANNAN_ENHET);
        assertThatThrownBy(() -> Rapporturval.enhet(CHEF, "enhet-b", ANNAN_ENHET)).isInstanceOf(NotPermitted.class);
    }

    @Test
    void the_rapportor_sees_every_unit_or_the_one_named() {
        assertThat(Rapporturval.av(RAPPORTOR, null, null, null, CLOCK, ANNAN_ENHET).enhet()).isNull();
        assertThat(Rapporturval.av(RAPPORTOR, "enhet-b", null, null, CLOCK, ANNAN_ENHET).enhet()).isEqualTo("enhet-b");
        assertThat(Rapporturval.enhet(RAPPORTOR, null, ANNAN_ENHET)).isNull();
    }

    @Test
    void the_default_period_is_the_current_year_up_to_and_including_today() {
        Rapporturval urval = Rapporturval.av(CHEF, null, null, null, CLOCK, ANNAN_ENHET);
        assertThat(urval.fran()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(urval.till()).isEqualTo(LocalDate.of(2026, 6, 15));
        Rapporturval given = Rapporturval.av(CHEF, null, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31), CLOCK, ANNAN_ENHET);
        assertThat(given).isEqualTo(new Rapporturval("enhet-a", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)));
    }

    @Test
    void an_end_before_the_start_breaks_period_ogiltig_on_till() {
        assertThatThrownBy(() -> Rapporturval.av(CHEF, null, LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1), CLOCK, ANNAN_ENHET))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("till");
                    assertThat(e.rule()).isEqualTo("PERIOD_OGILTIG");
                });
        // a given start after today's default end is also a period that ends before it starts
        assertThatThrownBy(() -> Rapporturval.av(CHEF, null, LocalDate.of(2026, 7, 1), null, CLOCK, ANNAN_ENHET))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> Rapporturval.kontrolleraPeriod(LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("PERIOD_OGILTIG"));
    }

    @Test
    void an_absurd_date_breaks_datum_orimligt_before_the_order_is_checked() {
        assertThatThrownBy(() -> Rapporturval.av(CHEF, null, LocalDate.of(1800, 1, 1), null, CLOCK, ANNAN_ENHET))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("fran");
                    assertThat(e.rule()).isEqualTo("DATUM_ORIMLIGT");
                });
        assertThatThrownBy(() -> Rapporturval.kontrolleraPeriod(null, LocalDate.of(3000, 1, 1)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("till"));
    }

    @Test
    void an_open_period_passes_the_check() {
        Rapporturval.kontrolleraPeriod(null, null);
        Rapporturval.kontrolleraPeriod(LocalDate.of(2026, 1, 1), null);
        Rapporturval.kontrolleraPeriod(null, LocalDate.of(2026, 1, 1));
        Rapporturval.kontrolleraPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1));
    }
}
