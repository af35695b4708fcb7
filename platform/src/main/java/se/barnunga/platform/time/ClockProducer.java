package se.barnunga.platform.time;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.arc.DefaultBean;

/**
 * The one {@link Clock} of a service, in Europe/Stockholm (docs/architecture.md, "Time and calendars"). Everything that
 * needs "now" injects it; tests replace it with a clock they can move (see the testing module's {@code TestClock}).
 *
 * <p>{@code barnunga.clock.offset} (ISO-8601 duration, default {@code PT0S}) shifts the clock of a whole running
 * service, e.g. {@code P2D}: the produced clock is {@code Clock.offset(system clock, offset)}. It is a test and
 * exercise setting only – the system tests restart the deadline-service a day or more ahead so deadlines pass while it
 * was down. <b>Never set it in production</b>: every deadline, audit time and event timestamp of the service would be
 * wrong. A non-zero offset is logged as a WARN when the clock is produced.
 */
@Singleton
public class ClockProducer {

    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    public static final String OFFSET_PROPERTY = "barnunga.clock.offset";

    private static final Logger LOG = Logger.getLogger(ClockProducer.class);

    @ConfigProperty(name = OFFSET_PROPERTY, defaultValue = "PT0S")
    Duration offset;

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return clock(offset);
    }

    /** The service's clock, shifted by {@code offset} (null or zero: the system clock itself). */
    static Clock clock(Duration offset) {
        Clock system = Clock.system(ZONE);
        if (offset == null || offset.isZero()) {
            return system;
        }
        LOG.warnf("%s=%s: this service's clock runs %s ahead of (or behind) real time – a test and exercise setting "
                + "that must never be set in production", OFFSET_PROPERTY, offset, offset);
        return Clock.offset(system, offset);
    }
}
