package se.barnunga.assignment.domain;

/** Where an assignment is in the routine. The walking skeleton knows the first three; the full lifecycle comes next. */
public enum Uppdragsstatus {
    REGISTRERAT,
    SKICKAT,
    MOTTAGET
}
