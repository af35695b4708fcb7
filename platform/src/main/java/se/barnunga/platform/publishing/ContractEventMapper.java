package se.barnunga.platform.publishing;

import java.util.List;

/**
 * How a service's domain events become public contract events (docs/architecture.md, "The public contract" and
 * "Privacy"). Each service has one such CDI bean in its {@code application} layer, which gives its table of
 * {@link #mappings()}; the platform's {@link ContractEventPublisher} asks it for every event of the store. The mapping
 * is where identifiers are replaced by pseudonyms: nothing that identifies a family may be returned.
 */
public interface ContractEventMapper {

    /** The service's table: per public domain event class, the function that makes its contract event. */
    ContractMappings mappings();

    /**
     * The contract events (records annotated {@code @ContractEvent}) for one domain event, in order; empty when the
     * event is internal only.
     */
    default List<Record> toContractEvents(Object domainEvent) {
        return mappings().map(domainEvent);
    }

    /**
     * Whether events of this domain event class may have contract events: exactly the classes of the table, so the
     * classes the publisher reads can never drift from the classes that are mapped. The publisher passes every other
     * event by without reading (deserializing) its payload from the store – in a service where most events are
     * internal that is most of the publisher's work.
     */
    default boolean mayPublish(Class<?> domainEventClass) {
        return mappings().maps(domainEventClass);
    }
}
