package se.barnunga.assignment.domain;

/** The BBIC four-step scale of change. */
public enum Bbicskala {
    POSITIV_FORANDRING_MAL_UPPFYLLT, POSITIV_FORANDRING_MAL_EJ_UPPFYLLT, INGEN_FORANDRING, NEGATIV_FORANDRING
}
