package se.barnunga.deadline.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * The person code IVO's e-service asks for instead of a personnummer: the child's birth date {@code ÅÅÅÅMMDD}, a dash and
 * four digits shaped like a personnummer's last four – two digits and the gender digit (odd for {@code MAN}, even for
 * {@code KVINNA}) chosen deterministically from the child's pseudonym (a keyed HMAC, stable per person across quarters
 * and services), and a Luhn check digit over {@code ÅÅMMDD} and the three digits. It looks like a personnummer but is
 * derived from the pseudonym, never from the real number.
 */
public final class Personkod {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.BASIC_ISO_DATE;

    private Personkod() {
    }

    /**
     * @param fodelsedatum the child's birth date
     * @param kon          {@code MAN} or {@code KVINNA} (anything else: the gender digit is derived from the pseudonym only)
     * @param pseudonym    the child's pseudonym
     */
    public static String av(LocalDate fodelsedatum, String kon, String pseudonym) {
        Objects.requireNonNull(fodelsedatum, "fodelsedatum");
        Objects.requireNonNull(pseudonym, "pseudonym");
        byte[] h = sha256(pseudonym);
        int d1 = (h[0] & 0xff) % 10;
        int d2 = (h[1] & 0xff) % 10;
        int inom = (h[2] & 0xff) % 5;
        int kondsiffra = "MAN".equals(kon) ? 2 * inom + 1 : "KVINNA".equals(kon) ? 2 * inom : (h[2] & 0xff) % 10;
        String datum = fodelsedatum.format(DATUM);
        String nio = datum.substring(2) + d1 + d2 + kondsiffra;
        return datum + "-" + d1 + d2 + kondsiffra + luhn(nio);
    }

    /** The Luhn check digit of the digits (as for a personnummer: weights 2, 1, 2, … from the left). */
    public static int luhn(String siffror) {
        int summa = 0;
        for (int i = 0; i < siffror.length(); i++) {
            int d = (siffror.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            summa += d > 9 ? d - 9 : d;
        }
        return (10 - summa % 10) % 10;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
