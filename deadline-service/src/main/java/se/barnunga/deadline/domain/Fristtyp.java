package se.barnunga.deadline.domain;

/** How a rule's due date is computed from the date the watch counts from. */
public enum Fristtyp {
    /** The same day (e.g. the protection assessment: "genast"). */
    SAMMA_DAG,
    /** A number of calendar days. */
    DAGAR,
    /** A number of weeks (7 days each). */
    VECKOR,
    /**
     * A number of calendar months, as lag (1930:173) om beräkning av lagstadgad tid 2 § counts them: the period ends on
     * the day of the last month with the same number as the start day, or on the last day of that month when it has no
     * such day (a decision on 30 November: three months end on 28 February, 29 February in a leap year; on 31 August:
     * on 30 November). No extension over weekends and holidays: the obligation to carry out and to report is the
     * municipality's own, not a party's submission to an authority.
     */
    KALENDERMANADER,
    /** A number of working days (Swedish public holidays and holiday eves excluded, platform {@code Arbetskalender}). */
    ARBETSDAGAR,
    /** A date carried by the start event itself (e.g. the end of a time-limited decision). */
    DATUM_I_HANDELSEN,
    /** The last day of the calendar quarter after the one the start date is in (report in the next quarter). */
    KVARTALET_EFTER
}
