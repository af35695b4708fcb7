package se.barnunga.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import jakarta.inject.Inject;

import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import se.barnunga.platform.audit.AuditLog;
import se.barnunga.platform.audit.Audited;
import se.barnunga.testing.PostgresKafkaTestResource;
import se.barnunga.testing.TestClock;

/** One Clock, in Europe/Stockholm, used everywhere – and a test can move it. */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "platform"))
class InjectedClockTest {

    @Inject
    Clock clock;
    @Inject
    AuditLog auditLog;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void the_injected_clock_is_in_stockholm_and_moves_with_the_test() {
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Europe/Stockholm"));
        Instant newYear = Instant.parse("2030-01-01T08:00:00Z");
        TestClock.set(newYear);
        assertThat(clock.instant()).isBetween(newYear, newYear.plusSeconds(1));
        TestClock.advance(Duration.ofDays(14));
        Instant fortnightLater = newYear.plus(Duration.ofDays(14));
        assertThat(clock.instant()).isBetween(fortnightLater, fortnightLater.plusSeconds(1));
        // Axon stamps events with the same clock
        assertThat(GenericEventMessage.clock.instant()).isBetween(fortnightLater, fortnightLater.plusSeconds(1));
    }

    @Test
    void the_audit_log_records_the_time_of_the_clock() {
        Instant when = Instant.parse("2031-03-01T10:15:00Z");
        TestClock.set(when);
        String caseId = "clock-test-" + System.nanoTime();
        auditLog.record("tester", "drift", "DRIFT-1", Audited.Action.READ, "test", "GET /test", java.util.List.of(caseId), "OK");
        assertThat(auditLog.find(caseId, null, null, null, 0, 10)).singleElement()
                .satisfies(e -> assertThat(e.occurredAt()).isBetween(when, when.plusSeconds(1)));
    }
}
