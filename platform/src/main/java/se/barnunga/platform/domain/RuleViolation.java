package se.barnunga.platform.domain;

/**
 * A command whose content breaks a rule of the domain (e.g. a start date before the decision date). Answered with
 * HTTP 422 and a problem naming the field and the rule. The message is Swedish, for the staff who read it, and never
 * contains personal data.
 */
public class RuleViolation extends RuntimeException {

    private final String field;
    private final String rule;

    public RuleViolation(String field, String rule, String message) {
        super(message);
        this.field = field;
        this.rule = rule;
    }

    /** The command field that breaks the rule, as named in the REST body, or {@code null} when none applies. */
    public String field() {
        return field;
    }

    /** A stable code of the rule, e.g. {@code START_FORE_BESLUT}. */
    public String rule() {
        return rule;
    }
}
