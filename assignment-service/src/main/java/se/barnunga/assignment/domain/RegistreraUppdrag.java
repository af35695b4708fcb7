package se.barnunga.assignment.domain;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import se.barnunga.platform.domain.Actor;

/**
 * The social secretary registers an assignment for a child, addressed to a performing unit.
 *
 * @param uppdragId    the new assignment's id
 * @param typ          kind of assignment
 * @param barn         the child
 * @param utforarenhet code of the performing unit
 * @param actor        who registers
 * @param tidpunkt     when, from the service's clock
 */
public record RegistreraUppdrag(@TargetAggregateIdentifier String uppdragId, Uppdragstyp typ, Barn barn,
                                String utforarenhet, Actor actor, Instant tidpunkt) {
}
