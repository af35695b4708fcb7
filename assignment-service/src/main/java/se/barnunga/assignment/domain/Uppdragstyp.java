package se.barnunga.assignment.domain;

/** The three kinds of assignment of the routine (docs/architecture.md, "The domain in brief"). */
public enum Uppdragstyp {
    /** Investigation assignment during an ongoing investigation; no decision on intervention. */
    UTREDNINGSUPPDRAG,
    /** Time-limited intervention during an ongoing investigation. */
    INSATS_UNDER_UTREDNING,
    /** Granted intervention after a completed investigation: the main flow. */
    BEVILJAD_INSATS
}
