package se.barnunga.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import se.barnunga.platform.identity.Personnummer.InvalidPersonnummerException;
import se.barnunga.platform.identity.Personnummer.InvalidPersonnummerException.Reason;
import se.barnunga.platform.identity.Personnummer.Kon;
import se.barnunga.platform.time.ClockProducer;

/**
 * {@link Personnummer}: known numbers, the accepted written forms, and the format's rules.
 */
class PersonnummerFormatTest extends PersonnummerTestBase {

    @Test
    void luhnHelperAgreesWithPublishedExamples() {
        assertThat(withCheck("121212121")).isEqualTo("1212121212");
        assertThat(withCheck("811228987")).isEqualTo("8112289874");
        assertThat(withCheck("701063239")).isEqualTo("7010632391");
    }

    // ------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("known numbers")
    class KnownNumbers {

        @ParameterizedTest
        @CsvSource({
            // input,          normalized,     birth date, samordningsnummer
            "19121212-1212,    191212121212,   1912-12-12, false",
            "191212121212,     191212121212,   1912-12-12, false",
            "121212+1212,      191212121212,   1912-12-12, false",
            "121212-1212,      201212121212,   2012-12-12, false",
            "811228-9874,      198112289874,   1981-12-28, false",
            "8112289874,       198112289874,   1981-12-28, false",
            "19811228-9874,    198112289874,   1981-12-28, false",
            "811228+9874,      188112289874,   1881-12-28, false",
            "701063-2391,      197010632391,   1970-10-03, true",
            "19701063-2391,    197010632391,   1970-10-03, true",
        })
        void knownValid(String input, String normalized, LocalDate birthDate, boolean samordning) {
            Personnummer p = parse(input);
            assertThat(p.normalized()).isEqualTo(normalized);
            assertThat(p.birthDate()).isEqualTo(birthDate);
            assertThat(p.isSamordningsnummer()).isEqualTo(samordning);
            assertThat(Personnummer.isValid(input, TODAY)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "19121212-1213", "191212121211", "121212-1210", "121212+1219",
            "811228-9875", "8112289873", "19811228-9870",
            "701063-2392", "197010632390",
        })
        void knownInvalidChecksum(String input) {
            assertThat(reasonFor(input)).isEqualTo(Reason.CHECKSUM);
            assertThat(Personnummer.isValid(input, TODAY)).isFalse();
        }

        @Test
        void accessorsOfClassicTestNumber() {
            Personnummer p = parse("19121212-1212");
            assertThat(p.normalized()).isEqualTo("191212121212");
            assertThat(p.formatted()).isEqualTo("19121212-1212");
            assertThat(p.birthDate()).isEqualTo(LocalDate.of(1912, 12, 12));
            assertThat(p.birthYear()).isEqualTo(1912);
            assertThat(p.isSamordningsnummer()).isFalse();
            assertThat(p.sex()).isEqualTo(Kon.MAN);
            assertThat(p.ageOn(TODAY)).isEqualTo(113);
        }
    }

    // ------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("accepted forms")
    class AcceptedForms {

        @ParameterizedTest
        @ValueSource(strings = {"198112289874", "19811228-9874", "8112289874", "811228-9874"})
        void allFormsOfTheSameNumberAreEqual(String input) {
            Personnummer p = parse(input);
            Personnummer reference = parse("198112289874");
            assertThat(p).isEqualTo(reference).hasSameHashCodeAs(reference);
            assertThat(p.normalized()).isEqualTo("198112289874");
            assertThat(p.formatted()).isEqualTo("19811228-9874");
        }

        @Test
        void plusFormOfCentenarianEqualsTwelveDigitForms() {
            Personnummer plus = parse("121212+1212");
            assertThat(plus).isEqualTo(parse("191212121212")).isEqualTo(parse("19121212-1212"));
            assertThat(plus.hashCode()).isEqualTo(parse("191212121212").hashCode());
        }

