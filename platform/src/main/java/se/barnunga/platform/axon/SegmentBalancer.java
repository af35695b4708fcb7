package se.barnunga.platform.axon;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.axonframework.eventhandling.StreamingEventProcessor;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import se.barnunga.platform.operations.ProcessingStatus;

/**
 * Shares every streaming processor's segments fairly among the running instances of a service.
 *
 * <p>Axon's pooled streaming processor claims every unclaimed segment it finds and keeps it while it runs, so the
 * instance that starts first holds all segments and one started later stays idle until the first dies. Axon Server
 * balances claims for its clients; on a JDBC token store the instances must do it themselves, and Axon offers the
 * means: a {@code MaxSegmentProvider}, asked by the processor's coordinator on every round – it claims no more segments
 * than that, and releases its surplus when it holds more. What the instances must add is how many of them run: each
 * writes its token-store node id into {@code service_instance} every {@code barnunga.axon.balance-interval}, and an
 * instance seen within the last three intervals counts as running. The fair share of a processor is
 * {@code ceil(segments / running instances)} ({@link #maxSegments(String)}); the segments an instance releases are
 * claimed by one with fewer.
 *
 * <p>A killed instance stops writing: after three intervals (6 s by default, less than the 10 s token claim timeout)
 * the others no longer count it, so when its claims time out its segments are claimed as before – balancing never holds
 * up a takeover. A stopped instance deletes its row at once. No event is handled twice in effect: a released segment's
 * work package finishes its batch and commits its token first, and the next owner goes on from that token.
 *
 * <p>Each round also hands over the failing state of segments another instance now claims ({@link
 * ProcessingStatus#handedOver}): this instance never works on them again, so it could never see them succeed.
 */
@ApplicationScoped
public class SegmentBalancer {

    private static final Logger LOG = Logger.getLogger(SegmentBalancer.class);
    /** The node id of this JVM in the token store: Axon's own default (the JVM's {@code pid@host}), set explicitly. */
    static final String NODE_ID = ManagementFactory.getRuntimeMXBean().getName();

    @Inject
    AxonRuntime axon;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    AxonSettings settings;
    @Inject
    ProcessingStatus status;

    /** processor → the fair share last computed; a processor not yet balanced may claim all. */
    private final Map<String, Integer> fairShare = new ConcurrentHashMap<>();

    /** Axon's {@code MaxSegmentProvider}: the most segments of the processor this instance may claim. */
    public int maxSegments(String processor) {
        return fairShare.getOrDefault(processor, (int) Short.MAX_VALUE);
    }

    @Scheduled(identity = "segment-balancer", every = "${barnunga.axon.balance-interval:2s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void balance() {
        if (!axon.isStarted()) {
            return;
        }
        try {
            int running = heartbeat();
            for (var entry : axon.configuration().eventProcessingConfiguration().eventProcessors().entrySet()) {
                if (entry.getValue() instanceof StreamingEventProcessor processor && processor.isRunning()) {
                    balance(entry.getKey(), processor, running);
                }
            }
        } catch (SQLException | RuntimeException e) {
            // the next round tries again; meanwhile every instance keeps what it holds
            LOG.debugf("Segment balancing skipped this round: %s", e.toString());
        }
    }

    private void balance(String name, StreamingEventProcessor processor, int running) throws SQLException {
        Map<Integer, String> owners = owners(name);
        int segments = owners.size();
        if (segments == 0) {
            return;
        }
        owners.forEach((segment, owner) -> {
            if (owner != null && !owner.equals(NODE_ID)) {
                status.handedOver(name, "segment-" + segment);
            }
        });
        int fair = (segments + running - 1) / running;
        Integer before = fairShare.put(name, fair);
        if (before == null || before != fair) {
            // the coordinator claims up to this, and releases what it holds above it, on its next round
            LOG.infof("Processor %s: %d instance(s) running, fair share %d of %d segments (this instance holds %d)",
                    name, running, fair, segments, processor.processingStatus().size());
        }
    }

    /** Writes this instance's row and returns the instances seen within the last three intervals (at least this one). */
    private int heartbeat() throws SQLException {
        Duration window = settings.balanceInterval().multipliedBy(3);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO service_instance (node_id, seen_at) VALUES (?, now()) "
                    + "ON CONFLICT (node_id) DO UPDATE SET seen_at = now()")) {
                s.setString(1, NODE_ID);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM service_instance WHERE seen_at < now() - interval '1 day'")) {
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT count(*) FROM service_instance WHERE seen_at > now() - make_interval(secs => ?)")) {
                s.setDouble(1, window.toMillis() / 1000.0);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return Math.max(1, rs.getInt(1));
                }
            }
        }
    }

    /** segment → the node id claiming it (null: unclaimed), of every segment of the processor. */
    private Map<Integer, String> owners(String processor) throws SQLException {
        Map<Integer, String> owners = new java.util.HashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT segment, owner FROM tokenentry WHERE processorname = ?")) {
            s.setString(1, processor);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    owners.put(rs.getInt(1), rs.getString(2));
                }
            }
        }
        return owners;
    }

    /** A stopped instance leaves at once, so the others take its share without waiting for its row to age. */
    void leave(@Observes ShutdownEvent event) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("DELETE FROM service_instance WHERE node_id = ?")) {
            s.setString(1, NODE_ID);
            s.executeUpdate();
        } catch (SQLException | RuntimeException e) {
            // its row ages out after three intervals
        }
    }
}
