package se.barnunga.testing;

/**
 * The development tokens of the people who are the same in every service's REST tests (same user id, unit and role).
 * The services' test support classes re-export them under the names their tests use and add their own.
 */
public final class StandardTokens {

    private StandardTokens() {
    }

    /** The social secretary who owns the case. */
    public static final String ANNA = DevTokens.token("anna", "MYND-1", "socialsekreterare");
    /** A social secretary of Anna's unit, not responsible for the case. */
    public static final String BERIT_SAMMA_ENHET = DevTokens.token("berit", "MYND-1", "socialsekreterare");
    /** A social secretary of another unit. */
    public static final String SARA_ANNAN_ENHET = DevTokens.token("sara", "MYND-2", "socialsekreterare");
    /** The ansvarig utförare of the performing unit UTF-1. */
    public static final String ULLA_UTFORARE = DevTokens.token("ulla", "UTF-1", "utforare");
    /** Another performer of UTF-1. */
    public static final String ULF_UTFORARE = DevTokens.token("ulf", "UTF-1", "utforare");
    /** The metodhandledare of UTF-1. */
    public static final String MATS_METODHANDLEDARE = DevTokens.token("mats", "UTF-1", "metodhandledare");
    /** The reception unit's officer (MOTT-1). */
    public static final String MIA_MOTTAGNING = DevTokens.token("mia", "MOTT-1", "mottagning");
    /** The unit manager of MYND-1. */
    public static final String CHEF_MYND = DevTokens.token("cecilia", "MYND-1", "enhetschef");
    /** The unit manager of UTF-1. */
    public static final String CHEF_UTF = DevTokens.token("carl", "UTF-1", "enhetschef");
    /** The IVO reporter at the staff unit. */
    public static final String RUT_RAPPORTOR = DevTokens.token("rut", "STAB-1", "rapportor");
    /** Operations staff. */
    public static final String OLLE_DRIFT = DevTokens.token("olle", "DRIFT-1", "drift");
}
