package se.barnunga.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Checks a service's contract mapping against its domain events (the records nested in its {@code Handelser}): the
 * publisher reads an event's payload only if the mapping says it may publish the event's class, so every class it
 * passes by must map to nothing – or events of it would never be published.
 */
public final class ContractMappingAssertions {

    private ContractMappingAssertions() {
    }

    /** The domain events: the records declared in the holder class. */
    public static List<Class<?>> domainEvents(Class<?> handelser) {
        return Arrays.stream(handelser.getDeclaredClasses()).filter(Class::isRecord).toList();
    }

    /**
     * The mapped classes are domain events, and every domain event class the publisher passes by ({@code mayPublish}
     * false) maps to nothing, tried with an event whose every component is empty (a branch of the mapping for it would
     * fail or map it). Returns how many classes were passed by.
     */
    public static int assertPassedByEventsMapToNothing(Class<?> handelser, Set<Class<?>> mapped,
            Predicate<Class<?>> mayPublish, Function<Object, ? extends Collection<?>> toContractEvents) {
        List<Class<?>> events = domainEvents(handelser);
        assertThat(events).as("the public ones are domain events").containsAll(mapped);
        int passedBy = 0;
        for (Class<?> type : events) {
            assertThat(mayPublish.test(type)).as("%s may be published exactly when it is mapped", type.getSimpleName())
                    .isEqualTo(mapped.contains(type));
            if (!mayPublish.test(type)) {
                passedBy++;
                assertThat(toContractEvents.apply(emptyRecord(type))).as(type.getSimpleName()).isEmpty();
            }
        }
        return passedBy;
    }

    /**
     * For a service whose domain events are partly internal: {@link #assertPassedByEventsMapToNothing}, and that there
     * are more domain events than mapped ones and at least one internal event was checked.
     */
    public static void assertInternalEventsArePassedBy(Class<?> handelser, Set<Class<?>> mapped,
            Predicate<Class<?>> mayPublish, Function<Object, ? extends Collection<?>> toContractEvents) {
        assertThat(domainEvents(handelser)).as("the domain events").hasSizeGreaterThan(mapped.size());
        int passedBy = assertPassedByEventsMapToNothing(handelser, mapped, mayPublish, toContractEvents);
        assertThat(passedBy).as("internal events checked").isPositive();
    }

    /** An instance of a record with every component null, zero or false (through its canonical constructor). */
    public static Object emptyRecord(Class<?> record) {
        try {
            RecordComponent[] components = record.getRecordComponents();
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Constructor<?> canonical = record.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            Object[] args = new Object[types.length];
            for (int i = 0; i < types.length; i++) {
                args[i] = types[i].isPrimitive() ? Array.get(Array.newInstance(types[i], 1), 0) : null;
            }
            return canonical.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot make an empty " + record.getName(), e);
        }
    }
}
