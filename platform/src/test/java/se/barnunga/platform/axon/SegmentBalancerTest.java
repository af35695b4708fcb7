package se.barnunga.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import se.barnunga.platform.operations.ProcessingStatus;
import se.barnunga.testing.PostgresKafkaTestResource;

/**
 * The segments of every streaming processor are shared with the other running instances: while a second instance
 * shows itself in {@code service_instance} (here a row this test keeps fresh, as a second JVM's balancer would), this
 * instance holds only its fair share of each processor ({@code ceil(segments / 2)}) and claims no more; when that
 * instance stops showing itself (killed), this one claims every segment again. A segment the other instance claims
 * is no longer failing here (its failures are the other's to report). Two real JVMs sharing and taking over segments
 * are tested by the system test ManyInstancesTest.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "platform"))
class SegmentBalancerTest {

    private static final String OTHER = "4711@another-instance";

    @Inject
    AxonRuntime axon;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    SegmentBalancer balancer;
    @Inject
    ProcessingStatus status;

    @Test
    void an_instance_keeps_its_fair_share_while_another_runs_and_takes_every_segment_back_when_it_is_gone() throws Exception {
        Map<String, StreamingEventProcessor> processors = new LinkedHashMap<>();
        axon.configuration().eventProcessingConfiguration().eventProcessors().forEach((name, p) -> {
            if (p instanceof StreamingEventProcessor s) {
                processors.put(name, s);
            }
        });
        assertThat(processors).isNotEmpty();
        // alone: every segment of every processor here
        await().atMost(Duration.ofSeconds(60)).until(() -> allHeldHere(processors));

        ScheduledExecutorService other = Executors.newSingleThreadScheduledExecutor();
        try {
            other.scheduleAtFixedRate(this::otherInstanceSeen, 0, 1, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> fairShareHere(processors));
            // and it stays so: the released segments are not claimed back while the other instance runs
            Thread.sleep(8_000);
            assertThat(fairShareHere(processors)).as("each processor holds ceil(segments / 2) here").isTrue();
            for (String name : processors.keySet()) {
                assertThat(balancer.maxSegments(name)).isEqualTo((segments(name) + 1) / 2);
            }

            // a segment failing here, then claimed by the other instance: no longer failing here
            String name = processors.keySet().iterator().next();
            int released = count("SELECT min(segment) FROM tokenentry WHERE processorname = ? AND owner IS NULL", name);
            status.failed(name, ProcessingStatus.Kind.PROCESSOR, "segment-" + released, new IllegalStateException("test"));
            assertThat(status.group(name).orElseThrow().failingSince()).isPresent();
            try {
                execute("UPDATE tokenentry SET owner = '" + OTHER + "' WHERE processorname = '" + name + "' AND segment = "
                        + released);
                await().atMost(Duration.ofSeconds(30)).until(() -> status.group(name).orElseThrow().failingSince().isEmpty());
            } finally {
                execute("UPDATE tokenentry SET owner = NULL WHERE owner = '" + OTHER + "'");
            }
        } finally {
            other.shutdownNow();
            other.awaitTermination(10, TimeUnit.SECONDS);
        }
        // the other instance is gone (no longer refreshed): after three intervals it no longer counts
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> allHeldHere(processors));
        for (String name : processors.keySet()) {
            assertThat(balancer.maxSegments(name)).isEqualTo(segments(name));
        }
        execute("DELETE FROM service_instance WHERE node_id = '" + OTHER + "'");
    }

    private void otherInstanceSeen() {
        try {
            execute("INSERT INTO service_instance (node_id, seen_at) VALUES ('" + OTHER + "', now()) "
                    + "ON CONFLICT (node_id) DO UPDATE SET seen_at = now()");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean allHeldHere(Map<String, StreamingEventProcessor> processors) throws SQLException {
        for (var e : processors.entrySet()) {
            int segments = segments(e.getKey());
            if (segments == 0 || e.getValue().processingStatus().size() != segments || owned(e.getKey()) != segments) {
                return false;
            }
        }
        return true;
    }

    private boolean fairShareHere(Map<String, StreamingEventProcessor> processors) throws SQLException {
        for (var e : processors.entrySet()) {
            int fair = (segments(e.getKey()) + 1) / 2;
            if (e.getValue().processingStatus().size() != fair || owned(e.getKey()) != fair) {
                return false;
            }
        }
        return true;
    }

    private int segments(String processor) throws SQLException {
        return count("SELECT count(*) FROM tokenentry WHERE processorname = ?", processor);
    }

    /** Segments the token store shows as claimed by this JVM. */
    private int owned(String processor) throws SQLException {
        return count("SELECT count(*) FROM tokenentry WHERE processorname = ? AND owner = '" + SegmentBalancer.NODE_ID + "'",
                processor);
    }

    private int count(String sql, String processor) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, processor);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.executeUpdate();
        }
    }
}
