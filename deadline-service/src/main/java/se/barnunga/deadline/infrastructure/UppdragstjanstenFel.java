package se.barnunga.deadline.infrastructure;

/**
 * The assignment-service could not give what the IVO report needs: it answered with an error, too slowly, or not at
 * all. Mapped to 502 problem+json naming the dependency (the caller's request was fine; the report cannot be made now).
 * A refusal of the caller (401/403 from the assignment-service) is a {@code NotPermitted} instead.
 *
 * @param status the assignment-service's HTTP status, or 0 when it did not answer
 */
public class UppdragstjanstenFel extends RuntimeException {

    public static final String BEROENDE = "assignment-service";

    private final int status;

    public UppdragstjanstenFel(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
