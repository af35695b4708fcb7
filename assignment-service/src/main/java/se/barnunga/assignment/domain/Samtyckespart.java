package se.barnunga.assignment.domain;

/** Who consents to the intervention. */
public enum Samtyckespart {
    VARDNADSHAVARE, BARNET
}
