package se.barnunga.followup.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.barnunga.followup.domain.Handelser;

/**
 * The publisher reads an event's payload only if the mapping says it may publish the event's class
 * ({@link UppfoljningKontraktsmappning#mayPublish}): every other event must map to nothing, or it would never be published.
 */
class UppfoljningKontraktsmappningTest {

    private final UppfoljningKontraktsmappning mappning = new UppfoljningKontraktsmappning();

    @Test
    void every_event_class_the_publisher_passes_by_maps_to_no_contract_event() throws Exception {
        List<Class<?>> events = Arrays.stream(Handelser.class.getDeclaredClasses()).filter(Class::isRecord).toList();
        assertThat(events).as("the domain events").hasSizeGreaterThan(mappning.publicClasses().size());
        assertThat(events).as("the public ones are domain events").containsAll(mappning.publicClasses());
        int internal = 0;
        for (Class<?> type : events) {
            if (mappning.mayPublish(type)) {
                continue;
            }
            internal++;
            // an event with every component empty: a branch of the mapping for it would fail or map it
            assertThat(mappning.toContractEvents(emptyInstance(type))).as(type.getSimpleName()).isEmpty();
        }
        assertThat(internal).as("internal events checked").isPositive();
        assertThat(mappning.mayPublish(Handelser.UppfoljningGenomford.class)).isTrue();
        assertThat(mappning.mayPublish(Handelser.UppdragKant.class)).isFalse();
    }

    private static Object emptyInstance(Class<?> record) throws Exception {
        RecordComponent[] components = record.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Constructor<?> canonical = record.getDeclaredConstructor(types);
        canonical.setAccessible(true);
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            args[i] = types[i].isPrimitive() ? java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(types[i], 1), 0) : null;
        }
        return canonical.newInstance(args);
    }
}
