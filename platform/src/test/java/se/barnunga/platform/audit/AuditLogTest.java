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
}
