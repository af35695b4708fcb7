package se.barnunga.followup.domain;

/** The BBIC four-step scale of change (BBIC:s metodstöd; the routine's appendix 2). */
public enum Bbicskala {
    POSITIV_FORANDRING_MAL_UPPFYLLT, POSITIV_FORANDRING_MAL_EJ_UPPFYLLT, INGEN_FORANDRING, NEGATIV_FORANDRING
}
