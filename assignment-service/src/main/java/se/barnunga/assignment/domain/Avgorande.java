package se.barnunga.assignment.domain;

import se.barnunga.assignment.domain.Handelser.UppdragHandelse;
import se.barnunga.platform.domain.Roll;

/**
 * What a decider of an {@link Uppdrag} decided: the event to apply, and the role the actor acted in, which goes into the
 * event's metadata with who did it ({@link se.barnunga.platform.domain.PerformedBy}). Every step of the routine after
 * the first enquiry makes exactly one event.
 *
 * @param roll     the role the actor acted in
 * @param handelse the event
 */
record Avgorande(Roll roll, UppdragHandelse handelse) {
}
