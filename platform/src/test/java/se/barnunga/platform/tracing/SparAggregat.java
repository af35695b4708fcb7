package se.barnunga.platform.tracing;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateRoot;

import se.barnunga.contracts.ContractEvent;

/** A test aggregate of the tracing tests: one command, one event, published as one contract event. */
@AggregateRoot
public class SparAggregat {

    static final String TOPIC = "barnunga.platformtest.spar.v1";

    /** The command; {@code fel} makes the handler fail with that message. */
    public record SparaSpar(String id, String fel) {
    }

    public record SparSparat(String id) {
    }

    @ContractEvent(type = "SparSkickat", topic = TOPIC)
    public record SparSkickat(String id) {
    }

    @AggregateIdentifier
    private String id;

    protected SparAggregat() {
    }

    @CommandHandler
    public SparAggregat(SparaSpar command) {
        if (command.fel() != null) {
            throw new IllegalStateException(command.fel());
        }
        AggregateLifecycle.apply(new SparSparat(command.id()));
    }

    @EventSourcingHandler
    void on(SparSparat event) {
        id = event.id();
    }
}
