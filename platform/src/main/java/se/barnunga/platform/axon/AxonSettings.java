package se.barnunga.platform.axon;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Tuning of the event-sourcing runtime; every service shares the defaults. */
@ConfigMapping(prefix = "barnunga.axon")
public interface AxonSettings {

    /** Events after which an aggregate is snapshotted. */
    @WithDefault("100")
    int snapshotThreshold();

    /** Events a streaming processor handles in one transaction. */
    @WithDefault("50")
    int processorBatchSize();

    /**
     * Events per transaction of a processor whose projection implements {@code BatchPreload} (its rows loaded in one
     * query per batch and written in JDBC batches during a replay). Axon 4.13 fixes a processor's batch size once, for
     * live processing and replay alike; live batches hold only what has arrived (one event or a few), so the larger size
     * matters with a backlog only – a replay, a catch-up –, where it cuts the transactions and round trips per event.
     */
    @WithDefault("500")
    int preloadingBatchSize();

    /**
     * Events the event store reads in one query: when a processor streams events it has not got in the store's cache (a
     * replay, a processor catching up) and when an aggregate is loaded. Axon's default is 100: a replay of a million
     * events then costs ten thousand queries, each in a transaction of its own.
     */
    @WithDefault("1000")
    int eventStoreBatchSize();

    /**
     * While a projection that implements {@code BatchPreload} replays (a rebuild, docs/operations.md), its persistence
     * context is flushed once per batch, with this many statements sent to PostgreSQL at a time (JDBC batching),
     * instead of once per event; 0 keeps the per-event flush of live processing during a replay too. A batch that fails
     * is retried with the per-event flush, so a failing event is found, retried and parked exactly as in live processing.
     */
    @WithDefault("100")
    int replayJdbcBatchSize();

    /** Segments of a new streaming processor: the unit of parallelism across instances. */
    @WithDefault("4")
    int processorSegments();

    /** How long a processor's claim on a segment holds without being extended (other instances take over after). */
    @WithDefault("10s")
    Duration tokenClaimTimeout();

    /**
     * How long an idle processor waits before it looks for new events itself and tries to claim unclaimed segments.
     * Commits in this JVM wake it at once (CommitWakingEventStore); this bounds the delay for events that another
     * instance of the service committed. Axon's default is 5 s; 1 s costs one in-memory look and one token-table query
     * a second per processor.
     */
    @WithDefault("1s")
    Duration processorIdlePoll();

    /**
     * How often each instance refreshes its row in {@code service_instance} and shares the processors' segments with
     * the other running instances ({@link SegmentBalancer}); an instance not seen for three intervals counts as gone,
     * so three intervals must stay below {@link #tokenClaimTimeout()}.
     */
    @WithDefault("2s")
    Duration balanceInterval();
}
