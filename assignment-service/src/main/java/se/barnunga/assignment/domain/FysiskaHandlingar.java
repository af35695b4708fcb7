package se.barnunga.assignment.domain;

/** The performer's physical documents at closure. */
public enum FysiskaHandlingar {
    OVERLAMNADE, INGA_FINNS
}
