package se.barnunga.platform.publishing;

import java.util.List;

/**
 * How a service's domain events become public contract events (DESIGN §4). Each service has one such CDI bean in its
 * {@code application} layer; the platform's {@link ContractEventPublisher} asks it for every event of the store.
 * The mapping is where identifiers are replaced by pseudonyms: nothing that identifies a family may be returned.
 */
public interface ContractEventMapper {

    /**
     * The contract events (records annotated {@code @ContractEvent}) for one domain event, in order; empty when the
     * event is internal only.
     */
    List<Record> toContractEvents(Object domainEvent);

    /**
     * Whether events of this domain event class may have contract events. {@code false} only if
     * {@link #toContractEvents} is empty for every event of the class: the publisher then passes such an event by
     * without reading (deserializing) its payload from the store – in a service where most events are internal that
     * is most of the publisher's work. The default says "may", which is always safe. A mapper built on
     * {@link ContractMappings} answers it from the same table that maps the events.
     */
    default boolean mayPublish(Class<?> domainEventClass) {
        return true;
    }
}
