package se.barnunga.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import se.barnunga.platform.operations.TestHandelse;
import se.barnunga.testing.PostgresKafkaTestResource;

/**
 * A streaming processor's stream is woken (its availability callback) by the event store once the events of a
 * committed transaction are in the store's cache: not before the commit, and not before the store has read them – so
 * the woken coordinator finds them with a look that does not wait (CommitWakingEventStore).
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "platform"))
class EventStoreWakeUpTest {

    @Inject
    EventStore eventStore;
    @Inject
    UserTransaction transaction;

    @Test
    void a_tailing_stream_is_woken_when_the_committed_events_are_in_the_cache_and_finds_them_without_waiting() throws Exception {
        for (int round = 0; round < 3; round++) {
            TrackedEventMessage<?> last = null;
            try (BlockingStream<TrackedEventMessage<?>> catchUp = eventStore.openStream(null)) {
                while (catchUp.hasNextAvailable(500, TimeUnit.MILLISECONDS)) {
                    last = catchUp.nextAvailable();
                }
            }
            AtomicInteger wakeUps = new AtomicInteger();
            AtomicReference<Boolean> visibleWhenWoken = new AtomicReference<>();
            TrackingToken start = last == null ? null : last.trackingToken();
            try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(start);
                 BlockingStream<TrackedEventMessage<?>> probe = eventStore.openStream(start)) {
                // caught up: the streams now tail the store's cache, as an idle processor's does
                assertThat(stream.hasNextAvailable()).isFalse();
                assertThat(probe.hasNextAvailable()).isFalse();
                assertThat(stream.setOnAvailableCallback(() -> {
                    // in the waking thread, at the moment of the wake-up: is the event there for a look that does not wait?
                    visibleWhenWoken.compareAndSet(null, probe.hasNextAvailable());
                    wakeUps.incrementAndGet();
                })).as("availability callback supported").isTrue();
                String id = UUID.randomUUID().toString();

                transaction.begin();
                try {
                    eventStore.publish(new GenericDomainEventMessage<>("TestAggregat", id, 0, new TestHandelse("wake-up " + round)));
                    assertThat(wakeUps).as("no wake-up before the commit").hasValue(0);
                    assertThat(stream.hasNextAvailable()).as("nothing visible before the commit").isFalse();
                } finally {
                    transaction.commit();
                }

                await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(wakeUps.get()).isPositive());
                assertThat(visibleWhenWoken.get()).as("the event was in the cache when the stream was woken").isTrue();
                // woken, the event is already there: a look that does not wait finds it
                assertThat(stream.hasNextAvailable(0, TimeUnit.MILLISECONDS)).as("the event is in the cache when the stream is woken")
                        .isTrue();
                assertThat(stream.nextAvailable()).isInstanceOfSatisfying(DomainEventMessage.class,
                        e -> assertThat(e.getAggregateIdentifier()).isEqualTo(id));
            }
        }
    }

    @Test
    void a_closed_stream_is_no_longer_woken() throws Exception {
        AtomicInteger wakeUps = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        BlockingStream<TrackedEventMessage<?>> closed = eventStore.openStream(eventStore.createHeadToken());
        closed.setOnAvailableCallback(wakeUps::incrementAndGet);
        closed.hasNextAvailable();
        closed.close();
        try (BlockingStream<TrackedEventMessage<?>> open = eventStore.openStream(eventStore.createHeadToken())) {
            open.setOnAvailableCallback(other::incrementAndGet);
            open.hasNextAvailable();
            eventStore.publish(new GenericDomainEventMessage<>("TestAggregat", UUID.randomUUID().toString(), 0,
                    new TestHandelse("after close")));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(other.get()).isPositive());
            assertThat(wakeUps).hasValue(0);
        }
    }
}
