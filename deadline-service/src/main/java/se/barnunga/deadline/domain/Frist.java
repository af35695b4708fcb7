package se.barnunga.deadline.domain;

import java.time.LocalDate;

import se.barnunga.platform.time.Arbetskalender;

/**
 * A rule's due computation, as data.
 *
 * @param typ       how the due date is computed
 * @param antal     how many days, weeks, months or working days (0 for {@code SAMMA_DAG}, {@code DATUM_I_HANDELSEN},
 *                  {@code KVARTALET_EFTER})
 * @param datumfalt for {@code DATUM_I_HANDELSEN}: the start event's field that holds the due date
 */
public record Frist(Fristtyp typ, int antal, String datumfalt) {

    public static Frist sammaDag() {
        return new Frist(Fristtyp.SAMMA_DAG, 0, null);
    }

    public static Frist dagar(int antal) {
        return new Frist(Fristtyp.DAGAR, antal, null);
    }

    public static Frist veckor(int antal) {
        return new Frist(Fristtyp.VECKOR, antal, null);
    }

    public static Frist kalendermanader(int antal) {
        return new Frist(Fristtyp.KALENDERMANADER, antal, null);
    }

    public static Frist arbetsdagar(int antal) {
        return new Frist(Fristtyp.ARBETSDAGAR, antal, null);
    }

    public static Frist datumIHandelsen(String datumfalt) {
        return new Frist(Fristtyp.DATUM_I_HANDELSEN, 0, datumfalt);
    }

    public static Frist kvartaletEfter() {
        return new Frist(Fristtyp.KVARTALET_EFTER, 0, null);
    }

    /**
     * The last day on which the deadline is met.
     *
     * @param fran         the date the watch counts from
     * @param datumIStart  the start event's value of {@link #datumfalt()} (only for {@code DATUM_I_HANDELSEN})
     */
    public LocalDate forfallodatum(LocalDate fran, LocalDate datumIStart, Arbetskalender kalender) {
        return switch (typ) {
            case SAMMA_DAG -> fran;
            case DAGAR -> fran.plusDays(antal);
            case VECKOR -> fran.plusWeeks(antal);
            // java.time's plusMonths clamps to the month's last day: exactly lag (1930:173) 2 §
            case KALENDERMANADER -> fran.plusMonths(antal);
            case ARBETSDAGAR -> kalender.plusArbetsdagar(fran, antal);
            case DATUM_I_HANDELSEN -> datumIStart;
            case KVARTALET_EFTER -> Kvartal.av(fran).nasta().sista();
        };
    }

    /** The computation in words, for the rule catalogue. */
    public String beskrivning() {
        return switch (typ) {
            case SAMMA_DAG -> "samma dag";
            case DAGAR -> antal + " dagar";
            case VECKOR -> antal + " veckor";
            case KALENDERMANADER -> antal + " kalendermånader (lag 1930:173 2 §; saknas dagen i sista månaden: månadens sista dag)";
            case ARBETSDAGAR -> antal + " arbetsdag" + (antal == 1 ? "" : "ar") + " (helgdagar och helgaftnar räknas inte)";
            case DATUM_I_HANDELSEN -> "datumet " + datumfalt + " i starthändelsen";
            case KVARTALET_EFTER -> "sista dagen i kvartalet efter startdatumets kvartal";
        };
    }
}
