package se.barnunga.testing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Valid personnummer for test data: the Luhn check digit computed, as the Skatteverket rule gives it. */
public final class TestPersonnummer {

    private TestPersonnummer() {
    }

    /** {@code YYYYMMDD-NNNC} for the birth date and the three-digit birth number, with the check digit computed. */
    public static String av(LocalDate fodd, String fodelsenummer) {
        String nio = fodd.format(DateTimeFormatter.ofPattern("yyMMdd")) + fodelsenummer;
        return fodd.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + fodelsenummer + kontrollsiffra(nio);
    }

    /** The Luhn check digit of nine digits {@code YYMMDDNNN} (weights 2, 1, 2, …; the digit sum of each product). */
    public static int kontrollsiffra(String nio) {
        int summa = 0;
        for (int i = 0; i < nio.length(); i++) {
            int produkt = (nio.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            summa += produkt / 10 + produkt % 10;
        }
        return (10 - summa % 10) % 10;
    }
}
