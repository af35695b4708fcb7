package se.barnunga.platform.operations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The in-memory failing state of this instance's event processors and Kafka consumer groups: per group and per unit of
 * work distribution (a processor's segment, a consumer's partition) since when it has failed without a break, and the
 * class of its last error. A unit is failing from its first failed attempt until its next success (for a processor a
 * committed batch, for a consumer a handled or dead-lettered record). Real time, never the business clock.
 *
 * <p>Also owns the counters {@code barnunga.processor.failures} and {@code barnunga.processor.parked.events} and the
 * gauge {@code barnunga.processor.failing} (tags {@code group}, {@code kind}). The parked counter is not called
 * {@code barnunga.processor.parked.total}: Prometheus would name it {@code barnunga_processor_parked_total}, whose
 * family {@code barnunga_processor_parked} is the gauge of the currently parked events.
 */
@Singleton
public class ProcessingStatus {

    public enum Kind {
        PROCESSOR, CONSUMER
    }

    @Inject
    MeterRegistry meters;

    private final Map<String, Group> groups = new ConcurrentHashMap<>();

    /** Makes a group known (listed, measured) before it first fails. */
    public void register(String name, Kind kind) {
        groups.computeIfAbsent(name, n -> {
            Group g = new Group(n, kind);
            Gauge.builder("barnunga.processor.failing", g, x -> x.failingSince().isPresent() ? 1 : 0)
                    .tags("group", n, "kind", kind.name())
                    .description("1 while the processor or consumer group fails without a break")
                    .strongReference(true)
                    .register(meters);
            return g;
        });
    }

    /** An attempt failed (the batch of a processor's segment, or a consumer's record). */
    public void failed(String name, Kind kind, String unit, Throwable error) {
        register(name, kind);
        Group g = groups.get(name);
        g.failingSince.putIfAbsent(unit, Instant.now());
        g.lastError = Failures.errorClass(error);
        meters.counter("barnunga.processor.failures", "group", name, "kind", kind.name(),
                "transient", Boolean.toString(Failures.isTransient(error))).increment();
    }

    /** An attempt succeeded: the unit is no longer failing. */
    public void succeeded(String name, String unit) {
        Group g = groups.get(name);
        if (g != null && !g.failingSince.isEmpty() && g.failingSince.remove(unit) != null && g.failingSince.isEmpty()) {
            g.lastError = null;
        }
    }

    /**
     * The unit now belongs to another instance (another instance claimed the segment, e.g. after this one's claim ran
     * out during a long batch): its failures are that instance's to report, and here it is no longer failing – else
     * this instance would report a failure it can never recover from, as it never works on that unit again.
     */
    public void handedOver(String name, String unit) {
        succeeded(name, unit);
    }

    /**
     * This instance now holds only these units of the group (a consumer's partitions after a rebalance): the failing
     * state of every other unit is handed over ({@link #handedOver}), as the instance that got it reports it now.
     */
    public void holdsOnly(String name, java.util.Set<String> units) {
        Group g = groups.get(name);
        if (g != null) {
            g.failingSince.keySet().stream().filter(unit -> !units.contains(unit)).toList()
                    .forEach(unit -> handedOver(name, unit));
        }
    }

    /** An event was parked (failed itself, or behind an earlier one). */
    public void parked(String name, Kind kind) {
        meters.counter("barnunga.processor.parked.events", "group", name, "kind", kind.name()).increment();
    }

    public List<Group> groups() {
        return new ArrayList<>(groups.values());
    }

    public Optional<Group> group(String name) {
        return Optional.ofNullable(groups.get(name));
    }

    /** One processing group or consumer group. */
    public static final class Group {
        private final String name;
        private final Kind kind;
        private final Map<String, Instant> failingSince = new ConcurrentHashMap<>();
        private volatile String lastError;

        Group(String name, Kind kind) {
            this.name = name;
            this.kind = kind;
        }

        public String name() {
            return name;
        }

        public Kind kind() {
            return kind;
        }

        /** Since when the longest-failing unit of the group has failed without a break; empty when none fails. */
        public Optional<Instant> failingSince() {
            return failingSince.values().stream().min(Instant::compareTo);
        }

        /** The class of the last error while the group fails, else null. */
        public String lastError() {
            return failingSince.isEmpty() ? null : lastError;
        }
    }
}
