package se.barnunga.assignment.domain;

import java.time.Instant;

/**
 * Internal event: an assignment was registered. Carries personal data (the child), so it stays in this service's
 * event store.
 */
public record UppdragRegistrerat(String uppdragId, Uppdragstyp typ, Barn barn, String utforarenhet,
                                 String myndighetsenhet, String socialsekreterare, Instant registrerat) {
}
