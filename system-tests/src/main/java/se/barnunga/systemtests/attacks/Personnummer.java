package se.barnunga.systemtests.attacks;

import java.time.LocalDate;
import java.util.Random;

import se.barnunga.systemtests.Personuppgifter;

/**
 * Valid Swedish personnummer for children, for the requests that must pass validation (the services check the Luhn
 * check digit and the date); the check digit is {@link Personuppgifter#luhn}.
 */
final class Personnummer {

    private Personnummer() {
    }

    /**
     * A child of 1 to 14 years today, written {@code YYYYMMDD-NNNC}: under 15, so the guardians' consent is the whole
     * consent the fixture's decision needs (from 15 the child's own is required too, and the decision would be 422).
     */
    static String child(Random random) {
        LocalDate born = LocalDate.now().minusYears(14).plusDays(1 + random.nextInt(13 * 365));
        int serial = random.nextInt(1000);
        return of(born, serial);
    }

    static String of(LocalDate born, int serial) {
        String nine = String.format("%02d%02d%02d%03d", born.getYear() % 100, born.getMonthValue(), born.getDayOfMonth(), serial);
        return String.format("%04d%02d%02d-%03d%d", born.getYear(), born.getMonthValue(), born.getDayOfMonth(), serial,
                Personuppgifter.luhn(nine));
    }

    /** The twelve digits without the separator, as the services answer it. */
    static String digits(String personnummer) {
        return personnummer.replace("-", "").replace("+", "");
    }
}
