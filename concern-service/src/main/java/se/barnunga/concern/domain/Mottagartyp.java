package se.barnunga.concern.domain;

/** The kinds of recipient of a concern (the routine: responsible social secretary, else mottagning, else Socialjouren). */
public enum Mottagartyp {
    /** The child's responsible social secretary, a named person. */
    SOCIALSEKRETERARE,
    /** The reception unit of Barn och unga (mottagningsfunktionen). */
    MOTTAGNING,
    /** Socialjouren, for urgent concerns outside office hours. */
    SOCIALJOUR
}
