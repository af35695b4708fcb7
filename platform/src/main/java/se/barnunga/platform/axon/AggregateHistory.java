package se.barnunga.platform.axon;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Reads one case's file from the event store: all events of the aggregate, folded by the service's case-file type
 * (always current, unlike a read model). The one place the services read an aggregate's history.
 */
@ApplicationScoped
public class AggregateHistory {

    @Inject
    EventStore eventStore;

    /** The aggregate's events folded into a case file, or empty when the aggregate has no events. */
    public <T> Optional<T> read(String aggregateId, Function<List<? extends DomainEventMessage<?>>, T> akt) {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(aggregateId, 0).asStream().toList();
        return events.isEmpty() ? Optional.empty() : Optional.of(akt.apply(events));
    }
}
