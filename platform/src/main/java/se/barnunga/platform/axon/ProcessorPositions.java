package se.barnunga.platform.axon;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SimpleSerializedObject;

import io.agroal.api.AgroalDataSource;

/**
 * Where an event processor is, over ALL instances: the lowest position of its segments' tokens in {@code TokenEntry}
 * (deserialized with the Axon serializer; replay and merge tokens have a position too), and the event store's head.
 */
@Singleton
public class ProcessorPositions {

    @Inject
    AxonRuntime axon;
    @Inject
    AgroalDataSource dataSource;

    /** The lowest position over the processor's segments; -1 for a segment with no token yet; empty with no segments. */
    public OptionalLong position(String processor) throws SQLException {
        Tokens tokens = tokens(processor);
        return tokens.segments() == 0 ? OptionalLong.empty() : OptionalLong.of(tokens.position());
    }

    /**
     * The processor's tokens over all instances: the lowest position, and whether any segment is still replaying
     * after a reset – its token a {@link ReplayToken} whose current position has not reached the position the token
     * had when it was reset. Axon's own {@code ReplayToken.isReplay} stays true until the first event <em>after</em>
     * that position, so on a quiet store it would report a finished replay as running.
     */
    public Tokens tokens(String processor) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT token, tokenType FROM TokenEntry WHERE processorName = ?")) {
            q.setString(1, processor);
            long lowest = Long.MAX_VALUE;
            int segments = 0;
            boolean replaying = false;
            long replayEnd = -1;
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    segments++;
                    byte[] token = rs.getBytes(1);
                    String type = rs.getString(2);
                    long position = -1;
                    if (token != null && type != null) {
                        TrackingToken t = axon.configuration().serializer()
                                .deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
                        position = t == null ? -1 : t.position().orElse(-1);
                        if (t instanceof ReplayToken replay && replay.getTokenAtReset() != null) {
                            long atReset = replay.getTokenAtReset().position().orElse(-1);
                            if (position < atReset) {
                                replaying = true;
                            }
                            replayEnd = Math.max(replayEnd, atReset);
                        }
                    }
                    lowest = Math.min(lowest, position);
                }
            }
            return new Tokens(segments, segments == 0 ? -1 : lowest, replaying, replayEnd);
        }
    }

    /**
     * @param segments   the number of segments (token rows) of the processor
     * @param position   the lowest position over its segments (-1: a segment with no token yet, or none)
     * @param replaying  whether a segment is still replaying up to the position it had at its reset
     * @param replayEnd  the highest position the segments had at their reset (-1 when no segment holds a replay token)
     */
    public record Tokens(int segments, long position, boolean replaying, long replayEnd) {
    }

    /** The global index of the newest event in the store; -1 when it is empty. */
    public long head() {
        TrackingToken head = axon.configuration().eventStore().createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }
}
