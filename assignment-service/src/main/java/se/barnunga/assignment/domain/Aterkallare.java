package se.barnunga.assignment.domain;

/** Who withdrew the consent a decision rested on. */
public enum Aterkallare {
    /** One of the child's guardians (the child under 18). */
    VARDNADSHAVARE,
    /** The child, 15 or over and under 18. */
    BARNET,
    /** The young person, 18 or over. */
    DEN_UNGE
}
