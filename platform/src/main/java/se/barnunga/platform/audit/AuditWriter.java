package se.barnunga.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

/**
 * Group commit of audit rows that are not part of a command's transaction (reads, refused calls): one writer thread
 * takes every row queued while the previous commit ran and writes them in one transaction; each caller waits until its
 * rows are committed, so a row is durable before the answer (kill -9 included) but concurrent requests share one commit
 * instead of one transaction each.
 * <p>
 * Written by hand: the JDBC pool and JTA have no group commit, and a batching library (e.g. an executor with
 * {@code drainTo}) would be these few lines anyway. The queue is bounded: when the database cannot keep up, callers
 * block at {@link #write} and are told so, never silently dropped.
 */
final class AuditWriter implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(AuditWriter.class);
    static final String INSERT = "INSERT INTO audit_log"
            + " (occurred_at, user_id, roles, enhet, action, resource, operation, case_id, outcome)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** Rows in one commit at most: bounds the transaction while keeping one commit for a burst of requests. */
    private static final int MAX_BATCH = 500;

    /** One row as the table keeps it. */
    record Row(Timestamp occurredAt, String userId, String roles, String enhet, String action, String resource,
               String operation, String caseId, String outcome) {

        void bind(PreparedStatement insert) throws SQLException {
            insert.setTimestamp(1, occurredAt);
            insert.setString(2, userId);
            insert.setString(3, roles);
            insert.setString(4, enhet);
            insert.setString(5, action);
            insert.setString(6, resource);
            insert.setString(7, operation);
            insert.setString(8, caseId);
            insert.setString(9, outcome);
        }
    }

    private record Request(List<Row> rows, CompletableFuture<Void> done) {
    }

    private final DataSource dataSource;
    private final BlockingQueue<Request> queue = new LinkedBlockingQueue<>(10_000);
    private final Thread thread;
    private final long timeoutMillis;
    private volatile boolean closed;

    AuditWriter(DataSource dataSource, long timeoutMillis) {
        this.dataSource = dataSource;
        this.timeoutMillis = timeoutMillis;
        this.thread = new Thread(this::run, "audit-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Writes the rows and returns once they are committed; fails (the caller's request with it) if they are not. */
    void write(List<Row> rows) {
        if (closed || !thread.isAlive()) {
            throw new IllegalStateException("could not write the audit log: the audit writer is not running");
        }
        Request request = new Request(rows, new CompletableFuture<>());
        try {
            if (!queue.offer(request, timeoutMillis, TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("could not write the audit log: the audit writer is saturated");
            }
            request.done().get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the audit log", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not write the audit log", e.getCause());
        } catch (TimeoutException e) {
            // the row may still be committed later: the caller fails, so no answer is given without its row
            throw new IllegalStateException("could not write the audit log in time", e);
        }
    }

    private void run() {
        List<Request> batch = new ArrayList<>();
        while (!closed || !queue.isEmpty()) {
            try {
                Request first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                commit(batch);
                batch.forEach(r -> r.done().complete(null));
            } catch (InterruptedException e) {
                if (!closed) {
                    LOG.warn("audit writer interrupted while running; it keeps running until closed");
                }
            } catch (Throwable e) {
                // the waiting requests fail (and with them their answers); the writer goes on with the next rows
                LOG.error("could not write audit rows of " + batch.size() + " requests", e);
                batch.forEach(r -> r.done().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    private void commit(List<Request> batch) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement(INSERT)) {
                for (Request request : batch) {
                    for (Row row : request.rows()) {
                        row.bind(insert);
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
    }

    /** Writes what is queued, then stops. */
    @Override
    public void close() {
        closed = true;
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
