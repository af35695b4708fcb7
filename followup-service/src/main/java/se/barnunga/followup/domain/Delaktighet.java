package se.barnunga.followup.domain;

/** How the child or the guardians took part in the work, in the performer's summary. */
public enum Delaktighet {
    AKTIV, DELVIS, INGEN
}
