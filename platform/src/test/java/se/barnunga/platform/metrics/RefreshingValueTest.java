package se.barnunga.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** A gauge's database figure is read once per interval however often it is scraped; a failed read is unknown, not stale. */
class RefreshingValueTest {

    @Test
    void within_the_interval_every_scrape_gets_the_value_of_one_read() {
        AtomicInteger reads = new AtomicInteger();
        RefreshingValue<Integer> value = new RefreshingValue<>("test", Duration.ofDays(1), reads::incrementAndGet);

        for (int i = 0; i < 100; i++) {
            assertThat(value.get()).isEqualTo(1);
        }
        assertThat(reads).hasValue(1);
    }

    @Test
    void once_the_interval_has_passed_the_next_scrape_reads_again() {
        AtomicInteger reads = new AtomicInteger();
        RefreshingValue<Integer> value = new RefreshingValue<>("test", Duration.ZERO, reads::incrementAndGet);

        assertThat(value.get()).isEqualTo(1);
        assertThat(value.get()).isEqualTo(2);
        assertThat(value.get()).isEqualTo(3);
    }

    @Test
    void a_failed_read_is_null_and_is_not_tried_again_at_every_scrape_within_the_interval() {
        AtomicInteger reads = new AtomicInteger();
        RefreshingValue<Integer> value = new RefreshingValue<>("test", Duration.ofDays(1), () -> {
            reads.incrementAndGet();
            throw new SQLTransientConnectionException("database away");
        });

        assertThat(value.get()).isNull();
        assertThat(value.get()).isNull();
        assertThat(reads).hasValue(1);
    }

    @Test
    void after_a_failure_the_next_read_that_succeeds_replaces_the_unknown() {
        AtomicInteger reads = new AtomicInteger();
        RefreshingValue<Integer> value = new RefreshingValue<>("test", Duration.ZERO, () -> {
            if (reads.incrementAndGet() == 1) {
                throw new SQLTransientConnectionException("database away");
            }
            return 7;
        });

        assertThat(value.get()).isNull();
        assertThat(value.get()).isEqualTo(7);
    }
}
