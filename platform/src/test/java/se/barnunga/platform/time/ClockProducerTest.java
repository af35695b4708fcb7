package se.barnunga.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ClockProducerTest {

    @Test
    void without_an_offset_the_clock_is_the_system_clock_in_stockholm() {
        Clock clock = ClockProducer.clock(Duration.ZERO);
        assertThat(clock.getZone()).isEqualTo(ClockProducer.ZONE);
        assertThat(clock).isEqualTo(Clock.system(ClockProducer.ZONE));
    }

    @Test
    void an_offset_shifts_the_clock_by_that_duration() {
        Clock clock = ClockProducer.clock(Duration.parse("P2D"));
        Instant before = Instant.now();
        Instant shifted = clock.instant();
        assertThat(shifted).isAfterOrEqualTo(before.plus(Duration.ofDays(2)));
        assertThat(clock.getZone()).isEqualTo(ClockProducer.ZONE);
        assertThat(clock).isEqualTo(Clock.offset(Clock.system(ClockProducer.ZONE), Duration.ofDays(2)));
    }
}
