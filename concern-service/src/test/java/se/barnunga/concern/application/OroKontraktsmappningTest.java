package se.barnunga.concern.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.barnunga.concern.domain.Handelser;
import se.barnunga.contracts.oro.OroInlamnad;

/**
 * The publisher reads an event's payload only if the mapping says it may publish the event's class
 * ({@link OroKontraktsmappning#mayPublish}, the key set of the mapping's own table). Every event of the
 * concern-service is public today, so the publisher reads them all; a class the table does not map is passed by.
 */
class OroKontraktsmappningTest {

    private final OroKontraktsmappning mappning = new OroKontraktsmappning();

    @Test
    void the_publisher_reads_every_mapped_event_class_and_passes_others_by() {
        List<Class<?>> events = Arrays.stream(Handelser.class.getDeclaredClasses()).filter(Class::isRecord).toList();
        assertThat(events).as("the domain events").isNotEmpty();
        assertThat(mappning.mappings().classes()).as("the mapped classes are the domain events")
                .containsExactlyInAnyOrderElementsOf(events);
        for (Class<?> type : events) {
            assertThat(mappning.mayPublish(type)).as(type.getSimpleName()).isTrue();
        }
        // not a domain event of this service: no function, so passed by unread and mapped to nothing
        assertThat(mappning.mayPublish(OroInlamnad.class)).isFalse();
        assertThat(mappning.toContractEvents(new Object())).isEmpty();
    }
}
