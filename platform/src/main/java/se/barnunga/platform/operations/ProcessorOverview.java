package se.barnunga.platform.operations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import se.barnunga.platform.axon.ProcessorPositions;
import se.barnunga.platform.consuming.ConsumerLag;
import se.barnunga.platform.consuming.ContractEventConsumers;

/**
 * The state of every event processor and consumer group of this service: position against the store's head (lag),
 * failing state and parked events. Also the gauges {@code barnunga.processor.lag} and {@code barnunga.processor.parked}
 * (tags {@code group}, {@code kind}), read from a snapshot at most 5 s old so that scraping does not hammer the database.
 * For consumer groups position and head are the committed and the end offsets summed over the partitions of their
 * topics ({@link ConsumerLag}); null (NaN as gauge) while the broker does not answer.
 */
@Singleton
public class ProcessorOverview {

    private static final Logger LOG = Logger.getLogger(ProcessorOverview.class);
    private static final long CACHE_NANOS = 5_000_000_000L;

    @Inject
    ProcessingStatus status;
    @Inject
    ParkedEvents parked;
    @Inject
    ProcessorPositions positions;
    @Inject
    MeterRegistry meters;
    @Inject
    ContractEventConsumers consumers;
    @Inject
    ConsumerLag consumerLag;

    private volatile List<Entry> snapshot = List.of();
    private volatile long snapshotAt;

    /** One group, as {@code GET /api/drift/processors} shows it. */
    public record Entry(String name, ProcessingStatus.Kind kind, Long position, Long head, Long lag, boolean failing,
                        Instant failingSince, String lastError, int parked) {
    }

    /** Read now. */
    public List<Entry> entries() throws Exception {
        Map<String, Integer> parkedCounts = parked.parkedCounts();
        List<ProcessingStatus.Group> groups = status.groups();
        groups.sort(Comparator.comparing((ProcessingStatus.Group g) -> g.kind()).thenComparing(ProcessingStatus.Group::name));
        Long head = null;
        List<Entry> entries = new ArrayList<>();
        for (ProcessingStatus.Group g : groups) {
            Long position = null;
            Long lag = null;
            Long groupHead = null;
            if (g.kind() == ProcessingStatus.Kind.PROCESSOR) {
                if (head == null) {
                    head = positions.head();
                }
                groupHead = head;
                OptionalLong p = positions.position(g.name());
                position = p.isPresent() ? p.getAsLong() : null;
                lag = Math.max(0, head - (position == null ? -1 : position));
            } else {
                java.util.Set<String> topics = consumers.topicsByGroup().get(g.name());
                if (topics != null) {
                    try {
                        ConsumerLag.Position p = consumerLag.position(g.name(), topics);
                        position = p.position();
                        groupHead = p.head();
                        lag = p.lag();
                    } catch (Exception e) {
                        LOG.debugf("consumer lag of %s not readable (%s)", g.name(), e.getClass().getSimpleName());
                    }
                }
            }
            Instant since = g.failingSince().orElse(null);
            entries.add(new Entry(g.name(), g.kind(), position, groupHead, lag, since != null, since, g.lastError(),
                    parkedCounts.getOrDefault(g.name(), 0)));
        }
        snapshot = entries;
        snapshotAt = System.nanoTime();
        return entries;
    }

    /** A snapshot at most 5 s old. */
    public List<Entry> cached() {
        if (snapshotAt == 0 || System.nanoTime() - snapshotAt > CACHE_NANOS) {
            synchronized (this) {
                if (snapshotAt == 0 || System.nanoTime() - snapshotAt > CACHE_NANOS) {
                    try {
                        entries();
                    } catch (Exception e) {
                        LOG.debugf("processor overview not readable (%s)", e.getClass().getSimpleName());
                        snapshotAt = System.nanoTime();
                    }
                }
            }
        }
        return snapshot;
    }

    void gauges(@Observes @Priority(4000) StartupEvent event) {
        for (ProcessingStatus.Group g : status.groups()) {
            String name = g.name();
            Gauge.builder("barnunga.processor.lag", this, o -> o.value(name, true))
                    .tags("group", name, "kind", g.kind().name())
                    .description("Events in the store not yet handled by the processor (lowest segment)")
                    .strongReference(true).register(meters);
            Gauge.builder("barnunga.processor.parked", this, o -> o.value(name, false))
                    .tags("group", name, "kind", g.kind().name())
                    .description("Events parked (failed, or behind a failed one) and not yet re-driven or discarded")
                    .strongReference(true).register(meters);
        }
    }

    private double value(String name, boolean lag) {
        for (Entry e : cached()) {
            if (e.name().equals(name)) {
                if (lag) {
                    return e.lag() == null ? Double.NaN : e.lag();
                }
                return e.parked();
            }
        }
        return Double.NaN;
    }
}
