package se.barnunga.platform.domain;

/**
 * A command that the aggregate's current state does not allow (e.g. sending an assignment twice). Answered with HTTP
 * 409, like a concurrent modification: the client must re-read the state before trying again.
 */
public class StateConflict extends RuntimeException {

    private final String rule;

    public StateConflict(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
