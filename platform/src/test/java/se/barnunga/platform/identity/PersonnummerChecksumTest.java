package se.barnunga.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.barnunga.platform.identity.Personnummer.InvalidPersonnummerException.Reason;

/**
 * {@link Personnummer}: the Luhn check digit and the encoded date.
 */
class PersonnummerChecksumTest extends PersonnummerTestBase {

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
}
