package se.barnunga.assignment.domain;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import se.barnunga.platform.domain.Actor;

/** The social secretary sends the written assignment to the performing unit. */
public record SkickaUppdrag(@TargetAggregateIdentifier String uppdragId, Actor actor, Instant tidpunkt) {
}
