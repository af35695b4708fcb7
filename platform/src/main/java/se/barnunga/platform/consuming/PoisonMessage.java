package se.barnunga.platform.consuming;

/** A message that can never be handled (undecodable, unknown version …): sent to the DLQ without retrying. */
public class PoisonMessage extends RuntimeException {

    public PoisonMessage(String message) {
        super(message);
    }

    public PoisonMessage(String message, Throwable cause) {
        super(message, cause);
    }
}
