package se.barnunga.deadline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.barnunga.deadline.domain.BevakningFixtures.dag;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.barnunga.platform.time.Arbetskalender;

/**
 * The due computations of the rule catalogue ({@link Frist}): calendar months as lag (1930:173) 2 § counts them, weeks,
 * days, Swedish working days over Easter, midsummer, Christmas and New Year, dates carried by the start event, and
 * the quarter after.
 */
class FristTest {

    private static final Arbetskalender KALENDER = Arbetskalender.sverige();

    private static LocalDate forfaller(Frist frist, String fran) {
        return frist.forfallodatum(dag(fran), null, KALENDER);
    }

    @Nested
    class Kalendermanader {

        @ParameterizedTest(name = "{0} + {1} months = {2}")
        @CsvSource({
                // the day with the same number in the last month
                "2026-10-15, 3, 2027-01-15",
                "2027-01-10, 3, 2027-04-10",
                // no such day: the last day of that month (a decision on 30 November is carried out by 28 February)
                "2026-11-30, 3, 2027-02-28",
                "2026-11-29, 3, 2027-02-28",
                "2026-12-01, 3, 2027-03-01",
                // leap year: 29 February
                "2027-11-30, 3, 2028-02-29",
                "2027-11-29, 3, 2028-02-29",
                "2023-11-30, 3, 2024-02-29",
                // 31 August: 30 November
                "2026-08-31, 3, 2026-11-30",
                "2027-03-31, 3, 2027-06-30",
                // 31 January + 1: the end of February
                "2027-01-31, 1, 2027-02-28",
                "2028-01-31, 1, 2028-02-29",
                // over the new year
                "2026-10-31, 3, 2027-01-31",
                "2026-12-31, 3, 2027-03-31",
        })
        void counts_calendar_months_as_the_law_does(String fran, int antal, String vantat) {
            assertThat(forfaller(Frist.kalendermanader(antal), fran)).isEqualTo(dag(vantat));
        }

        @Test
        void a_due_date_on_a_weekend_or_holiday_is_not_moved() {
            // the duty to carry out and to report is the municipality's own: no extension to the next working day
            assertThat(forfaller(Frist.kalendermanader(3), "2026-09-26")).isEqualTo(dag("2026-12-26"));
            assertThat(dag("2026-12-26").getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
            assertThat(forfaller(Frist.kalendermanader(3), "2026-09-24")).isEqualTo(dag("2026-12-24"));
        }
    }

    @Test
    void weeks_and_days_are_calendar_days() {
        assertThat(forfaller(Frist.veckor(8), "2026-12-07")).isEqualTo(dag("2027-02-01"));
        assertThat(forfaller(Frist.veckor(1), "2027-03-02")).isEqualTo(dag("2027-03-09"));
        // over a leap day
        assertThat(forfaller(Frist.veckor(1), "2028-02-25")).isEqualTo(dag("2028-03-03"));
        assertThat(forfaller(Frist.dagar(14), "2026-11-30")).isEqualTo(dag("2026-12-14"));
        assertThat(forfaller(Frist.dagar(14), "2026-12-24")).isEqualTo(dag("2027-01-07"));
        assertThat(forfaller(Frist.sammaDag(), "2027-03-02")).isEqualTo(dag("2027-03-02"));
    }

    @Nested
    class Arbetsdagar {

