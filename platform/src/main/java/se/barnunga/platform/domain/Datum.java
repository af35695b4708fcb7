package se.barnunga.platform.domain;

import java.time.LocalDate;

/** Business-date rules shared by every service. */
public final class Datum {

    /** Earliest and latest year a business date may have (birth dates, decisions, meetings, query periods). */
    public static final int FORSTA_AR = 1900;
    public static final int SISTA_AR = 2200;

    private Datum() {
    }

    /**
     * Rejects an absurd date (422 {@code DATUM_ORIMLIGT} naming the field) before it reaches date arithmetic or the
     * database, where it would overflow; null passes (required-ness is another rule).
     */
    public static LocalDate rimligt(String falt, LocalDate datum) {
        if (datum != null && (datum.getYear() < FORSTA_AR || datum.getYear() > SISTA_AR)) {
            throw new RuleViolation(falt, "DATUM_ORIMLIGT", "Datumet ska ligga mellan år " + FORSTA_AR + " och " + SISTA_AR + ".");
        }
        return datum;
    }
}
