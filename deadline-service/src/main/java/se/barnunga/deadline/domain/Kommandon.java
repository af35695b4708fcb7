package se.barnunga.deadline.domain;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import se.barnunga.platform.domain.Actor;

/** The commands of a watched case ({@link Bevakningsarende}). */
public final class Kommandon {

    private Kommandon() {
    }

    /** A fact learned from another service's event (or this service's own), recorded once by its id. */
    public record RegistreraFaktum(@TargetAggregateIdentifier String arendeId, Arendetyp arendetyp, Faktum faktum, Instant nu) {
    }

    /** Raise what is due by now: reminders, passed watches, the IVO report requirement of a new quarter. */
    public record KontrolleraBevakningar(@TargetAggregateIdentifier String arendeId, Instant nu) {
    }

    /** Acknowledge the latest alert of a watch: who (the actor), when ({@code nu}), with an optional comment. */
    public record KvitteraLarm(@TargetAggregateIdentifier String arendeId, String bevakningId, String kommentar, Actor actor,
                               Instant nu) {
    }
}