        /**
         * Every date from 1900-01-01 to TODAY, with varying birth numbers, round-trips through all
         * accepted forms (the 10-digit forms with the separator appropriate for the age on TODAY).
         */
        @Test
        void everyDateRoundTripsThroughAllForms() {
            int checked = 0;
            for (LocalDate d = LocalDate.of(1900, 1, 1); !d.isAfter(TODAY); d = d.plusDays(1)) {
                String yyyymmdd = String.format("%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
                String nnn = String.format("%03d", Math.floorMod(d.toEpochDay() * 7, 1000));
                String digits12 = twelve(yyyymmdd, nnn);
                boolean centenarian = Period.between(d, TODAY).getYears() >= 100;
                String ten = digits12.substring(2);
                List<String> forms = new ArrayList<>(List.of(digits12, hyphen12(digits12)));
                if (centenarian) {
                    forms.add(ten.substring(0, 6) + "+" + ten.substring(6));
                } else {
                    forms.add(ten);
                    forms.add(ten.substring(0, 6) + "-" + ten.substring(6));
                }
                Personnummer expected = parse(digits12);
                assertThat(expected.birthDate()).isEqualTo(d);
                assertThat(expected.normalized()).isEqualTo(digits12);
                assertThat(expected.isSamordningsnummer()).isFalse();
                for (String form : forms) {
                    Personnummer p = parse(form);
                    assertThat(p).as(form).isEqualTo(expected);
                    assertThat(p.hashCode()).isEqualTo(expected.hashCode());
                    assertThat(p.birthDate()).isEqualTo(d);
                    checked++;
                }
            }
            assertThat(checked).isGreaterThan(100_000);
        }

        @Test
        void everyCoordinationDateOfALeapYearParses() {
            for (LocalDate d = LocalDate.of(2000, 1, 1); d.getYear() == 2000; d = d.plusDays(1)) {
                String yyyymmdd = String.format("2000%02d%02d", d.getMonthValue(), d.getDayOfMonth() + 60);
                Personnummer p = parse(twelve(yyyymmdd, "238"));
                assertThat(p.isSamordningsnummer()).isTrue();
                assertThat(p.birthDate()).isEqualTo(d);
                assertThat(p.normalized()).startsWith(yyyymmdd);
                Personnummer tenDigit = parse(ten(yyyymmdd.substring(2), "-", "238"));
                assertThat(tenDigit).isEqualTo(p);
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {
            " 811228-9874", "811228-9874 ", "  8112289874  ", "\t198112289874\n", "\r\n19811228-9874\t",
            "\u2003811228-9874\u2003", // em space is Unicode whitespace
        })
        void surroundingWhitespaceIsTrimmed(String input) {
            assertThat(parse(input).normalized()).isEqualTo("198112289874");
        }

        @Test
        void parseWithClockUsesTheClocksDateInItsZone() {
            ZoneId stockholm = ClockProducer.ZONE;
            // 2026-11-22T23:30Z is already 2026-11-23 in Stockholm (UTC+1).
            Clock clock = Clock.fixed(Instant.parse("2026-11-22T23:30:00Z"), stockholm);
            String bornToday = ten("261123", "-", "123");
            assertThat(Personnummer.parse(bornToday, clock).birthDate()).isEqualTo(LocalDate.of(2026, 11, 23));

            Clock utc = Clock.fixed(Instant.parse("2026-11-22T23:30:00Z"), ZoneId.of("UTC"));
            assertThat(Personnummer.parse(bornToday, utc).birthDate()).isEqualTo(LocalDate.of(1926, 11, 23));
            assertThat(rejected(twelve("20261123", "123"), LocalDate.now(utc)).reason())
                    .isEqualTo(Reason.FUTURE_DATE);
            assertThatThrownBy(() -> Personnummer.parse(twelve("20261123", "123"), utc))
                    .isInstanceOf(InvalidPersonnummerException.class);
        }
    }

    // ------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("format")
    class Format {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {
            " ", "   ", "\t\n",
            // letters / other characters
            "abcdefghijkl", "19121212-121A", "1912121212l2", "X811228-9874", "811228-987x",
            "811228_9874", "811228/9874", "811228.9874", "811228:9874", "811228 9874",
            "811228\u20139874", // en dash
            "811228\u22129874", // minus sign
            "19811228 9874", "1981 1228-9874", "19811228\t9874", "8112 289874",
            // separator at the wrong position or doubled
            "8112-289874", "81122-89874", "8112289-874", "1981122-89874", "198112289-874",
            "19811228--9874", "811228--9874", "-8112289874", "8112289874-", "+811228-9874",
            "1981-12-28-9874", "81-12-28-9874",
            // '+' not allowed in the 12-digit form
            "19121212+1212", "19811228+9874",
            // wrong lengths
            "1", "811228987", "81122898741", "1981122898741", "19811228987", "19811228-987",
            "811228-98741", "811228-987", "19811228-98741", "1198112289874", "00198112289874",
            // non-ASCII digits
            "\uFF18\uFF11\uFF11\uFF12\uFF12\uFF18\uFF19\uFF18\uFF17\uFF14", // full-width 8112289874
            "\u0668\u0661\u0661\u0662\u0662\u0668\u0669\u0668\u0667\u0664", // Arabic-Indic 8112289874
            "811228-\u0669874",
            // non-breaking space is not whitespace for String#strip
            "\u00A0811228-9874",
            // signs / numeric notations
            "+8112289874", "-811228987", "8.11228987e9", "0x811228987",
        })
        void garbageIsRejectedWithFormat(String input) {
            assertThat(reasonFor(input)).isEqualTo(Reason.FORMAT);
            assertThat(Personnummer.isValid(input, TODAY)).isFalse();
        }

        @Test
        void twelveDigitPlusIsRejectedEvenForCentenarians() {
            String digits = twelve("19121212", "121");
            assertThat(parse(digits).ageOn(TODAY)).isGreaterThanOrEqualTo(100);
            assertThat(reasonFor(digits.substring(0, 8) + "+" + digits.substring(8))).isEqualTo(Reason.FORMAT);
        }

        @Test
        void nullTodayIsRejected() {
            assertThatNullPointerException().isThrownBy(() -> Personnummer.parse("811228-9874", (LocalDate) null));
            assertThatNullPointerException().isThrownBy(() -> Personnummer.parse("811228-9874", (Clock) null));
            assertThatNullPointerException().isThrownBy(() -> Personnummer.isValid("811228-9874", null));
        }

        @Test
        void formatIsCheckedBeforeEverythingElse() {
            // invalid date and checksum, but the format error wins
            assertThat(reasonFor("19811399+9870")).isEqualTo(Reason.FORMAT);
            assertThat(reasonFor("811399 9870")).isEqualTo(Reason.FORMAT);
        }
    }
}
