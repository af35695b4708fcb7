package se.barnunga.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import se.barnunga.platform.identity.Personnummer.InvalidPersonnummerException;
import se.barnunga.platform.identity.Personnummer.InvalidPersonnummerException.Reason;
import se.barnunga.platform.identity.Personnummer.Kon;
import se.barnunga.platform.time.ClockProducer;

class PersonnummerTest {

    /** Fixed reference date for all tests unless stated otherwise. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    /** 32-byte key 0x00..0x1f. */
    static final byte[] KEY = key(32, 0);

    // ------------------------------------------------------------------------------------------
    // Test helpers (independent of the implementation)
    // ------------------------------------------------------------------------------------------

    /** Luhn check digit over nine digits YYMMDDNNN, weights 2,1,2,... (digit sum of products). */
    static int luhn(String nineDigits) {
        assertThat(nineDigits).hasSize(9).containsOnlyDigits();
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int v = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += v / 10 + v % 10;
        }
        return (10 - sum % 10) % 10;
    }

    /** Appends the correct check digit to nine digits YYMMDDNNN. */
    static String withCheck(String nineDigits) {
        return nineDigits + luhn(nineDigits);
    }

    /** Builds a valid (by checksum) 12-digit number YYYYMMDDNNNC from YYYYMMDD and NNN. */
    static String twelve(String yyyymmdd, String nnn) {
        return yyyymmdd.substring(0, 2) + withCheck(yyyymmdd.substring(2) + nnn);
    }

    /** Builds a valid (by checksum) 10-digit number with separator: YYMMDD{sep}NNNC. */
    static String ten(String yymmdd, String sep, String nnn) {
        String digits = withCheck(yymmdd + nnn);
        return digits.substring(0, 6) + sep + digits.substring(6);
    }

    /** Inserts '-' into a 12-digit number. */
    static String hyphen12(String twelveDigits) {
        return twelveDigits.substring(0, 8) + "-" + twelveDigits.substring(8);
    }

    /** Whether the encoded date (day possibly + 60) is a real date, computed independently. */
    static boolean isRealEncodedDate(int year, int month, int encodedDay) {
        int day = encodedDay > 60 ? encodedDay - 60 : encodedDay;
        if (encodedDay > 31 && encodedDay <= 60) {
            return false;
        }
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    static byte[] key(int length, int start) {
        byte[] k = new byte[length];
        for (int i = 0; i < length; i++) {
            k[i] = (byte) (start + i);
        }
        return k;
    }

    static Personnummer parse(String input) {
        return Personnummer.parse(input, TODAY);
    }

    static InvalidPersonnummerException rejected(String input, LocalDate today) {
        InvalidPersonnummerException e =
                catchThrowableOfType(InvalidPersonnummerException.class, () -> Personnummer.parse(input, today));
        assertThat(e).as("expected rejection").isNotNull();
        return e;
    }

    static Reason reasonFor(String input) {
        return rejected(input, TODAY).reason();
    }

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

    // ------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("checksum")
    class Checksum {

        /** Base number 19811228-9874 (10-digit form 8112289874); every single-digit change. */
        static Stream<Arguments> singleDigitChanges() {
            String base = "8112289874";
            List<Arguments> args = new ArrayList<>();
            for (int pos = 0; pos < 10; pos++) {
                for (char c = '0'; c <= '9'; c++) {
                    if (c != base.charAt(pos)) {
                        String mutated = base.substring(0, pos) + c + base.substring(pos + 1);
                        args.add(Arguments.of(pos, mutated));
                    }
                }
            }
            return args.stream();
        }

        @ParameterizedTest(name = "position {0}")
        @MethodSource("singleDigitChanges")
        void everySingleDigitChangeIsDetected(int position, String mutatedTen) {
            String twelve = "19" + mutatedTen;
            int month = Integer.parseInt(mutatedTen.substring(2, 4));
            int encodedDay = Integer.parseInt(mutatedTen.substring(4, 6));
            int year = 1900 + Integer.parseInt(mutatedTen.substring(0, 2));
            Reason expected = isRealEncodedDate(year, month, encodedDay) ? Reason.CHECKSUM : Reason.DATE;
            if (position >= 6) {
                assertThat(expected).isEqualTo(Reason.CHECKSUM);
            }
            assertThat(reasonFor(twelve)).isEqualTo(expected);
            assertThat(reasonFor(hyphen12(twelve))).isEqualTo(expected);
        }

        @Test
        void changesThatKeepTheDateValidAreCoveredForEveryDatePosition() {
            Set<Integer> positionsWithChecksumFailure = new HashSet<>();
            singleDigitChanges().forEach(a -> {
                int pos = (int) a.get()[0];
                String m = (String) a.get()[1];
                if (isRealEncodedDate(1900 + Integer.parseInt(m.substring(0, 2)),
                        Integer.parseInt(m.substring(2, 4)), Integer.parseInt(m.substring(4, 6)))) {
                    positionsWithChecksumFailure.add(pos);
                }
            });
            assertThat(positionsWithChecksumFailure).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
        void onlyTheComputedCheckDigitIsAccepted(int checkDigit) {
            String nine = "811228987";
            String candidate = nine + checkDigit;
            boolean valid = Personnummer.isValid(candidate, TODAY);
            assertThat(valid).isEqualTo(checkDigit == 4);
            if (!valid) {
                assertThat(reasonFor(candidate)).isEqualTo(Reason.CHECKSUM);
                assertThat(reasonFor(candidate.substring(0, 6) + "-" + candidate.substring(6)))
                        .isEqualTo(Reason.CHECKSUM);
                assertThat(reasonFor(candidate.substring(0, 6) + "+" + candidate.substring(6)))
                        .isEqualTo(Reason.CHECKSUM);
            }
        }

        @Test
        void adjacentTranspositionIsDetected() {
            // 8112289874 -> swap "98" to "89" in the birth number
            assertThat(reasonFor("811228-8974")).isEqualTo(Reason.CHECKSUM);
        }

        @Test
        void centuryDigitsAreNotCoveredByTheCheckDigit() {
            Personnummer p1912 = parse("19121212-1212");
            Personnummer p2012 = parse("20121212-1212");
            assertThat(p1912.birthYear()).isEqualTo(1912);
            assertThat(p2012.birthYear()).isEqualTo(2012);
            assertThat(p1912).isNotEqualTo(p2012);
        }

        @Test
        void checksumOfSamordningsnummerIsComputedOverTheEncodedDay() {
            // 701063-2391: day 63 = 3 + 60. Using the real day (03) gives another check digit.
            assertThat(parse("701063-2391").isSamordningsnummer()).isTrue();
            assertThat(luhn("701003239")).isNotEqualTo(1);
            assertThat(reasonFor("701003-2391")).isEqualTo(Reason.CHECKSUM);
            assertThat(parse(ten("701003", "-", "239")).isSamordningsnummer()).isFalse();
        }
    }

    // ------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("dates")
    class Dates {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "19970229", "19990229", "20230229",
            "19810230", "19810231", "20000230",
            "19810431", "19810631", "19810931", "19811131",
            "19810001", "19811301", "19811401", "19812001", "19819901", // month 00, 13, ...
            "19810100", "19810132", "19810140", "19810150", "19810159", // day 00, 32..59
            "19810160", // day 60 = coordination day 00 (not supported)
            "19810192", "19810199", // coordination day 32, 39
            "19810491", "19810691", "19810991", "19811191", // coordination 31 Apr/Jun/Sep/Nov
            "19810289", "19810290", "19810291", // coordination 29, 30, 31 Feb 1981
            "00000000", "19000000",
        })
        void impossibleDatesAreRejected(String yyyymmdd) {
            String digits = twelve(yyyymmdd, "234");
            assertThat(reasonFor(digits)).isEqualTo(Reason.DATE);
            assertThat(reasonFor(hyphen12(digits))).isEqualTo(Reason.DATE);
            String ten = digits.substring(2);
            assertThat(reasonFor(ten)).isEqualTo(Reason.DATE);
            assertThat(reasonFor(ten.substring(0, 6) + "-" + ten.substring(6))).isEqualTo(Reason.DATE);
            assertThat(reasonFor(ten.substring(0, 6) + "+" + ten.substring(6))).isEqualTo(Reason.DATE);
        }

        /** Century-dependent leap days: only the 12-digit forms are unambiguous. */
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "19000229", // 1900 is not a leap year (divisible by 100, not by 400)
            "18000229", "17000229",
            "19000289", // coordination 29 Feb 1900
        })
        void leapDayInCenturyYearThatIsNotLeapIsRejected(String yyyymmdd) {
            String digits = twelve(yyyymmdd, "234");
            assertThat(reasonFor(digits)).isEqualTo(Reason.DATE);
            assertThat(reasonFor(hyphen12(digits))).isEqualTo(Reason.DATE);
            // the 10-digit '+' form resolves to 1900 on TODAY and is therefore rejected as well
            String ten = digits.substring(2);
            assertThat(reasonFor(ten.substring(0, 6) + "+" + ten.substring(6))).isEqualTo(Reason.DATE);
        }

        @Test
        void leapDayInFutureCenturyYearIsDateErrorNotFutureError() {
            // 2100 is not a leap year: DATE takes precedence over FUTURE_DATE
            assertThat(reasonFor(twelve("21000229", "234"))).isEqualTo(Reason.DATE);
            assertThat(reasonFor(twelve("20280229", "234"))).isEqualTo(Reason.FUTURE_DATE);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "20000229, 2000-02-29", // 2000 is a leap year
            "19960229, 1996-02-29",
            "19040229, 1904-02-29",
            "18960229, 1896-02-29",
            "19810228, 1981-02-28",
            "19810430, 1981-04-30",
            "19810131, 1981-01-31",
            "19811231, 1981-12-31",
            "19810101, 1981-01-01",
        })
        void realDatesAreAccepted(String yyyymmdd, LocalDate expected) {
            Personnummer p = parse(twelve(yyyymmdd, "234"));
            assertThat(p.birthDate()).isEqualTo(expected);
            assertThat(p.isSamordningsnummer()).isFalse();
        }

        @Test
        void leapDayDependsOnTheResolvedCentury() {
            // 000229: with '-' on TODAY it is 2000-02-29 (leap), with '+' it is 1900-02-29 (not leap).
            assertThat(parse(ten("000229", "-", "234")).birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
            assertThat(parse(ten("000229", "", "234")).birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
            assertThat(reasonFor(ten("000229", "+", "234"))).isEqualTo(Reason.DATE);
            // 960229 is a leap day both in 1996 and 1896.
            assertThat(parse(ten("960229", "-", "234")).birthDate()).isEqualTo(LocalDate.of(1996, 2, 29));
            assertThat(parse(ten("960229", "+", "234")).birthDate()).isEqualTo(LocalDate.of(1896, 2, 29));
        }

        @Test
        void dateIsReportedBeforeChecksum() {
            String badDate = twelve("19811301", "234"); // month 13, correct check digit
            String badDateAndChecksum = badDate.substring(0, 11) + ((badDate.charAt(11) - '0' + 1) % 10);
            assertThat(reasonFor(badDateAndChecksum)).isEqualTo(Reason.DATE);
        }
    }

    // ------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("samordningsnummer")
    class Samordningsnummer {

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "19810161, 1981-01-01",
            "19810191, 1981-01-31",
            "19810261, 1981-02-01",
            "19810288, 1981-02-28",
            "20000289, 2000-02-29",
            "19960289, 1996-02-29",
            "19810490, 1981-04-30",
            "19811291, 1981-12-31",
            "19701063, 1970-10-03",
        })
        void validCoordinationNumbers(String yyyymmdd, LocalDate realDate) {
            String digits = twelve(yyyymmdd, "386");
            Personnummer p = parse(digits);
            assertThat(p.isSamordningsnummer()).isTrue();
            assertThat(p.birthDate()).isEqualTo(realDate);
            assertThat(p.birthYear()).isEqualTo(realDate.getYear());
            assertThat(p.normalized()).isEqualTo(digits);
            assertThat(p.formatted()).isEqualTo(hyphen12(digits));
            String ten = digits.substring(2);
            assertThat(parse(ten)).isEqualTo(p);
            assertThat(parse(ten.substring(0, 6) + "-" + ten.substring(6))).isEqualTo(p);
        }

        @ParameterizedTest(name = "day {0}")
        @ValueSource(ints = {60, 92, 93, 95, 99})
        void coordinationDayOutOfRangeIsRejected(int day) {
            assertThat(reasonFor(twelve("198101" + day, "386"))).isEqualTo(Reason.DATE);
        }

        @ParameterizedTest(name = "day {0}")
        @ValueSource(ints = {32, 33, 40, 45, 50, 55, 59})
        void daysBetweenNormalAndCoordinationRangeAreRejected(int day) {
            assertThat(reasonFor(twelve("198101" + day, "386"))).isEqualTo(Reason.DATE);
        }

        @Test
        void everyDayOfMonthIsRecognised() {
            for (int day = 1; day <= 31; day++) {
                String normal = twelve(String.format("198101%02d", day), "386");
                String coordination = twelve(String.format("198101%02d", day + 60), "386");
                Personnummer n = parse(normal);
                Personnummer c = parse(coordination);
                assertThat(n.isSamordningsnummer()).isFalse();
                assertThat(c.isSamordningsnummer()).isTrue();
                assertThat(c.birthDate()).isEqualTo(n.birthDate()).isEqualTo(LocalDate.of(1981, 1, day));
                assertThat(c).isNotEqualTo(n);
            }
        }

        @Test
        void coordinationNumberCenturyUsesTheRealDate() {
            // 261183 = 1926/2026-11-23 (day 23 + 60); TODAY = 2026-11-23
            assertThat(parse(ten("261183", "-", "123")).birthDate()).isEqualTo(LocalDate.of(2026, 11, 23));
            assertThat(parse(ten("261184", "-", "123")).birthDate()).isEqualTo(LocalDate.of(1926, 11, 24));
            assertThat(parse(ten("261183", "+", "123")).birthDate()).isEqualTo(LocalDate.of(1926, 11, 23));
            assertThat(parse(ten("261184", "+", "123")).birthDate()).isEqualTo(LocalDate.of(1826, 11, 24));
        }

        @Test
        void futureCoordinationNumberIsRejected() {
            assertThat(reasonFor(twelve("20261184", "123"))).isEqualTo(Reason.FUTURE_DATE);
            assertThat(parse(twelve("20261183", "123")).birthDate()).isEqualTo(TODAY);
        }
    }

    // ------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("sex")
    class Sex {

        @ParameterizedTest(name = "ninth digit {0}")
        @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
        void sexFromNinthDigit(int digit) {
            Kon expected = digit % 2 == 1 ? Kon.MAN : Kon.KVINNA;
            String nnn = "98" + digit;
            assertThat(parse(twelve("19811228", nnn)).sex()).isEqualTo(expected);
            assertThat(parse(ten("811228", "-", nnn)).sex()).isEqualTo(expected);
            assertThat(parse(twelve("19811288", nnn)).sex()).as("samordningsnummer").isEqualTo(expected);
            assertThat(parse(ten("811288", "", nnn)).sex()).as("samordningsnummer").isEqualTo(expected);
        }

        @Test
        void onlyTheNinthDigitMatters() {
            // first two birth-number digits odd/even must not influence the result
            assertThat(parse(twelve("19811228", "112")).sex()).isEqualTo(Kon.KVINNA);
            assertThat(parse(twelve("19811228", "221")).sex()).isEqualTo(Kon.MAN);
            // check digit odd/even must not influence the result
            String woman = twelve("19811228", "240");
            String man = twelve("19811228", "241");
            assertThat(parse(woman).sex()).isEqualTo(Kon.KVINNA);
            assertThat(parse(man).sex()).isEqualTo(Kon.MAN);
        }

        @Test
        void knownExamples() {
            assertThat(parse("19121212-1212").sex()).isEqualTo(Kon.MAN);
            assertThat(parse("811228-9874").sex()).isEqualTo(Kon.MAN);
            assertThat(parse("701063-2391").sex()).isEqualTo(Kon.MAN);
        }
    }

    // ------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("age")
    class Age {

        @ParameterizedTest(name = "on {0} -> {1}")
        @CsvSource({
            "2010-05-15, 0",
            "2011-05-14, 0",
            "2011-05-15, 1",
            "2020-05-14, 9",
            "2020-05-15, 10",
            "2020-05-16, 10",
            "2026-11-23, 16",
            "2110-05-14, 99",
            "2110-05-15, 100",
        })
        void fullYears(LocalDate on, int expected) {
            Personnummer p = parse(twelve("20100515", "456"));
            assertThat(p.ageOn(on)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "on {0} -> {1}")
        @CsvSource({
            "2000-02-29, 0",
            "2001-02-28, 0",
            "2001-03-01, 1",
            "2003-02-28, 2",
            "2003-03-01, 3",
            "2004-02-28, 3",
            "2004-02-29, 4",
            "2004-03-01, 4",
            "2100-02-28, 99",
            "2100-03-01, 100",
        })
        void leapDayBirthday(LocalDate on, int expected) {
            Personnummer p = parse(twelve("20000229", "456"));
            assertThat(p.ageOn(on)).isEqualTo(expected);
        }

        @Test
        void coordinationNumberAgeUsesRealBirthDate() {
            Personnummer p = parse(twelve("20100575", "456")); // real date 2010-05-15
            assertThat(p.ageOn(LocalDate.of(2020, 5, 14))).isEqualTo(9);
            assertThat(p.ageOn(LocalDate.of(2020, 5, 15))).isEqualTo(10);
        }

        @Test
        void dateBeforeBirthIsRejected() {
            Personnummer p = parse(twelve("20100515", "456"));
            assertThatThrownBy(() -> p.ageOn(LocalDate.of(2010, 5, 14)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageNotContaining("2010")
                    .hasMessageNotContaining("0515");
            assertThatNullPointerException().isThrownBy(() -> p.ageOn(null));
        }

        @Test
        void birthYear() {
            assertThat(parse(twelve("20100515", "456")).birthYear()).isEqualTo(2010);
            assertThat(parse(ten("100515", "+", "456")).birthYear()).isEqualTo(1910);
        }
    }

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

    // ------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("privacy")
    class Privacy {

        @ParameterizedTest
        @ValueSource(strings = {"19121212-1212", "811228-9874", "701063-2391", "121212+1212", "198112289874"})
        void toStringIsMasked(String input) {
            Personnummer p = parse(input);
            assertThat(p.toString()).isEqualTo("Personnummer[***]").doesNotContainPattern("[0-9]");
            assertThat("" + p).doesNotContainPattern("\\d");
            assertThat(List.of(p).toString()).doesNotContainPattern("\\d");
        }

        static Stream<Arguments> rejectedInputs() {
            return Stream.of(
                    Arguments.of("19811228+9874", Reason.FORMAT, "felaktigt format"),
                    Arguments.of("811228 9874", Reason.FORMAT, "felaktigt format"),
                    Arguments.of("8112289874123", Reason.FORMAT, "felaktigt format"),
                    Arguments.of(twelve("19811301", "987"), Reason.DATE, "ogiltigt datum"),
                    Arguments.of(twelve("19000229", "987"), Reason.DATE, "ogiltigt datum"),
                    Arguments.of("811228-9875", Reason.CHECKSUM, "ogiltig kontrollsiffra"),
                    Arguments.of("19121212-1213", Reason.CHECKSUM, "ogiltig kontrollsiffra"),
                    Arguments.of(twelve("20270101", "987"), Reason.FUTURE_DATE, "födelsedatum i framtiden"));
        }

        @ParameterizedTest
        @MethodSource("rejectedInputs")
        void exceptionMessagesNameTheRuleButNotTheInput(String input, Reason reason, String rule) {
            InvalidPersonnummerException e = rejected(input, TODAY);
            assertThat(e).isInstanceOf(IllegalArgumentException.class);
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.getMessage()).contains(rule).doesNotContain(input.strip());
            // no digit at all, hence no fragment of the input either
            assertThat(e.getMessage()).doesNotContainPattern("\\d");
            assertThat(e.toString()).doesNotContainPattern("\\d");
            assertThat(e.getLocalizedMessage()).doesNotContainPattern("\\d");
            assertThat(e.getCause()).isNull();
            assertThat(e.getSuppressed()).isEmpty();
        }

        @Test
        void everyReasonHasADigitFreeSwedishMessage() {
            for (Reason reason : Reason.values()) {
                InvalidPersonnummerException e = new InvalidPersonnummerException(reason);
                assertThat(e.reason()).isEqualTo(reason);
                assertThat(e.getMessage()).isNotBlank().doesNotContainPattern("\\d");
            }
            assertThat(new InvalidPersonnummerException(Reason.CHECKSUM).getMessage()).contains("ogiltig kontrollsiffra");
            assertThat(new InvalidPersonnummerException(Reason.DATE).getMessage()).contains("ogiltigt datum");
            assertThat(new InvalidPersonnummerException(Reason.FORMAT).getMessage()).contains("felaktigt format");
            assertThat(new InvalidPersonnummerException(Reason.FUTURE_DATE).getMessage())
                    .contains("födelsedatum i framtiden");
            assertThatNullPointerException().isThrownBy(() -> new InvalidPersonnummerException(null));
        }

        @Test
        void nullInputIsFormatError() {
            assertThat(reasonFor(null)).isEqualTo(Reason.FORMAT);
            assertThat(Personnummer.isValid(null, TODAY)).isFalse();
        }
    }

    // ------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("pseudonym")
    class Pseudonym {

        @Test
        void knownVector() {
            // HMAC-SHA256(key = 0x00..0x1f, data = ASCII "191212121212"), computed with openssl
            assertThat(parse("19121212-1212").pseudonym(KEY))
                    .isEqualTo("6352af149e826f2d873dff69170fafb04f00b16e27f4e3198f181a8fce79458d");
            assertThat(parse("811228-9874").pseudonym(KEY))
                    .isEqualTo("36102dd2edcd84d0f5dcfc25cccf44c14d238a3a6c281eadda59417edfad7e63");
            assertThat(parse("701063-2391").pseudonym(KEY))
                    .isEqualTo("543435aae17098b5453c087efb919281d3b9961ba87f495366a8711333014a0e");
        }

        @ParameterizedTest
        @ValueSource(strings = {"19121212-1212", "811228-9874", "701063-2391"})
        void sixtyFourLowercaseHexChars(String input) {
            String pseudonym = parse(input).pseudonym(KEY);
            assertThat(pseudonym).hasSize(64).matches("[0-9a-f]{64}");
            assertThat(pseudonym).doesNotContain(parse(input).normalized());
        }

        @Test
        void deterministicAcrossCallsInstancesAndInputForms() {
            String a = parse("811228-9874").pseudonym(KEY);
            assertThat(parse("811228-9874").pseudonym(KEY)).isEqualTo(a);
            assertThat(parse("198112289874").pseudonym(KEY)).isEqualTo(a);
            assertThat(parse("19811228-9874").pseudonym(KEY)).isEqualTo(a);
            assertThat(parse("8112289874").pseudonym(KEY.clone())).isEqualTo(a);
        }

        @Test
        void differentKeysGiveDifferentPseudonyms() {
            Personnummer p = parse("811228-9874");
            byte[] other = KEY.clone();
            other[31] ^= 1;
            assertThat(p.pseudonym(other)).isNotEqualTo(p.pseudonym(KEY));
            assertThat(p.pseudonym(key(32, 100))).isNotEqualTo(p.pseudonym(KEY));
            assertThat(p.pseudonym(key(33, 0))).isNotEqualTo(p.pseudonym(KEY));
        }

        @Test
        void differentNumbersGiveDifferentPseudonyms() {
            Set<String> pseudonyms = new HashSet<>();
            IntStream.range(0, 1000).forEach(n -> pseudonyms.add(
                    parse(twelve("19811228", String.format("%03d", n))).pseudonym(KEY)));
            assertThat(pseudonyms).hasSize(1000);
        }

        @Test
        void samordningsnummerAndLaterPersonnummerGiveDifferentPseudonyms() {
            Personnummer samordning = parse(twelve("20200575", "123")); // real date 2020-05-15
            Personnummer personnummer = parse(twelve("20200515", "123"));
            assertThat(samordning.birthDate()).isEqualTo(personnummer.birthDate());
            assertThat(samordning.pseudonym(KEY)).isNotEqualTo(personnummer.pseudonym(KEY));
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 1, 16, 31})
        void shortKeyIsRejected(int length) {
            Personnummer p = parse("811228-9874");
            assertThatThrownBy(() -> p.pseudonym(key(length, 0x41)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .isNotInstanceOf(InvalidPersonnummerException.class)
                    .hasMessageNotContaining("AAAA")
                    .hasMessageNotContaining("8112289874");
        }

        @ParameterizedTest
        @ValueSource(ints = {32, 33, 64, 128})
        void keysOfAtLeastThirtyTwoBytesAreAccepted(int length) {
            assertThat(parse("811228-9874").pseudonym(key(length, 7))).hasSize(64);
        }

        @Test
        void nullKeyIsRejected() {
            assertThatNullPointerException().isThrownBy(() -> parse("811228-9874").pseudonym(null));
        }

        @Test
        void keyArrayIsNotRetained() {
            Personnummer p = parse("811228-9874");
            byte[] k = KEY.clone();
            String before = p.pseudonym(k);
            k[0] ^= 0x55;
            assertThat(p.pseudonym(KEY)).isEqualTo(before);
        }
    }

    // ------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("value semantics")
    class ValueSemantics {

        @Test
        void equalsAndHashCode() {
            Personnummer a = parse("811228-9874");
            Personnummer b = parse("198112289874");
            Personnummer c = parse("19121212-1212");
            assertThat(a).isEqualTo(a).isEqualTo(b).isNotEqualTo(c);
            assertThat(b).isEqualTo(a);
            assertThat(a.hashCode()).isEqualTo(b.hashCode());
            assertThat(a).isNotEqualTo(null).isNotEqualTo("198112289874").isNotEqualTo(a.normalized());
            assertThat(new HashSet<>(List.of(a, b, c))).hasSize(2);
        }

        @Test
        void plusAndMinusOfSameDigitsAreDifferentPeople() {
            Personnummer minus = parse("121212-1212");
            Personnummer plus = parse("121212+1212");
            assertThat(minus).isNotEqualTo(plus);
            assertThat(minus.birthYear()).isEqualTo(2012);
            assertThat(plus.birthYear()).isEqualTo(1912);
        }

        @Test
        void isValidMirrorsParse() {
            assertThat(Personnummer.isValid("811228-9874", TODAY)).isTrue();
            assertThat(Personnummer.isValid("  811228-9874 ", TODAY)).isTrue();
            assertThat(Personnummer.isValid("811228-9875", TODAY)).isFalse();
            assertThat(Personnummer.isValid("", TODAY)).isFalse();
            assertThat(Personnummer.isValid(twelve("20270101", "123"), TODAY)).isFalse();
        }

        @Test
        void classIsFinalAndImmutable() {
            assertThat(java.lang.reflect.Modifier.isFinal(Personnummer.class.getModifiers())).isTrue();
            for (var field : Personnummer.class.getDeclaredFields()) {
                assertThat(java.lang.reflect.Modifier.isFinal(field.getModifiers())).as(field.getName()).isTrue();
            }
            assertThat(Personnummer.class.getConstructors()).isEmpty();
        }
    }
}
