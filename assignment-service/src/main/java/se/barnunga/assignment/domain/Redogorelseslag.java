package se.barnunga.assignment.domain;

/** The report of an investigation-time assignment: a report (utredningsuppdrag) or a closing summary (insats under utredning). */
public enum Redogorelseslag {
    REDOGORELSE, AVSLUTANDE_SAMMANFATTNING
}
