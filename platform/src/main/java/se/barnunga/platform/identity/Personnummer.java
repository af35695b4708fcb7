package se.barnunga.platform.identity;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A validated Swedish personal identity number (<em>personnummer</em>) or coordination number
 * (<em>samordningsnummer</em>).
 *
 * <h2>Privacy</h2>
 * The value is personal data. {@link #toString()} is masked and reveals nothing (not even the birth
 * date), and the messages of {@link InvalidPersonnummerException} never contain the input. Only
 * {@link #normalized()} and {@link #formatted()} return the raw number; use them only where the raw
 * value is genuinely required (e.g. persistence in an encrypted column, integration with an
 * authority). For logging, metrics and analytics use {@link #pseudonym(byte[])}.
 *
 * <h2>Accepted input</h2>
 * After stripping surrounding whitespace ({@link String#strip()}), exactly one of the following
 * forms, using ASCII digits only:
 * <ul>
 *   <li>{@code YYYYMMDDNNNC} (12 digits)</li>
 *   <li>{@code YYYYMMDD-NNNC} (12 digits with hyphen)</li>
 *   <li>{@code YYMMDDNNNC} (10 digits; treated like the hyphen form)</li>
 *   <li>{@code YYMMDD-NNNC} (10 digits; the holder is younger than 100 on the reference date)</li>
 *   <li>{@code YYMMDD+NNNC} (10 digits; the holder has turned 100 on the reference date)</li>
 * </ul>
 * Nothing else is accepted: no inner whitespace, no other separators, no letters and no
 * {@code +} in the 12-digit form.
 *
 * <h2>Century of the 10-digit forms</h2>
 * Following Skatteverket's rule, with {@code -} (or no separator) the century is chosen so that the
 * birth date is the most recent one that is not after the reference date {@code today} (age 0–99);
 * with {@code +} it is the most recent one on which the holder is at least 100 years old on
 * {@code today} (age as computed by {@link #ageOn(LocalDate)}). The century is chosen by comparing
 * (year, month, day) in calendar order; the resulting date is then validated, so for example
 * {@code 000229+NNNC} resolves to 1900-02-29 (on a reference date in the 21st century) and is
 * rejected as an invalid date. In the 12-digit forms the century is explicit and the separator has
 * no meaning.
 *
 * <h2>Validation</h2>
 * Checks are applied in this order and the first failing one is reported, see
 * {@link InvalidPersonnummerException.Reason}:
 * <ol>
 *   <li>{@code FORMAT} – the input does not match one of the accepted forms;</li>
 *   <li>{@code DATE} – the birth date is not a real calendar date. Day 61–91 denotes a
 *       coordination number (day of month + 60) and must also be a real date after subtracting 60.
 *       Day {@code 00} (and hence day {@code 60}) is <strong>not</strong> supported: the rare
 *       interim/coordination numbers with an unknown day of birth are rejected;</li>
 *   <li>{@code CHECKSUM} – the Luhn (mod 10) check digit over {@code YYMMDDNNN} is wrong. Note that
 *       the century digits of the 12-digit form are not covered by the check digit;</li>
 *   <li>{@code FUTURE_DATE} – the birth date is after {@code today} (only possible with the
 *       12-digit forms, as the 10-digit forms never resolve to a future date).</li>
 * </ol>
 *
 * <p>Instances are immutable and thread-safe. Equality is based on the normalised 12-digit form,
 * so the same number given in a 10-digit and a 12-digit form is equal. A coordination number and
 * a later personnummer of the same person are <em>different</em> values.
 */
public final class Personnummer {

    /** Minimum length in bytes of the HMAC key used by {@link #pseudonym(byte[])}. */
    public static final int MIN_PSEUDONYM_KEY_LENGTH = 32;

    private static final String HMAC_ALGORITHM = "HmacSHA256";
    private static final int COORDINATION_DAY_OFFSET = 60;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** Legal sex as encoded in the number. */
    public enum Kon {
        /** Odd birth-number digit. */
        MAN,
        /** Even birth-number digit. */
        KVINNA
    }

    /** The normalised form YYYYMMDDNNNC. Personal data – never log. */
    private final String normalized;
    private final LocalDate birthDate;
    private final boolean samordningsnummer;

    private Personnummer(String normalized, LocalDate birthDate, boolean samordningsnummer) {
        this.normalized = normalized;
        this.birthDate = birthDate;
        this.samordningsnummer = samordningsnummer;
    }

    /**
     * Parses and validates a personnummer or samordningsnummer.
     *
     * @param input the number in one of the accepted forms (see class documentation); {@code null}
     *     is rejected with {@link InvalidPersonnummerException.Reason#FORMAT}
     * @param today the reference date used for the century of the 10-digit forms and for the
     *     future-date check
     * @return the validated number
     * @throws InvalidPersonnummerException if the input is not a valid number; the message never
     *     contains the input
     * @throws NullPointerException if {@code today} is {@code null}
     */
    public static Personnummer parse(String input, LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (input == null) {
            throw new InvalidPersonnummerException(InvalidPersonnummerException.Reason.FORMAT);
        }
        String s = input.strip();

        // 1. FORMAT: split into the 10 significant digits YYMMDDNNNC plus century/separator.
        final String tenDigits;
        final String explicitCentury; // null for the 10-digit forms
        final char separator; // '-', '+' or 0 (none)
        switch (s.length()) {
            case 12 -> {
                requireDigits(s, 0, 12);
                explicitCentury = s.substring(0, 2);
                tenDigits = s.substring(2);
                separator = 0;
            }
            case 13 -> {
                requireDigits(s, 0, 8);
                requireChar(s, 8, '-'); // '+' is not allowed in the 12-digit form
                requireDigits(s, 9, 13);
                explicitCentury = s.substring(0, 2);
                tenDigits = s.substring(2, 8) + s.substring(9);
                separator = '-';
            }
            case 10 -> {
                requireDigits(s, 0, 10);
                explicitCentury = null;
                tenDigits = s;
                separator = 0;
            }
            case 11 -> {
                requireDigits(s, 0, 6);
                char c = s.charAt(6);
                if (c != '-' && c != '+') {
                    throw new InvalidPersonnummerException(InvalidPersonnummerException.Reason.FORMAT);
                }
                requireDigits(s, 7, 11);
                explicitCentury = null;
                tenDigits = s.substring(0, 6) + s.substring(7);
                separator = c;
            }
            default -> throw new InvalidPersonnummerException(InvalidPersonnummerException.Reason.FORMAT);
        }

        int yy = twoDigits(tenDigits, 0);
        int month = twoDigits(tenDigits, 2);
        int encodedDay = twoDigits(tenDigits, 4);

        // 2. DATE
        if (month < 1 || month > 12) {
            throw new InvalidPersonnummerException(InvalidPersonnummerException.Reason.DATE);
        }
        final boolean coordination;
        final int day;
        if (encodedDay >= 1 && encodedDay <= 31) {
            coordination = false;
            day = encodedDay;
        } else if (encodedDay >= 1 + COORDINATION_DAY_OFFSET && encodedDay <= 31 + COORDINATION_DAY_OFFSET) {
            coordination = true;
            day = encodedDay - COORDINATION_DAY_OFFSET;
        } else {
            // day 00, 32-60, 92-99
            throw new InvalidPersonnummerException(InvalidPersonnummerException.Reason.DATE);
        }
        final int year;
        if (explicitCentury != null) {
            year = Integer.parseInt(explicitCentury) * 100 + yy;
        } else {
            year = resolveYear(yy, month, day, separator == '+', today);
        }
        // Validated without exceptions so that no JDK message containing the date can leak.
        if (!YearMonth.of(year, month).isValidDay(day)) {
            throw new InvalidPersonnummerException(InvalidPersonnummerException.Reason.DATE);
        }

        // 3. CHECKSUM
        if (luhnCheckDigit(tenDigits, 9) != tenDigits.charAt(9) - '0') {
            throw new InvalidPersonnummerException(InvalidPersonnummerException.Reason.CHECKSUM);
        }

        // 4. FUTURE_DATE
        LocalDate birthDate = LocalDate.of(year, month, day);
        if (birthDate.isAfter(today)) {
            throw new InvalidPersonnummerException(InvalidPersonnummerException.Reason.FUTURE_DATE);
        }

        // the year padded to four digits by hand: String.format was a measurable share of the publisher's time (B3)
        String yyyy = Integer.toString(year);
        String normalized = "0000".substring(yyyy.length()) + yyyy + tenDigits.substring(2);
        return new Personnummer(normalized, birthDate, coordination);
    }

    /**
     * Convenience for {@link #parse(String, LocalDate)} with {@code LocalDate.now(clock)} as the
     * reference date.
     *
     * @throws InvalidPersonnummerException if the input is not a valid number
     * @throws NullPointerException if {@code clock} is {@code null}
     */
    public static Personnummer parse(String input, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        return parse(input, LocalDate.now(clock));
    }

    /**
     * Returns whether {@code input} is a valid number according to {@link #parse(String, LocalDate)}.
     *
     * @throws NullPointerException if {@code today} is {@code null}
     */
    public static boolean isValid(String input, LocalDate today) {
        Objects.requireNonNull(today, "today");
        try {
            parse(input, today);
            return true;
        } catch (InvalidPersonnummerException e) {
            return false;
        }
    }

    /** Whether this is a samordningsnummer (coordination number, day of month + 60). */
    public boolean isSamordningsnummer() {
        return samordningsnummer;
    }

    /**
     * The real birth date (for a samordningsnummer the encoded day minus 60). Personal data.
     */
    public LocalDate birthDate() {
        return birthDate;
    }

    /** The birth year (four digits). */
    public int birthYear() {
        return birthDate.getYear();
    }

    /**
     * The legal sex encoded in the number: the last digit of the three-digit birth number (the 9th
     * digit of the 10-digit form) is odd for {@link Kon#MAN} and even for {@link Kon#KVINNA}.
     */
    public Kon sex() {
        int digit = normalized.charAt(10) - '0';
        return digit % 2 == 1 ? Kon.MAN : Kon.KVINNA;
    }

    /**
     * The age in full years on {@code date}, computed with {@link Period#between}. A person born on
     * 29 February therefore becomes one year older on 1 March in non-leap years.
     *
     * @throws IllegalArgumentException if {@code date} is before the birth date
     * @throws NullPointerException if {@code date} is {@code null}
     */
    public int ageOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (date.isBefore(birthDate)) {
            throw new IllegalArgumentException("date is before the birth date");
        }
        return Period.between(birthDate, date).getYears();
    }

    /**
     * The normalised 12-digit form {@code YYYYMMDDNNNC} without separator (a samordningsnummer keeps
     * its day + 60).
     *
     * <p><strong>Warning:</strong> this is the raw personal identity number, i.e. sensitive personal
     * data. Never log it, put it in URLs, metrics, traces, events or exception messages; use
     * {@link #pseudonym(byte[])} where a stable identifier is needed.
     */
    public String normalized() {
        return normalized;
    }

    /**
     * The 12-digit display form {@code YYYYMMDD-NNNC}.
     *
     * <p><strong>Warning:</strong> like {@link #normalized()} this returns the raw personal identity
     * number; never log it.
     */
    public String formatted() {
        return normalized.substring(0, 8) + '-' + normalized.substring(8);
    }

    /**
     * A keyed pseudonym: HMAC-SHA256 over the US-ASCII bytes of {@link #normalized()} with
     * {@code hmacKey}, as 64 lowercase hexadecimal characters. Deterministic for the same key and
     * number; different keys or numbers give unrelated pseudonyms.
     *
     * <p>Note that the pseudonym is derived from the number, not from the person: a child who first
     * has a samordningsnummer and later gets a personnummer gets two different pseudonyms, which
     * must be linked explicitly if needed.
     *
     * @param hmacKey secret key of at least {@value #MIN_PSEUDONYM_KEY_LENGTH} bytes (the array is
     *     not retained)
     * @throws IllegalArgumentException if the key is shorter than {@value #MIN_PSEUDONYM_KEY_LENGTH}
     *     bytes
     * @throws NullPointerException if {@code hmacKey} is {@code null}
     */
    public String pseudonym(byte[] hmacKey) {
        Objects.requireNonNull(hmacKey, "hmacKey");
        if (hmacKey.length < MIN_PSEUDONYM_KEY_LENGTH) {
            throw new IllegalArgumentException(
                    "HMAC key must be at least " + MIN_PSEUDONYM_KEY_LENGTH + " bytes");
        }
        final byte[] mac;
        try {
            Mac hmac = Mac.getInstance(HMAC_ALGORITHM);
            hmac.init(new SecretKeySpec(hmacKey, HMAC_ALGORITHM));
            mac = hmac.doFinal(normalized.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            // HmacSHA256 is mandatory on every Java platform; neither exception carries the key.
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
        char[] hex = new char[mac.length * 2];
        for (int i = 0; i < mac.length; i++) {
            hex[2 * i] = HEX[(mac[i] >> 4) & 0xF];
            hex[2 * i + 1] = HEX[mac[i] & 0xF];
        }
        return new String(hex);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Personnummer other && normalized.equals(other.normalized));
    }

    @Override
    public int hashCode() {
        return normalized.hashCode();
    }

    /** Masked: reveals nothing about the number. */
    @Override
    public String toString() {
        return "Personnummer[***]";
    }

    // ---------------------------------------------------------------------------------------------

    /**
     * Resolves the four-digit year of a 10-digit number. Candidate dates are compared as
     * (year, month, day) tuples so that the century is chosen before the date is validated.
     */
    private static int resolveYear(int yy, int month, int day, boolean hundredOrOlder, LocalDate today) {
        // Latest allowed birth "date": today, or today 100 years earlier for '+'.
        // Comparing the tuple (Y+100, M, D) <= today is exactly "Period age >= 100".
        int refYear = hundredOrOlder ? today.getYear() - 100 : today.getYear();
        int year = refYear - Math.floorMod(refYear, 100) + yy;
        if (compare(year, month, day, refYear, today.getMonthValue(), today.getDayOfMonth()) > 0) {
            year -= 100;
        }
        return year;
    }

    private static int compare(int y1, int m1, int d1, int y2, int m2, int d2) {
        if (y1 != y2) {
            return Integer.compare(y1, y2);
        }
        if (m1 != m2) {
            return Integer.compare(m1, m2);
        }
        return Integer.compare(d1, d2);
    }

    /** Luhn check digit over the first {@code length} digits with weights 2,1,2,1,... */
    private static int luhnCheckDigit(String digits, int length) {
        int sum = 0;
        for (int i = 0; i < length; i++) {
            int product = (digits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product > 9 ? product - 9 : product;
        }
        return (10 - sum % 10) % 10;
    }

    private static int twoDigits(String s, int offset) {
        return (s.charAt(offset) - '0') * 10 + (s.charAt(offset + 1) - '0');
    }

    /** ASCII digits only: {@link Character#isDigit} would accept e.g. full-width digits. */
    private static void requireDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidPersonnummerException(InvalidPersonnummerException.Reason.FORMAT);
            }
        }
    }

    private static void requireChar(String s, int index, char expected) {
        if (s.charAt(index) != expected) {
            throw new InvalidPersonnummerException(InvalidPersonnummerException.Reason.FORMAT);
        }
    }

    /**
     * Thrown when a personnummer is invalid. The (Swedish, user-facing) message names the violated
     * rule and never contains the input value; it is fully determined by {@link #reason()}.
     */
    public static final class InvalidPersonnummerException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        /** Why the input was rejected. */
        public enum Reason {
            /** Not one of the accepted forms. */
            FORMAT("felaktigt format (tillåtna format: ÅÅÅÅMMDDNNNK, ÅÅÅÅMMDD-NNNK, ÅÅMMDDNNNK, "
                    + "ÅÅMMDD-NNNK eller ÅÅMMDD+NNNK)"),
            /** The birth date is not a real date (including day 00 and invalid coordination days). */
            DATE("ogiltigt datum"),
            /** The Luhn check digit is wrong. */
            CHECKSUM("ogiltig kontrollsiffra"),
            /** The birth date is after the reference date. */
            FUTURE_DATE("födelsedatum i framtiden");

            private final String rule;

            Reason(String rule) {
                this.rule = rule;
            }
        }

        private final Reason reason;

        /** Creates an exception whose message is derived solely from {@code reason}. */
        public InvalidPersonnummerException(Reason reason) {
            super("Ogiltigt personnummer: " + Objects.requireNonNull(reason, "reason").rule);
            this.reason = reason;
        }

        /** The rule that was violated. */
        public Reason reason() {
            return reason;
        }
    }
}
