package se.barnunga.assignment.domain;

/** Who in the family received a document. */
public enum Mottagare {
    VARDNADSHAVARE, BARNET, ANNAN_FAMILJEMEDLEM
}
