package se.barnunga.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.DateTimeException;
import java.time.LocalDate;

import se.barnunga.platform.identity.Personnummer.InvalidPersonnummerException;
import se.barnunga.platform.identity.Personnummer.InvalidPersonnummerException.Reason;

/**
 * The reference date, the key and the helpers (independent of the implementation) shared by
 * {@link PersonnummerFormatTest}, {@link PersonnummerChecksumTest}, {@link PersonnummerSamordningsnummerTest},
 * {@link PersonnummerCenturyTest}, {@link PersonnummerPrivacyTest}.
 */
abstract class PersonnummerTestBase {

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
}
