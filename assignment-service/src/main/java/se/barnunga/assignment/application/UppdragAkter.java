package se.barnunga.assignment.application;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/** Reads one assignment's case file from the event store (all events from the first: snapshots are not used here). */
@ApplicationScoped
public class UppdragAkter {

    @Inject
    EventStore eventStore;

    public Optional<Uppdragsakt> las(String uppdragId) {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(uppdragId, 0).asStream().toList();
        return events.isEmpty() ? Optional.empty() : Optional.of(Uppdragsakt.av(events));
    }
}
