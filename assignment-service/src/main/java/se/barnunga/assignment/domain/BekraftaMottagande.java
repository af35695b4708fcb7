package se.barnunga.assignment.domain;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import se.barnunga.platform.domain.Actor;

/** The metodhandledare of the performing unit confirms that the assignment has been received. */
public record BekraftaMottagande(@TargetAggregateIdentifier String uppdragId, Actor actor, Instant tidpunkt) {
}
