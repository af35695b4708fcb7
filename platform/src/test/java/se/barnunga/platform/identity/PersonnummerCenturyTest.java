package se.barnunga.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.barnunga.platform.identity.Personnummer.InvalidPersonnummerException.Reason;

/**
 * {@link Personnummer}: the century of a ten-digit number, and dates in the future.
 */
class PersonnummerCenturyTest extends PersonnummerTestBase {

    // ------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("century of the 10-digit forms")
    class Century {

        @ParameterizedTest(name = "{0}{1} on 2026-11-23 -> {2}")
        @CsvSource(value = {
            // '+' = has turned 100
            "261123 | + | 1926-11-23", // turns 100 today
            "261124 | + | 1826-11-24", // would be 99 if born 1926
            "261122 | + | 1926-11-22",
            "270101 | + | 1827-01-01",
            "261231 | + | 1826-12-31",
            "251231 | + | 1925-12-31",
            "991231 | + | 1899-12-31",
            "000101 | + | 1900-01-01",
            "260101 | + | 1926-01-01",
            // '-' = under 100
            "261123 | - | 2026-11-23", // born today, age 0
            "261124 | - | 1926-11-24", // age 99
            "261122 | - | 2026-11-22",
            "261231 | - | 1926-12-31",
            "270101 | - | 1927-01-01",
            "251231 | - | 2025-12-31",
            "991231 | - | 1999-12-31",
            "000101 | - | 2000-01-01",
            "260101 | - | 2026-01-01",
            // no separator behaves like '-'
            "261123 |   | 2026-11-23",
            "261124 |   | 1926-11-24",
            "270101 |   | 1927-01-01",
            "000101 |   | 2000-01-01",
        }, delimiter = '|')
        void centuryOnReferenceDate(String yymmdd, String sep, LocalDate expected) {
            String separator = sep == null ? "" : sep;
            Personnummer p = parse(ten(yymmdd, separator, "123"));
            assertThat(p.birthDate()).isEqualTo(expected);
            if (separator.equals("+")) {
                assertThat(p.ageOn(TODAY)).isGreaterThanOrEqualTo(100);
            } else {
                assertThat(p.ageOn(TODAY)).isBetween(0, 99);
            }
            // The resolved date is the latest possible one: one century later the rule is violated.
            if (separator.equals("+")) {
                assertThat(Period.between(expected.plusYears(100), TODAY).getYears()).isLessThan(100);
            } else {
                assertThat(expected.plusYears(100)).isAfter(TODAY);
            }
        }

        @Test
        void dayBeforeHundredthBirthday() {
            LocalDate dayBefore = LocalDate.of(2026, 11, 22);
            assertThat(Personnummer.parse(ten("261123", "-", "123"), dayBefore).birthDate())
                    .isEqualTo(LocalDate.of(1926, 11, 23));
            assertThat(Personnummer.parse(ten("261123", "+", "123"), dayBefore).birthDate())
                    .isEqualTo(LocalDate.of(1826, 11, 23));
            assertThat(Personnummer.parse(ten("261123", "", "123"), dayBefore).birthDate())
                    .isEqualTo(LocalDate.of(1926, 11, 23));
        }

        @Test
        void separatorChangesBetweenDayBeforeAndOnHundredthBirthday() {
            // The same person born 1926-11-23 is written 261123-NNNC until 2026-11-22 and
            // 261123+NNNC from 2026-11-23.
            LocalDate born = LocalDate.of(1926, 11, 23);
            assertThat(Personnummer.parse(ten("261123", "-", "123"), TODAY.minusDays(1)).birthDate()).isEqualTo(born);
            assertThat(Personnummer.parse(ten("261123", "+", "123"), TODAY).birthDate()).isEqualTo(born);
            assertThat(Personnummer.parse(ten("261123", "+", "123"), TODAY))
                    .isEqualTo(Personnummer.parse(ten("261123", "-", "123"), TODAY.minusDays(1)))
                    .isEqualTo(Personnummer.parse(twelve("19261123", "123"), TODAY));
        }

