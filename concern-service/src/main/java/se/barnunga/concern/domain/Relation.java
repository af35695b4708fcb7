package se.barnunga.concern.domain;

/** Which child of an ongoing assignment the concern is about: the duty covers siblings and other connected children. */
public enum Relation {
    ARENDETS_BARN,
    SYSKON,
    ANNAT_BARN_MED_ANKNYTNING
}
