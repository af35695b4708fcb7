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
}
