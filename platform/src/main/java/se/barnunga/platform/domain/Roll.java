package se.barnunga.platform.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles of the routine and of operations, as carried in the token's {@code groups} claim ({@link #claim()}).
 */
public enum Roll {
    /** The investigating social secretary of the myndighet, responsible for the case. */
    SOCIALSEKRETERARE("socialsekreterare"),
    /** Receives assignments for the performing unit and appoints the responsible performer. */
    METODHANDLEDARE("metodhandledare"),
    /** A performer of the unit; the appointed one is the case's ansvarig utförare. */
    UTFORARE("utforare"),
    /** The reception unit (mottagning) that receives concerns without a known secretary. */
    MOTTAGNING("mottagning"),
    /** Socialjouren, outside office hours. */
    SOCIALJOUR("socialjour"),
    /** Manager of a unit. */
    ENHETSCHEF("enhetschef"),
    /** Produces reports, e.g. the quarterly IVO report. */
    RAPPORTOR("rapportor"),
    /** Operations staff: audit log, processors, dead letters. */
    DRIFT("drift"),
    /** Another system calling with its own credentials. */
    SYSTEM("system");

    private final String claim;

    Roll(String claim) {
        this.claim = claim;
    }

    /** The role's name in a token and in {@code @RolesAllowed}. */
    public String claim() {
        return claim;
    }

    public static Optional<Roll> fromClaim(String claim) {
        return Arrays.stream(values()).filter(r -> r.claim.equals(claim)).findFirst();
    }

    /** Role names for {@code @RolesAllowed}, which needs compile-time constants. */
    public static final class Namn {
        public static final String SOCIALSEKRETERARE = "socialsekreterare";
        public static final String METODHANDLEDARE = "metodhandledare";
        public static final String UTFORARE = "utforare";
        public static final String MOTTAGNING = "mottagning";
        public static final String SOCIALJOUR = "socialjour";
        public static final String ENHETSCHEF = "enhetschef";
        public static final String RAPPORTOR = "rapportor";
        public static final String DRIFT = "drift";
        public static final String SYSTEM = "system";

        private Namn() {
        }
    }
}
