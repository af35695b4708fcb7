package se.barnunga.concern.domain;

/** How the concern was passed on: orally (acute: at once, then confirmed in writing) or in writing. */
public enum Form {
    MUNTLIG,
    SKRIFTLIG
}
