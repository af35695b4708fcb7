package se.barnunga.platform.axon;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

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
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT token, tokenType FROM TokenEntry WHERE processorName = ?")) {
            q.setString(1, processor);
            long lowest = Long.MAX_VALUE;
            boolean any = false;
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    any = true;
                    byte[] token = rs.getBytes(1);
                    String type = rs.getString(2);
                    long position = -1;
                    if (token != null && type != null) {
                        TrackingToken t = axon.configuration().serializer()
                                .deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
                        position = t == null ? -1 : t.position().orElse(-1);
                    }
                    lowest = Math.min(lowest, position);
                }
            }
            return any ? OptionalLong.of(lowest) : OptionalLong.empty();
        }
    }

    /** The global index of the newest event in the store; -1 when it is empty. */
    public long head() {
        TrackingToken head = axon.configuration().eventStore().createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }
}
