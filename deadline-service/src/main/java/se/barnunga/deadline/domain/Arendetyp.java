package se.barnunga.deadline.domain;

/** What a watched case is: an assignment or intervention (by its uppdragId) or a report of concern (by its oroId). */
public enum Arendetyp {
    UPPDRAG, ORO
}
