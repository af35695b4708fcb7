package se.barnunga.assignment.domain;

/** Protection marking of the family's personal data (skyddade personuppgifter). */
public enum Skyddsmarkering {
    INGEN, SEKRETESSMARKERING, SKYDDAD_FOLKBOKFORING, FINGERADE_PERSONUPPGIFTER;

    /** Whether contact details are masked for everyone but the responsible social secretary. */
    public boolean skyddad() {
        return this != INGEN;
    }
}
