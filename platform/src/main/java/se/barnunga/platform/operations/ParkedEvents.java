package se.barnunga.platform.operations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;

/**
 * The table {@code parked_event} (V1.004): events that a processor or consumer could not handle, and the events
 * parked behind them. Plain JDBC on the service's datasource: each call joins the JTA transaction of the caller
 * (the processor's batch) unless it says it runs in a new one.
 */
@Singleton
public class ParkedEvents {

    public static final String PARKED = "PARKED";
    public static final String REDRIVEN = "REDRIVEN";
    public static final String DISCARDED = "DISCARDED";

    private static final String COLUMNS = "id, kind, processor, event_id, event_type, sequence_id, global_index, topic, partition_no,"
            + " record_offset, record_key, record_value, record_headers, cause, error_class, sql_state, error, attempts, parked_at,"
            + " state, resolved_at, resolved_by";

    @Inject
    AgroalDataSource dataSource;
    @Inject
    Clock clock;

    /** One row. {@code recordValue}/{@code recordHeaders} only for consumers; never shown to operators. */
    public record Row(UUID id, ProcessingStatus.Kind kind, String processor, String eventId, String eventType, String sequenceId,
                      Long globalIndex, String topic, Integer partition, Long offset, String recordKey, byte[] recordValue,
                      String recordHeaders, boolean cause, String errorClass, String sqlState, String error, int attempts,
                      Instant parkedAt, String state, Instant resolvedAt, String resolvedBy) {
    }

    /** What is parked: the event and, for one that failed itself, its error. */
    public record Parking(ProcessingStatus.Kind kind, String processor, String eventId, String eventType, String sequenceId,
                          Long globalIndex, String topic, Integer partition, Long offset, String recordKey, byte[] recordValue,
                          String recordHeaders, boolean cause, Throwable error, int attempts) {
    }

