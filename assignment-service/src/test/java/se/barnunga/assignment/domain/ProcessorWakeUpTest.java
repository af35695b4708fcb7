package se.barnunga.assignment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.barnunga.assignment.domain.UppdragFixtures.ANNA;
import static se.barnunga.assignment.domain.UppdragFixtures.BARN;
import static se.barnunga.assignment.domain.UppdragFixtures.INSATSTYP;
import static se.barnunga.assignment.domain.UppdragFixtures.UTFORARENHET;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import se.barnunga.assignment.domain.Kommandon.SkickaForfragan;
import se.barnunga.testing.PostgresKafkaTestResource;

/**
 * The event store tells the streaming processors of new events when the transaction that appended them commits (an
 * availability callback), not before – so they never look too early and then sleep – and not only by polling.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "assignment"))
class ProcessorWakeUpTest {

    @Inject
    EventStore eventStore;
    @Inject
    CommandGateway commands;
    @Inject
    UserTransaction transaction;
    @Inject
    Clock clock;

    @Test
    void a_stream_is_woken_after_the_commit_of_new_events_and_then_has_them() throws Exception {
        TrackedEventMessage<?> last = null;
        try (BlockingStream<TrackedEventMessage<?>> catchUp = eventStore.openStream(null)) {
            while (catchUp.hasNextAvailable(500, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                last = catchUp.nextAvailable();
            }
        }
        AtomicInteger wakeUps = new AtomicInteger();
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(last == null ? null : last.trackingToken())) {
            assertThat(stream.setOnAvailableCallback(wakeUps::incrementAndGet)).as("availability callback supported").isTrue();
            String id = UUID.randomUUID().toString();

            transaction.begin();
            try {
                commands.sendAndWait(new SkickaForfragan(id, Uppdragstyp.BEVILJAD_INSATS, BARN, null, INSATSTYP, null, null,
                        null, UTFORARENHET, ANNA, clock.instant()));
                assertThat(wakeUps).as("no wake-up before the commit").hasValue(0);
            } finally {
                transaction.commit();
            }

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(wakeUps.get()).isPositive());
            // woken, the stream has the committed event (the store wakes it only once its producer has read the event)
            assertThat(stream.hasNextAvailable()).isTrue();
            assertThat(stream.nextAvailable()).isInstanceOfSatisfying(DomainEventMessage.class,
                    e -> assertThat(e.getAggregateIdentifier()).isEqualTo(id));
        }
    }
}