        @ParameterizedTest(name = "{0} ({2}) + 1 working day = {1}")
        @CsvSource({
                "2027-03-02, 2027-03-03, an ordinary Tuesday",
                "2027-03-05, 2027-03-08, Friday: over the weekend",
                "2027-03-06, 2027-03-08, Saturday",
                // Easter 2026: Good Friday 3 April and Easter Monday 6 April
                "2026-04-02, 2026-04-07, Maundy Thursday 2026",
                // Easter 2027 is early: Good Friday 26 March and Easter Monday 29 March
                "2027-03-25, 2027-03-30, Maundy Thursday 2027",
                "2027-04-01, 2027-04-02, Thursday 1 April 2027 (after Easter)",
                // midsummer 2027: midsommarafton Friday 25 June is not a working day
                "2027-06-24, 2027-06-28, the day before midsommarafton 2027",
                "2027-06-23, 2027-06-24, Wednesday before midsummer",
                // midsummer 2026: midsommarafton Friday 19 June
                "2026-06-18, 2026-06-22, the day before midsommarafton 2026",
                // Christmas and New Year
                "2026-12-23, 2026-12-28, the day before julafton 2026",
                "2026-12-30, 2027-01-04, the day before nyårsafton 2026",
                "2027-12-23, 2027-12-27, the day before julafton 2027",
                "2027-12-30, 2028-01-03, the day before nyårsafton 2027",
                // Epiphany, 1 May, Ascension, National Day
                "2027-01-05, 2027-01-07, trettondagsafton 2027",
                "2027-04-30, 2027-05-03, Valborg 2027: 1 May is a Saturday",
                "2026-04-30, 2026-05-04, Valborg 2026: 1 May is a Friday",
                "2027-05-05, 2027-05-07, the day before Ascension 2027",
                "2026-06-05, 2026-06-08, the day before the National Day 2026 (a Saturday)",
        })
        void skip_weekends_public_holidays_and_holiday_eves(String fran, String vantat, String vad) {
            assertThat(forfaller(Frist.arbetsdagar(1), fran)).isEqualTo(dag(vantat));
            assertThat(KALENDER.arArbetsdag(dag(vantat))).isTrue();
        }

        @Test
        void the_holidays_of_the_calendar_are_the_ones_assumed() {
            assertThat(KALENDER.arHelgdag(dag("2026-04-03"))).as("Good Friday 2026").isTrue();
            assertThat(KALENDER.arHelgdag(dag("2026-04-06"))).as("Easter Monday 2026").isTrue();
            assertThat(KALENDER.arHelgdag(dag("2027-03-26"))).as("Good Friday 2027").isTrue();
            assertThat(KALENDER.arHelgdag(dag("2027-03-29"))).as("Easter Monday 2027").isTrue();
            assertThat(KALENDER.arHelgdag(dag("2027-06-25"))).as("midsommarafton 2027").isTrue();
            assertThat(KALENDER.arHelgdag(dag("2027-12-24"))).as("julafton 2027").isTrue();
            assertThat(KALENDER.arHelgdag(dag("2027-12-31"))).as("nyårsafton 2027").isTrue();
            assertThat(KALENDER.arArbetsdag(dag("2027-04-01"))).as("Thursday 1 April 2027").isTrue();
        }

        @Test
        void several_working_days_and_none() {
            // Maundy Thursday 2026 + 3: Tue 7, Wed 8, Thu 9 April
            assertThat(forfaller(Frist.arbetsdagar(3), "2026-04-02")).isEqualTo(dag("2026-04-09"));
            assertThat(forfaller(Frist.arbetsdagar(0), "2027-06-25")).isEqualTo(dag("2027-06-25"));
            assertThatThrownBy(() -> KALENDER.plusArbetsdagar(dag("2027-03-02"), -1)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void a_date_in_the_start_event_is_the_due_date() {
        Frist frist = Frist.datumIHandelsen("periodTom");
        assertThat(frist.forfallodatum(dag("2026-11-30"), dag("2027-05-31"), KALENDER)).isEqualTo(dag("2027-05-31"));
        assertThat(frist.forfallodatum(dag("2026-11-30"), null, KALENDER)).isNull();
    }

    @ParameterizedTest(name = "started {0}: due {1}")
    @CsvSource({
            "2027-01-01, 2027-06-30",
            "2027-03-31, 2027-06-30",
            "2027-04-12, 2027-09-30",
            "2027-09-01, 2027-12-31",
            "2027-12-31, 2028-03-31",
    })
    void the_quarter_after_ends_on_its_last_day(String fran, String vantat) {
        assertThat(forfaller(Frist.kvartaletEfter(), fran)).isEqualTo(dag(vantat));
    }

    @Test
    void every_kind_is_described() {
        assertThat(Frist.kalendermanader(3).beskrivning()).contains("3 kalendermånader", "1930:173");
        assertThat(Frist.arbetsdagar(1).beskrivning()).isEqualTo("1 arbetsdag (helgdagar och helgaftnar räknas inte)");
        assertThat(Frist.arbetsdagar(2).beskrivning()).startsWith("2 arbetsdagar");
        for (Fristtyp typ : Fristtyp.values()) {
            assertThat(new Frist(typ, 1, "periodTom").beskrivning()).isNotBlank();
        }
    }
}
