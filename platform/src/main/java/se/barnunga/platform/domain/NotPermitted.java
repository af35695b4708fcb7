package se.barnunga.platform.domain;

/**
 * The actor's role or unit may not do this on this case (e.g. a metodhandledare of another unit). Answered with 403.
 */
public class NotPermitted extends RuntimeException {

    public NotPermitted(String message) {
        super(message);
    }
}
