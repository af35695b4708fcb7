package se.barnunga.platform.domain;

/**
 * One-line preconditions for command handlers, so a handler reads as the list of its rules. Each throws the exception
 * that maps to the HTTP status of its kind (conventions.md, "HTTP statuses"):
 * <pre>{@code
 * rule(c.lagrum() != null, "lagrum", "LAGRUM_KRAVS", "Ange lagrummet.");      // 422, the command's content
 * state(!arSkickat(), "UPPDRAG_REDAN_SKICKAT", "Uppdraget är redan skickat."); // 409, the aggregate's state
 * permitted(actor.has(Roll.DRIFT), "Endast drift.");                           // 403, who may do it
 * }</pre>
 * Messages are Swedish (the staff read them) and never carry personal data.
 */
public final class Guards {

    private Guards() {
    }

    /** Fails with {@link RuleViolation} (422) naming the field and the rule unless {@code ok}. */
    public static void rule(boolean ok, String field, String rule, String message) {
        if (!ok) {
            throw new RuleViolation(field, rule, message);
        }
    }

    /** Fails with {@link StateConflict} (409) unless {@code ok}. */
    public static void state(boolean ok, String rule, String message) {
        if (!ok) {
            throw new StateConflict(rule, message);
        }
    }

    /** Fails with {@link NotPermitted} (403) unless {@code ok}. */
    public static void permitted(boolean ok, String message) {
        if (!ok) {
            throw new NotPermitted(message);
        }
    }

    /** Whether a text is missing: null, empty or only white space. */
    public static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
