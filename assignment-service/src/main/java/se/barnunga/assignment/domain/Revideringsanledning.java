package se.barnunga.assignment.domain;

/** Why an implementation plan was revised. */
public enum Revideringsanledning {
    UPPFOLJNING, FAMILJENS_SYNPUNKTER, ANNAT
}
