package se.barnunga.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.barnunga.platform.identity.Personnummer.InvalidPersonnummerException.Reason;
import se.barnunga.platform.identity.Personnummer.Kon;

/**
 * {@link Personnummer}: samordningsnummer (day + 60), and the sex and age a number gives.
 */
class PersonnummerSamordningsnummerTest extends PersonnummerTestBase {

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
}
