package se.barnunga.assignment.domain;

import java.time.Instant;

/**
 * Internal event: the assignment was sent to the performing unit. Self-contained, so the public
 * {@code UppdragSkickat} can be derived from it alone (the child's pseudonym from the personnummer).
 */
public record UppdragSkickat(String uppdragId, Uppdragstyp typ, Barn barn, String utforarenhet,
                             String myndighetsenhet, String socialsekreterare, String skickatAv, Instant skickat) {
}
