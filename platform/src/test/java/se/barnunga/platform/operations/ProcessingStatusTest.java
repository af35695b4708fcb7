package se.barnunga.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The failing state of a group's units when they move to another instance (a segment claimed, a partition reassigned). */
class ProcessingStatusTest {

    private static final String GROUP = "deadline-service.uppdrag";
    private final ProcessingStatus status = new ProcessingStatus();

    @BeforeEach
    void meters() {
        status.meters = new SimpleMeterRegistry();
    }

    @Test
    void a_failing_partition_that_went_to_another_instance_no_longer_fails_here_one_still_held_does() {
        status.failed(GROUP, ProcessingStatus.Kind.CONSUMER, "partition-t-0", new IllegalStateException("x"));
        status.failed(GROUP, ProcessingStatus.Kind.CONSUMER, "partition-t-2", new IllegalStateException("y"));

        status.holdsOnly(GROUP, Set.of("partition-t-0", "partition-t-1"));

        ProcessingStatus.Group group = status.group(GROUP).orElseThrow();
        assertThat(group.failingSince()).as("partition 0 is still held and still failing").isPresent();
        assertThat(group.lastError()).isEqualTo("java.lang.IllegalStateException");
        assertThat(status.meters.get("barnunga.processor.failing").tag("group", GROUP).gauge().value()).isEqualTo(1.0);

        status.holdsOnly(GROUP, Set.of("partition-t-1"));

        assertThat(group.failingSince()).as("nothing this instance holds fails").isEmpty();
        assertThat(group.lastError()).isNull();
        assertThat(status.meters.get("barnunga.processor.failing").tag("group", GROUP).gauge().value()).isZero();
    }

    @Test
    void holding_units_of_a_group_that_never_failed_changes_nothing() {
        status.holdsOnly("unknown", Set.of());
        assertThat(status.group("unknown")).isEmpty();
    }
}
