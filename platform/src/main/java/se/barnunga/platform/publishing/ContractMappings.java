package se.barnunga.platform.publishing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A service's mapping of domain events to contract events as a table: per domain event class, the function that makes
 * its contract event. A {@link ContractEventMapper} built on it answers {@link ContractEventMapper#mayPublish} from the
 * same table that maps the events, so the classes the publisher reads can never drift from the classes that are
 * mapped (a list kept beside an {@code if}/{@code instanceof} chain could).
 *
 * <p>Domain events are records, which are final: looking an event up by its exact class finds what an
 * {@code instanceof} test would. A function may return {@code null} for an event of its class that has no contract
 * event (e.g. one stored before the event was public).
 */
public final class ContractMappings {

    private final Map<Class<?>, Function<Object, ? extends Record>> byClass;

    private ContractMappings(Map<Class<?>, Function<Object, ? extends Record>> byClass) {
        this.byClass = Map.copyOf(byClass);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Whether events of this class may have a contract event (it has a function). */
    public boolean maps(Class<?> domainEventClass) {
        return byClass.containsKey(domainEventClass);
    }

    /** The domain event classes that have a function. */
    public Set<Class<?>> classes() {
        return byClass.keySet();
    }

    /** The contract event of a domain event: none if its class has no function, or the function returned none. */
    public List<Record> map(Object domainEvent) {
        Function<Object, ? extends Record> mapping = byClass.get(domainEvent.getClass());
        Record contract = mapping == null ? null : mapping.apply(domainEvent);
        return contract == null ? List.of() : List.of(contract);
    }

    public static final class Builder {
        private final Map<Class<?>, Function<Object, ? extends Record>> byClass = new HashMap<>();

        private Builder() {
        }

        /** The contract event of every event of a (record) class; one function per class. */
        public <E extends Record> Builder map(Class<E> domainEventClass, Function<? super E, ? extends Record> mapping) {
            Function<Object, ? extends Record> untyped = event -> mapping.apply(domainEventClass.cast(event));
            if (byClass.putIfAbsent(domainEventClass, untyped) != null) {
                throw new IllegalArgumentException("mapped twice: " + domainEventClass.getName());
            }
            return this;
        }

        public ContractMappings build() {
            return new ContractMappings(byClass);
        }
    }
}
