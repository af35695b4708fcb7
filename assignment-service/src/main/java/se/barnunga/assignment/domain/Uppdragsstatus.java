package se.barnunga.assignment.domain;

/** Where an assignment is in the routine, from the enquiry to the closed assignment. */
public enum Uppdragsstatus {
    /** Enquiry sent to a performing unit, awaiting its go-ahead. */
    FORFRAGAN,
    /** The unit declined; the social secretary may ask another unit. */
    AVBOJT,
    /** The unit gave its go-ahead; consent and decision follow. */
    KLARTECKEN,
    /** Decision on intervention (or on the investigation assignment) taken; the assignment can be sent. */
    BESLUTAT,
    /** The written assignment was sent to the unit. */
    SKICKAT,
    /** The unit confirmed receipt. */
    MOTTAGET,
    /** The unit appointed the responsible performer (ansvarig utförare). */
    TILLDELAT,
    /** The unit reported that it cannot take on the assignment; the social secretary may ask another unit. */
    HINDRAT,
    /** The planning meeting was held; the start date is agreed. */
    PLANERAT,
    /** The intervention is carried out (verkställd). */
    VERKSTALLT,
    /** The intervention is interrupted. */
    AVBRUTET,
    /** The decision was revoked. */
    ATERKALLAT,
    /** The social secretary closed the intervention; the performer closes the assignment. */
    INSATS_AVSLUTAD,
    /** The assignment is closed. */
    AVSLUTAT;

    /** Whether the intervention is under way (started, possibly interrupted). */
    public boolean pagaende() {
        return this == VERKSTALLT || this == AVBRUTET;
    }
}
