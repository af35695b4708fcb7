package se.barnunga.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.agroal.api.AgroalDataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The append-only audit log ({@code audit_log}; a database trigger forbids UPDATE, DELETE and TRUNCATE). The entry of
 * a successful change is written in the change's own transaction ({@link #recordInCurrentTransaction}); every other
 * entry (reads, refused changes) is committed by the {@link AuditWriter}'s group commit before the request answers, so a
 * read is logged even when the request fails afterwards. A request whose entry cannot be written fails.
 */
@Singleton
public class AuditLog {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    Clock clock;
    /** How long a request waits for its audit row to be committed before it fails. */
    @ConfigProperty(name = "barnunga.audit.write-timeout", defaultValue = "30s")
    Duration writeTimeout;

    private AuditWriter writer;

    @PostConstruct
    void start() {
        writer = new AuditWriter(dataSource, writeTimeout.toMillis());
    }

    @PreDestroy
    void stop() {
        writer.close();
    }

    public record Entry(long id, Instant occurredAt, String userId, String roles, String enhet, String action,
                        String resource, String operation, String caseId, String outcome) {
    }

    /**
     * Longest case id the log keeps (its column is VARCHAR(255)); a longer id (never a real one) is cut, marked. Control
     * characters (a NUL, which PostgreSQL refuses in text, or a line break) become {@code U+FFFD}: the attempt is still
     * logged, and the client gets the answer to its request, not a failed audit write.
     */
    static final int CASE_ID_MAX = 255;

    /** A case id as the log keeps it: a client may send any path, and a too long one must not fail the request. */
    static String bounded(String caseId) {
        if (caseId == null) {
            return null;
        }
        String printable = caseId.replaceAll("\\p{Cntrl}", "\uFFFD");
        return printable.length() <= CASE_ID_MAX ? printable : printable.substring(0, CASE_ID_MAX - 1) + "…";
    }

    /**
     * Writes the entry durably before returning, in a group commit shared with concurrent requests (never in the
     * caller's transaction: a read is logged even when the request fails afterwards).
     */
    public void record(String userId, String roles, String enhet, Audited.Action action, String resource,
                       String operation, Collection<String> caseIds, String outcome) {
        writer.write(rows(userId, roles, enhet, action, resource, operation, caseIds, outcome));
    }

    /**
     * Writes the entry in the JTA transaction active on this thread: it commits with the command's events, or neither
     * does. Only for a call whose outcome is known and whose transaction is about to commit.
     */
    public void recordInCurrentTransaction(String userId, String roles, String enhet, Audited.Action action,
                                           String resource, String operation, Collection<String> caseIds, String outcome) {
        List<AuditWriter.Row> rows = rows(userId, roles, enhet, action, resource, operation, caseIds, outcome);
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(AuditWriter.INSERT)) {
            for (AuditWriter.Row row : rows) {
                row.bind(insert);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("could not write the audit log", e);
        }
    }

    private List<AuditWriter.Row> rows(String userId, String roles, String enhet, Audited.Action action, String resource,
                                       String operation, Collection<String> caseIds, String outcome) {
        Timestamp now = Timestamp.from(clock.instant());
        List<String> cases = caseIds.isEmpty() ? java.util.Collections.singletonList(null) : List.copyOf(caseIds);
        List<AuditWriter.Row> rows = new ArrayList<>(cases.size());
        for (String caseId : cases) {
            rows.add(new AuditWriter.Row(now, userId, roles, enhet, action.name(), resource, operation, bounded(caseId),
                    outcome));
        }
        return rows;
    }

    /** Entries, newest first, filtered by whatever is not null. */
    public List<Entry> find(String caseId, String userId, Instant from, Instant to, int page, int size) {
        StringBuilder sql = new StringBuilder("SELECT id, occurred_at, user_id, roles, enhet, action, resource, operation,"
                + " case_id, outcome FROM audit_log WHERE 1=1");
        List<Object> args = new ArrayList<>();
        if (caseId != null) {
            sql.append(" AND case_id = ?");
            args.add(caseId);
        }
        if (userId != null) {
            sql.append(" AND user_id = ?");
            args.add(userId);
        }
        if (from != null) {
            sql.append(" AND occurred_at >= ?");
            args.add(Timestamp.from(from));
        }
        if (to != null) {
            sql.append(" AND occurred_at < ?");
            args.add(Timestamp.from(to));
        }
        sql.append(" ORDER BY id DESC LIMIT ? OFFSET ?");
        args.add(size);
        args.add((long) page * size);
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                q.setObject(i + 1, args.get(i));
            }
            List<Entry> entries = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    entries.add(new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the audit log", e);
        }
    }
}
