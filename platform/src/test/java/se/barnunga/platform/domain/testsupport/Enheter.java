package se.barnunga.platform.domain.testsupport;

/**
 * The units of the services' test cases: the same codes in every service's fixtures, so that a case reads the same in
 * the assignment-, followup-, concern- and deadline-service's tests.
 */
public final class Enheter {

    private Enheter() {
    }

    /** The myndighetsenhet of the standard case (Anna's). */
    public static final String MYNDIGHETSENHET = "MYND-1";
    /** Another myndighetsenhet. */
    public static final String ANNAN_MYNDIGHETSENHET = "MYND-2";
    /** The performing unit of the standard case (Ulla's). */
    public static final String UTFORARENHET = "UTF-1";
    /** Another performing unit. */
    public static final String ANNAN_UTFORARENHET = "UTF-2";
    /** The reception unit (mottagning) of the standard concern. */
    public static final String MOTTAGNINGSENHET = "MOTT-1";
}
