package se.barnunga.followup.application;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/** Reads one intervention's follow-up record from the event store (all its events). */
@ApplicationScoped
public class UppfoljningAkter {

    @Inject
    EventStore eventStore;

    public Optional<Uppfoljningsakt> las(String uppdragId) {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(uppdragId, 0).asStream().toList();
        return events.isEmpty() ? Optional.empty() : Optional.of(Uppfoljningsakt.av(events));
    }
}