        @Test
        void leapDayAroundHundredthBirthday() {
            String plus = ten("000229", "+", "123");
            String minus = ten("000229", "-", "123");
            LocalDate feb28 = LocalDate.of(2100, 2, 28); // 2100 is not a leap year
            LocalDate mar1 = LocalDate.of(2100, 3, 1);
            // Born 2000-02-29 turns 100 on 2100-03-01 (java.time Period semantics).
            assertThat(Personnummer.parse(minus, feb28).birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
            assertThat(rejected(plus, feb28).reason()).as("would be 1900-02-29").isEqualTo(Reason.DATE);
            assertThat(Personnummer.parse(plus, mar1).birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
            assertThat(Personnummer.parse(plus, mar1).ageOn(mar1)).isEqualTo(100);
            assertThat(rejected(minus, mar1).reason()).as("would be 2100-02-29").isEqualTo(Reason.DATE);
            // In a leap year the 100th birthday is on 29 February itself.
            LocalDate leap = LocalDate.of(2096, 2, 29);
            String plus96 = ten("960229", "+", "123");
            assertThat(Personnummer.parse(plus96, leap).birthDate()).isEqualTo(LocalDate.of(1996, 2, 29));
            assertThat(Personnummer.parse(plus96, leap.minusDays(1)).birthDate()).isEqualTo(LocalDate.of(1896, 2, 29));
        }

        @Test
        void tenDigitFormsNeverResolveToTheFuture() {
            for (int yy = 0; yy < 100; yy++) {
                for (String sep : List.of("", "-", "+")) {
                    String yymmdd = String.format("%02d1124", yy);
                    Personnummer p = Personnummer.parse(ten(yymmdd, sep, "123"), TODAY);
                    assertThat(p.birthDate()).isBeforeOrEqualTo(TODAY);
                    assertThat(p.birthDate()).isAfter(sep.equals("+") ? TODAY.minusYears(200) : TODAY.minusYears(100));
                }
            }
        }

        @Test
        void separatorIsIrrelevantForTwelveDigitForms() {
            // 99 years old, 100 years old and 200 years old with '-' in the 12-digit form
            assertThat(parse(hyphen12(twelve("19261124", "123"))).birthDate()).isEqualTo(LocalDate.of(1926, 11, 24));
            assertThat(parse(hyphen12(twelve("19261123", "123"))).birthDate()).isEqualTo(LocalDate.of(1926, 11, 23));
            assertThat(parse(hyphen12(twelve("18261124", "123"))).birthDate()).isEqualTo(LocalDate.of(1826, 11, 24));
            assertThat(parse(twelve("18261124", "123")).birthDate()).isEqualTo(LocalDate.of(1826, 11, 24));
        }

        @Test
        void centuryFollowsTheReferenceDate() {
            String minus = ten("501010", "-", "123");
            assertThat(Personnummer.parse(minus, LocalDate.of(2049, 1, 1)).birthYear()).isEqualTo(1950);
            assertThat(Personnummer.parse(minus, LocalDate.of(2050, 10, 9)).birthYear()).isEqualTo(1950);
            assertThat(Personnummer.parse(minus, LocalDate.of(2050, 10, 10)).birthYear()).isEqualTo(2050);
            assertThat(Personnummer.parse(minus, LocalDate.of(1999, 12, 31)).birthYear()).isEqualTo(1950);
            String plus = ten("501010", "+", "123");
            assertThat(Personnummer.parse(plus, LocalDate.of(2050, 10, 9)).birthYear()).isEqualTo(1850);
            assertThat(Personnummer.parse(plus, LocalDate.of(2050, 10, 10)).birthYear()).isEqualTo(1950);
        }
    }

    // ------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("future birth date")
    class FutureDate {

        @ParameterizedTest
        @ValueSource(strings = {"20261124", "20261201", "20270101", "20991231", "99991231"})
        void futureBirthDateIsRejected(String yyyymmdd) {
            String digits = twelve(yyyymmdd, "123");
            assertThat(reasonFor(digits)).isEqualTo(Reason.FUTURE_DATE);
            assertThat(reasonFor(hyphen12(digits))).isEqualTo(Reason.FUTURE_DATE);
            assertThat(Personnummer.isValid(digits, TODAY)).isFalse();
        }

        @Test
        void bornTodayIsAccepted() {
            Personnummer p = parse(twelve("20261123", "123"));
            assertThat(p.birthDate()).isEqualTo(TODAY);
            assertThat(p.ageOn(TODAY)).isZero();
        }

        @Test
        void futureIsRelativeToTheGivenDate() {
            String digits = twelve("20261124", "123");
            assertThat(Personnummer.isValid(digits, TODAY)).isFalse();
            assertThat(Personnummer.isValid(digits, TODAY.plusDays(1))).isTrue();
        }

        @Test
        void checksumIsReportedBeforeFutureDate() {
            String digits = twelve("20270101", "123");
            String wrong = digits.substring(0, 11) + ((digits.charAt(11) - '0' + 1) % 10);
            assertThat(reasonFor(wrong)).isEqualTo(Reason.CHECKSUM);
        }
    }
}
