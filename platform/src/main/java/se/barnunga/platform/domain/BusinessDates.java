package se.barnunga.platform.domain;

import java.time.LocalDate;

/** Business-date rules shared by every service. */
public final class BusinessDates {

    /** Earliest and latest year a business date may have (birth dates, decisions, meetings, query periods). */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;

    private BusinessDates() {
    }

    /**
     * Rejects an absurd date (422 {@code DATUM_ORIMLIGT} naming the field) before it reaches date arithmetic or the
     * database, where it would overflow; null passes (required-ness is another rule).
     */
    public static LocalDate plausible(String falt, LocalDate datum) {
        if (datum != null && (datum.getYear() < FIRST_YEAR || datum.getYear() > LAST_YEAR)) {
            throw new RuleViolation(falt, "DATUM_ORIMLIGT", "Datumet ska ligga mellan år " + FIRST_YEAR + " och " + LAST_YEAR + ".");
        }
        return datum;
    }
}
