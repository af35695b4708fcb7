package se.barnunga.platform.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import se.barnunga.platform.axon.AxonRuntime;
import se.barnunga.testing.PostgresKafkaTestResource;

/**
 * The publisher reads the payload of a stored event with its own cached reader instead of Axon's
 * {@code getPayload()} (B3): for events read back from the store, the two must give equal payloads – dates, times,
 * nested records, lists, enums, absent and null values alike – and the publisher must really use its own reader.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "platform"))
class PublisherPayloadTest {

    enum Slag { FORSTA, ANDRA }

    record Del(String namn, LocalDate datum) {
    }

    record AllaSlag(String text, long tal, Integer kanske, boolean flagga, BigDecimal belopp, Instant tidpunkt,
                    LocalDate datum, Slag slag, List<Del> delar, List<String> tomma, Map<String, Integer> antal, Del ingen) {
    }

    @Inject
    EventStore eventStore;
    @Inject
    AxonRuntime axon;
    @Inject
    ContractEventPublisher publisher;

    @Test
    void a_stored_payload_read_by_the_publisher_equals_axons_deserialized_payload() {
        String aggregate = UUID.randomUUID().toString();
        List<AllaSlag> stored = List.of(
                new AllaSlag("å ä ö \"citat\" \n rad", 42L, 7, true, new BigDecimal("12.50"),
                        Instant.parse("2026-12-07T04:15:30.123456Z"), LocalDate.of(2026, 2, 28), Slag.ANDRA,
                        List.of(new Del("a", LocalDate.of(2020, 1, 1)), new Del(null, null)), List.of(), Map.of("x", 1), null),
                new AllaSlag(null, 0L, null, false, null, null, null, null, null, null, null, new Del("b", null)));
        for (int i = 0; i < stored.size(); i++) {
            eventStore.publish(new GenericDomainEventMessage<>("TestAllaSlag", aggregate, i, stored.get(i)));
        }

        assertThat(publisher.eventSerializer()).as("Axon's event serializer, whose ObjectMapper the publisher reads with")
                .isNotNull();
        List<DomainEventMessage<?>> read;
        try (Stream<? extends TrackedEventMessage<?>> events = axon.storageEngine().readEvents(null, false)) {
            read = events.filter(e -> e instanceof DomainEventMessage<?> d && aggregate.equals(d.getAggregateIdentifier()))
                    .<DomainEventMessage<?>>map(e -> (DomainEventMessage<?>) e).toList();
        }
        assertThat(read).hasSize(stored.size());
        for (int i = 0; i < read.size(); i++) {
            DomainEventMessage<?> message = read.get(i);
            Object own = publisher.payload(message, message.getPayloadType());
            Object axons = message.getPayload();
            assertThat(own).as("event %d", i).isNotSameAs(axons).isEqualTo(axons).isEqualTo(stored.get(i));
        }
    }
}
