package se.barnunga.followup.domain;

/** The outcome of a follow-up meeting (the routine: continue, adjust, close, or open a new investigation). */
public enum Utfall {
    FORTSATTA, JUSTERA, AVSLUTA, NY_UTREDNING
}
