package se.barnunga.platform.api;

/**
 * The syntax of the identifiers that requests carry as text, for {@code @Pattern(regexp = …)} on request records and
 * query parameters; written once so every service accepts the same unit codes and staff ids. Control characters and
 * lengths are refused for every parameter by {@link StrictRequests} and the text rules in any case.
 */
public final class Patterns {

    /** A unit code (enhet), as the tokens' {@code enhet} claim carries it: letters, digits, - and _, at most 64. */
    public static final String UNIT_CODE = "[A-Za-z0-9_-]{1,64}";
    /** The message of a unit code that breaks {@link #UNIT_CODE}, for the staff. */
    public static final String UNIT_CODE_MESSAGE = "enhetskod: bokstäver, siffror, - och _";
    /** A staff id (the token's subject): no white space. */
    public static final String STAFF_ID = "\\S+";

    private Patterns() {
    }
}
