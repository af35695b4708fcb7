package se.barnunga.platform.time;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/**
 * The one {@link Clock} of a service, in Europe/Stockholm (DESIGN §6). Everything that needs "now" injects it; tests
 * replace it with a clock they can move (see the testing module's {@code MovableClock}).
 */
@Singleton
public class ClockProducer {

    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
