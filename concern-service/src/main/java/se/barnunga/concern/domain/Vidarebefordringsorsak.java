package se.barnunga.concern.domain;

/** Why a concern moved to another recipient. */
public enum Vidarebefordringsorsak {
    /** A recipient forwarded it. */
    VIDAREBEFORDRAN,
    /** It was not acknowledged in time and the service moved it to the reception unit. */
    ESKALERING
}
