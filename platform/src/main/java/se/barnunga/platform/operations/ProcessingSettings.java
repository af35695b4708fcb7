package se.barnunga.platform.operations;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The failure policy of event processors and consumers (docs/operations.md, "Event processors and consumers that fail"). */
@ConfigMapping(prefix = "barnunga.processing")
public interface ProcessingSettings {

    /**
     * Attempts at one event that fails deterministically before an event processor parks it (Kafka consumers use
     * {@code barnunga.consuming.max-attempts}). Transient failures are never counted: they are retried for ever.
     */
    @WithDefault("5")
    int maxAttempts();

    /** How long a processor or consumer may fail without a break before readiness goes DOWN. */
    @WithDefault("PT2M")
    Duration failingTimeout();
}
