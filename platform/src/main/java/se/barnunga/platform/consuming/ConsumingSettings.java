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

    /** Whether consumers run at all (a service with no handlers starts none anyway). */
    @WithDefault("true")
    boolean enabled();
}
