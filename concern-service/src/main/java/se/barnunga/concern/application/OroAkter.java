package se.barnunga.concern.application;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/** Reads one concern's file from the event store (all its events). */
@ApplicationScoped
public class OroAkter {

    @Inject
    EventStore eventStore;

    public Optional<Oroakt> las(String oroId) {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(oroId, 0).asStream().toList();
        return events.isEmpty() ? Optional.empty() : Optional.of(Oroakt.av(events));
    }
}
