package se.barnunga.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

class ArbetskalenderTest {

    private final Arbetskalender kalender = Arbetskalender.sverige();
    private final Kontorstider kontorstider = Kontorstider.of(LocalTime.of(8, 0), LocalTime.of(17, 0));

    private boolean oppet(String lokalTid) {
        return kontorstider.arKontorstid(LocalDateTime.parse(lokalTid).atZone(ClockProducer.ZONE).toInstant());
    }

    @Test
    void public_holidays_and_eves_are_not_working_days() {
        assertThat(kalender.arArbetsdag(LocalDate.of(2026, 6, 19))).as("midsommarafton 2026").isFalse();
        assertThat(kalender.arArbetsdag(LocalDate.of(2026, 6, 18))).as("the day before midsommarafton").isTrue();
        assertThat(kalender.arArbetsdag(LocalDate.of(2026, 4, 3))).as("långfredag 2026").isFalse();
        assertThat(kalender.arArbetsdag(LocalDate.of(2026, 4, 6))).as("annandag påsk 2026").isFalse();
        assertThat(kalender.arArbetsdag(LocalDate.of(2026, 5, 14))).as("Kristi himmelsfärd 2026").isFalse();
        assertThat(kalender.arArbetsdag(LocalDate.of(2026, 12, 24))).as("julafton").isFalse();
        assertThat(kalender.arArbetsdag(LocalDate.of(2026, 12, 31))).as("nyårsafton").isFalse();
        assertThat(kalender.arArbetsdag(LocalDate.of(2026, 1, 6))).as("trettondedag jul").isFalse();
        assertThat(kalender.arArbetsdag(LocalDate.of(2026, 6, 6))).as("nationaldagen (a Saturday)").isFalse();
        assertThat(kalender.arArbetsdag(LocalDate.of(2026, 11, 21))).as("a Saturday").isFalse();
        assertThat(kalender.arArbetsdag(LocalDate.of(2026, 11, 23))).as("a Monday").isTrue();
    }

    @Test
    void next_working_day_skips_weekends_and_holidays() {
        assertThat(kalender.nastaArbetsdag(LocalDate.of(2026, 11, 20))).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(kalender.nastaArbetsdag(LocalDate.of(2026, 4, 2))).as("skärtorsdag → tisdag efter påsk")
                .isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(kalender.nastaArbetsdag(LocalDate.of(2026, 6, 18))).as("before midsommar").isEqualTo(LocalDate.of(2026, 6, 22));
        assertThat(kalender.plusArbetsdagar(LocalDate.of(2026, 12, 23), 2)).isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(kalender.plusArbetsdagar(LocalDate.of(2026, 12, 23), 0)).isEqualTo(LocalDate.of(2026, 12, 23));
    }

    @Test
    void office_hours_start_inclusive_and_end_exclusive_on_working_days_only() {
        assertThat(oppet("2026-11-23T16:59")).isTrue();
        assertThat(oppet("2026-11-23T17:00")).isFalse();
        assertThat(oppet("2026-11-23T17:01")).isFalse();
        assertThat(oppet("2026-11-23T08:00")).isTrue();
        assertThat(oppet("2026-11-23T07:59")).isFalse();
        assertThat(oppet("2026-11-21T10:00")).as("Saturday").isFalse();
        assertThat(oppet("2026-06-19T10:00")).as("midsommarafton").isFalse();
        assertThat(oppet("2026-05-01T10:00")).as("första maj").isFalse();
        assertThat(oppet("2026-03-30T10:00")).as("the Monday after the change to summer time").isTrue();
    }
}