    /** The sequences of a processor that have a parked event, read in the caller's transaction. */
    public Set<String> parkedSequences(String processor) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement(
                     "SELECT DISTINCT sequence_id FROM parked_event WHERE processor = ? AND state = 'PARKED' AND sequence_id IS NOT NULL")) {
            q.setString(1, processor);
            Set<String> sequences = new HashSet<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    sequences.add(rs.getString(1));
                }
            }
            return sequences;
        }
    }

    /**
     * Takes the transaction-scoped advisory lock of (processor, sequence) – held until the caller's transaction ends,
     * so a re-drive and the running processor never interleave on one sequence – and answers whether the sequence
     * still has a parked event.
     */
    public boolean lockSequence(String processor, String sequence) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?), hashtext(?))")) {
                lock.setString(1, processor);
                lock.setString(2, sequence);
                lock.execute();
            }
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT 1 FROM parked_event WHERE processor = ? AND sequence_id = ? AND state = 'PARKED' LIMIT 1")) {
                q.setString(1, processor);
                q.setString(2, sequence);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next();
                }
            }
        }
    }

    /**
     * Parks an event in the caller's transaction (behind an earlier one of its sequence: atomic with the processor's
     * token). An event already parked stays as it is; one that was re-driven or discarded before (a replay) is parked
     * again.
     */
    /** @return false when the event was already parked (e.g. the failed event itself, met again in a retried batch) */
    public boolean park(Parking p) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return upsert(c, p, true) == 1;
        }
    }

    /**
     * Parks an event in a transaction of its own, committed at once: the caller's transaction (a failed batch) is
     * doomed and would take the row with it. Suspends and later resumes the caller's transaction, if any.
     */
    public void parkInNewTransaction(Parking p) throws SQLException {
        inNewTransaction(c -> upsert(c, p, false));
    }

    private int upsert(Connection c, Parking p, boolean keepParked) throws SQLException {
        Throwable e = p.error();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO parked_event (" + COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PARKED', NULL, NULL)"
                + " ON CONFLICT (processor, event_id) DO UPDATE SET state = 'PARKED', cause = EXCLUDED.cause,"
                + " error_class = EXCLUDED.error_class, sql_state = EXCLUDED.sql_state, error = EXCLUDED.error,"
                + " attempts = EXCLUDED.attempts, parked_at = EXCLUDED.parked_at, resolved_at = NULL, resolved_by = NULL"
                + (keepParked ? " WHERE parked_event.state <> 'PARKED'" : ""))) {
            int i = 1;
            insert.setObject(i++, UUID.randomUUID());
            insert.setString(i++, p.kind().name());
            insert.setString(i++, p.processor());
            insert.setString(i++, p.eventId());
            insert.setString(i++, bounded(p.eventType(), 255));
            insert.setString(i++, bounded(p.sequenceId(), 255));
            setLong(insert, i++, p.globalIndex());
            insert.setString(i++, p.topic());
            if (p.partition() == null) {
                insert.setNull(i++, Types.INTEGER);
            } else {
                insert.setInt(i++, p.partition());
            }
            setLong(insert, i++, p.offset());
            insert.setString(i++, bounded(p.recordKey(), 255));
            insert.setBytes(i++, p.recordValue());
            insert.setString(i++, p.recordHeaders());
            insert.setBoolean(i++, p.cause());
            insert.setString(i++, e == null ? null : bounded(Failures.errorClass(e), 255));
            insert.setString(i++, e == null ? null : bounded(Failures.sqlState(e), 10));
            insert.setString(i++, e == null ? null : Failures.sanitisedMessage(e));
            insert.setInt(i++, p.attempts());
            insert.setObject(i, OffsetDateTime.now(clock));
            return insert.executeUpdate();
        }
    }

    public Optional<Row> find(UUID id) throws SQLException {
        List<Row> rows = query("SELECT " + COLUMNS + " FROM parked_event WHERE id = ?", id);
        return rows.stream().findFirst();
    }

    /** Rows of one processor or all (null), in one state or all (null), oldest first. */
    public List<Row> list(String processor, String state) throws SQLException {
        return query("SELECT " + COLUMNS + " FROM parked_event WHERE (CAST(? AS VARCHAR) IS NULL OR processor = ?)"
                + " AND (CAST(? AS VARCHAR) IS NULL OR state = ?) ORDER BY parked_at, global_index, partition_no, record_offset LIMIT 1000",
                processor, processor, state, state);
    }

    /** The parked rows of one sequence of a processor, in the order they must be handled. */
    public List<Row> parkedSequence(String processor, String sequenceId) throws SQLException {
        return query("SELECT " + COLUMNS + " FROM parked_event WHERE processor = ? AND sequence_id = ? AND state = 'PARKED'"
                + " ORDER BY global_index, partition_no, record_offset, parked_at", processor, sequenceId);
    }

    /** The sequences of a processor with parked events, in the order their first event was parked. */
    public List<String> parkedSequencesInOrder(String processor) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT sequence_id FROM parked_event WHERE processor = ? AND state = 'PARKED'"
                     + " GROUP BY sequence_id ORDER BY min(parked_at), min(global_index)")) {
            q.setString(1, processor);
            List<String> sequences = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    sequences.add(rs.getString(1));
                }
            }
            return sequences;
        }
    }

    /** Marks rows re-driven, in the caller's transaction. */
    public void markRedriven(Collection<UUID> ids, String by) throws SQLException {
        resolve(ids, REDRIVEN, by);
    }

    /** Discards one parked row; false if it is not (or no longer) parked. */
    public boolean discard(UUID id, String by) throws SQLException {
        return resolve(List.of(id), DISCARDED, by) == 1;
    }

    private int resolve(Collection<UUID> ids, String state, String by) throws SQLException {
        int n = 0;
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement(
                     "UPDATE parked_event SET state = ?, resolved_at = ?, resolved_by = ? WHERE id = ? AND state = 'PARKED'")) {
            for (UUID id : ids) {
                update.setString(1, state);
                update.setObject(2, OffsetDateTime.now(clock));
                update.setString(3, bounded(by, 200));
                update.setObject(4, id);
                n += update.executeUpdate();
            }
        }
        return n;
    }

    /** A re-drive failed: the rows stay parked, one attempt more, with the new error (own transaction). */
    public void failedAgain(Collection<UUID> ids, Throwable error) throws SQLException {
        inNewTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE parked_event SET attempts = attempts + 1, error_class = ?,"
                    + " sql_state = ?, error = ? WHERE id = ? AND state = 'PARKED' AND cause")) {
                for (UUID id : ids) {
                    update.setString(1, bounded(Failures.errorClass(error), 255));
                    update.setString(2, bounded(Failures.sqlState(error), 10));
                    update.setString(3, Failures.sanitisedMessage(error));
                    update.setObject(4, id);
                    update.executeUpdate();
                }
            }
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE parked_event SET attempts = attempts + 1 WHERE id = ? AND state = 'PARKED' AND NOT cause")) {
                for (UUID id : ids) {
                    update.setObject(1, id);
                    update.executeUpdate();
                }
            }
        });
    }

    /** JDBC work on one connection. */
    @FunctionalInterface
    private interface Work {
        void run(Connection connection) throws SQLException;
    }

    /**
     * Runs the work in a transaction of its own; the caller's transaction, if any, is suspended meanwhile (as the audit
     * log does it, with Quarkus' {@code requiringNew}).
     */
    private void inNewTransaction(Work work) throws SQLException {
        try {
            QuarkusTransaction.requiringNew().call(() -> {
                try (Connection c = dataSource.getConnection()) {
                    work.run(c);
                }
                return null;
            });
        } catch (QuarkusTransactionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw e;
        }
    }

    /** Parked rows per processor (only processors with any). */
    public Map<String, Integer> parkedCounts() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT processor, count(*) FROM parked_event WHERE state = 'PARKED' GROUP BY processor");
             ResultSet rs = q.executeQuery()) {
            Map<String, Integer> counts = new HashMap<>();
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getInt(2));
            }
            return counts;
        }
    }

    private List<Row> query(String sql, Object... args) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                q.setObject(i + 1, args[i]);
            }
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getObject("id", UUID.class), ProcessingStatus.Kind.valueOf(rs.getString("kind")),
                            rs.getString("processor"), rs.getString("event_id"), rs.getString("event_type"),
                            rs.getString("sequence_id"), (Long) rs.getObject("global_index"), rs.getString("topic"),
                            (Integer) rs.getObject("partition_no"), (Long) rs.getObject("record_offset"),
                            rs.getString("record_key"), rs.getBytes("record_value"), rs.getString("record_headers"),
                            rs.getBoolean("cause"), rs.getString("error_class"), rs.getString("sql_state"), rs.getString("error"),
                            rs.getInt("attempts"), instant(rs.getTimestamp("parked_at")), rs.getString("state"),
                            instant(rs.getTimestamp("resolved_at")), rs.getString("resolved_by")));
                }
            }
            return rows;
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static void setLong(PreparedStatement s, int i, Long value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.BIGINT);
        } else {
            s.setLong(i, value);
        }
    }

    private static String bounded(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    static OffsetDateTime utc(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }
}
