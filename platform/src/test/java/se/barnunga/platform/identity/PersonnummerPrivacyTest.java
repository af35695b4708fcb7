package se.barnunga.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.barnunga.platform.identity.Personnummer.InvalidPersonnummerException;
import se.barnunga.platform.identity.Personnummer.InvalidPersonnummerException.Reason;

/**
 * {@link Personnummer}: what it never shows, its pseudonym, and its value semantics.
 */
class PersonnummerPrivacyTest extends PersonnummerTestBase {

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
