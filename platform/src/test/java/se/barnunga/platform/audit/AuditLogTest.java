package se.barnunga.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import se.barnunga.testing.PostgresKafkaTestResource;

/** The audit log is append-only: the database itself refuses to change or remove an entry. */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "platform"))
class AuditLogTest {

    @Inject
    AuditLog auditLog;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void entries_can_be_appended_and_read_but_never_changed_or_removed() throws SQLException {
        String caseId = "append-only-" + System.nanoTime();
        auditLog.record("kim", "socialsekreterare", "MYND-1", Audited.Action.READ, "uppdrag", "GET /api/uppdrag/{id}",
                List.of(caseId), "OK");
        assertThat(auditLog.find(caseId, null, null, null, 0, 10)).singleElement()
                .satisfies(e -> {
                    assertThat(e.userId()).isEqualTo("kim");
                    assertThat(e.enhet()).isEqualTo("MYND-1");
                    assertThat(e.action()).isEqualTo("READ");
                    assertThat(e.outcome()).isEqualTo("OK");
                });
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_log SET user_id = 'x' WHERE case_id = '" + caseId + "'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_log WHERE case_id = '" + caseId + "'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("TRUNCATE audit_log")).hasMessageContaining("append-only");
        }
        assertThat(auditLog.find(caseId, "kim", null, null, 0, 10)).hasSize(1);
    }

    /**
     * Reads' entries are group-committed: entries of requests that arrive while a commit runs share the next one, and
     * each call returns only once its entry is committed. The table is locked so that the first commit waits, while
     * nine more requests queue up behind it.
     */
    @Test
    void entries_of_concurrent_requests_share_one_commit_and_each_is_committed_before_its_call_returns() throws Exception {
        String caseId = "group-commit-" + System.nanoTime();
        List<Thread> waiting = new java.util.ArrayList<>();
        try (Connection lock = dataSource.getConnection(); Statement s = lock.createStatement()) {
            lock.setAutoCommit(false);
            s.execute("LOCK TABLE audit_log IN EXCLUSIVE MODE");
            Thread first = started(() -> record(caseId));
            // the writer's first commit waits for the lock ...
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> waitingInserts() == 1);
            // ... while nine more requests queue up
            for (int i = 0; i < 9; i++) {
                waiting.add(started(() -> record(caseId)));
            }
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> waiting.stream()
                    .allMatch(t -> t.getState() == Thread.State.TIMED_WAITING));
            waiting.add(first);
            assertThat(auditLog.find(caseId, null, null, null, 0, 20)).as("nothing committed while the table is locked")
                    .isEmpty();
            lock.commit();
        }
        for (Thread t : waiting) {
            t.join(30_000);
        }
        assertThat(auditLog.find(caseId, null, null, null, 0, 20)).hasSize(10);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT count(DISTINCT xmin::text) FROM audit_log WHERE case_id = '"
                     + caseId + "'")) {
            rs.next();
            assertThat(rs.getInt(1)).as("transactions for ten entries: the blocked first one and one for the other nine")
                    .isEqualTo(2);
        }
    }

    private static Thread started(Runnable work) {
        Thread t = new Thread(work);
        t.start();
        return t;
    }

    private void record(String caseId) {
        auditLog.record("kim", "socialsekreterare", "MYND-1", Audited.Action.READ, "uppdrag", "GET /api/uppdrag/{id}",
                List.of(caseId), "OK");
    }

    private int waitingInserts() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                     + " AND query LIKE 'INSERT INTO audit_log%'")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
