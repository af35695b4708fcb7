package se.barnunga.platform.consuming;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "barnunga.consuming")
public interface ConsumingSettings {

    /** Attempts at one message before it goes to the DLQ. */
    @WithDefault("5")
    int maxAttempts();

    /** Back-off after the first failed attempt; doubled after each further one. */
    @WithDefault("200ms")
    Duration initialBackoff();

    /**
     * Records of one poll handled in one transaction at most (with their {@code processed_event} rows). A batch that
     * fails is rolled back whole and its records are handled one at a time, each in its own transaction, with the usual
     * retry, back-off and parking. 1 handles every record in its own transaction.
     */
    @WithDefault("50")
    int batchSize();

    /**
     * How long a batch goes on taking records before it commits: bounds what a batch adds to the latency of its first
     * record (its effect is visible only at the commit), while one commit still serves every record handled meanwhile.
     */
    @WithDefault("25ms")
    Duration batchTime();

    /** Whether consumers run at all (a service with no handlers starts none anyway). */
    @WithDefault("true")
    boolean enabled();
}
