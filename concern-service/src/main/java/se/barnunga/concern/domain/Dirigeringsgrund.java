package se.barnunga.concern.domain;

/** Why a concern was routed to its first recipient (the routine's order, "Överlämna information om oro"). */
public enum Dirigeringsgrund {
    /** The child has an ongoing case whose responsible social secretary is known and present. */
    ANSVARIG_SOCIALSEKRETERARE("Barnets ansvariga socialsekreterare är känd och i tjänst."),
    /** The responsible social secretary is registered as absent: the reception unit takes it. */
    ANSVARIG_SOCIALSEKRETERARE_FRANVARANDE("Barnets ansvariga socialsekreterare är registrerad som frånvarande; oron går till mottagningen."),
    /** No ongoing case with a known responsible social secretary: the reception unit takes it. */
    INGEN_ANSVARIG_SOCIALSEKRETERARE("Ingen ansvarig socialsekreterare är känd för barnet; oron går till mottagningen."),
    /** An acute concern outside office hours goes to Socialjouren. */
    AKUT_UTANFOR_KONTORSTID("Akut oro utanför kontorstid går till Socialjouren.");

    private final String forklaring;

    Dirigeringsgrund(String forklaring) {
        this.forklaring = forklaring;
    }

    /** The explanation in Swedish, for the reporter and the recipient. */
    public String forklaring() {
        return forklaring;
    }
}
