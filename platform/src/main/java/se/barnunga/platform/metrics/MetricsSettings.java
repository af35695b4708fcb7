package se.barnunga.platform.metrics;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the business metrics that are read from the database (docs/operations.md, "Monitoring"). */
@ConfigMapping(prefix = "barnunga.metrics")
public interface MetricsSettings {

    /**
     * How long a figure read from the database is served before the next scrape reads it again: the gauges run their
     * queries at most once per interval and instance, however often (and by however many Prometheus servers) they are
     * scraped, and not at all while nobody scrapes.
     */
    @WithDefault("30s")
    Duration refreshInterval();
}
