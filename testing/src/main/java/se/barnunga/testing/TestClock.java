package se.barnunga.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The {@link Clock} of every service under test. It runs like the real clock, shifted by an offset that a test sets
 * ({@link #set}, {@link #advance}) to exercise time-dependent rules, and {@link #reset()}s afterwards. It keeps ticking
 * on purpose: a frozen clock would starve anything that waits for time to pass. It replaces the platform's default
 * clock bean whenever this module is on the test classpath.
 */
@Singleton
public class TestClock {

    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static volatile Duration offset = Duration.ZERO;

    @Produces
    @Singleton
    Clock clock() {
        return new Shifted(ZONE);
    }

    /** From now on, "now" is {@code instant} (and runs on from there). */
    public static void set(Instant instant) {
        offset = Duration.between(Instant.now(), instant);
    }

    public static void set(ZonedDateTime time) {
        set(time.toInstant());
    }

    public static void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    /** Back to the real time. */
    public static void reset() {
        offset = Duration.ZERO;
    }

    public static Instant now() {
        return Instant.now().plus(offset);
    }

    private static final class Shifted extends Clock {
        private final ZoneId zone;

        Shifted(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new Shifted(zone);
        }

        @Override
        public Instant instant() {
            return now();
        }
    }
}
