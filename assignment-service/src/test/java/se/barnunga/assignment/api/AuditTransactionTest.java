package se.barnunga.assignment.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static se.barnunga.assignment.api.AssignmentTestSupport.ANNA;
import static se.barnunga.assignment.api.AssignmentTestSupport.MATS_METODHANDLEDARE;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import se.barnunga.testing.PostgresKafkaTestResource;

/**
 * A command and its audit entry are one commit: the entry of an accepted command is written in the command's own
 * transaction (PostgreSQL's {@code xmin}, the id of the transaction that wrote a row, is the same for the command's
 * events and its entry); a refused command leaves its entry and no events; a read's entry is committed before the answer.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "assignment"))
class AuditTransactionTest {

    @Inject
    AgroalDataSource dataSource;

    private List<String> column(String sql, String id) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, id);
            List<String> values = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        }
    }

    private List<String> eventTransactions(String id) throws Exception {
        return column("SELECT xmin::text FROM domainevententry WHERE aggregateidentifier = ?", id);
    }

    private List<String> entryTransactions(String id, String action, String outcome) throws Exception {
        return column("SELECT xmin::text FROM audit_log WHERE case_id = ? AND action = '" + action + "' AND outcome = '"
                + outcome + "' ORDER BY id", id);
    }

    @Test
    void each_accepted_command_commits_its_events_and_its_audit_entry_together() throws Exception {
        String id = AssignmentTestSupport.registrera(ANNA);
        AssignmentTestSupport.klartecken(id);
        AssignmentTestSupport.samtycke(id);

        List<String> commands = entryTransactions(id, "CHANGE", "OK");
        assertThat(commands).hasSize(3);
        Set<String> events = new TreeSet<>(eventTransactions(id));
        // one transaction per command, holding the command's events and its entry: no transaction of its own for the entry
        assertThat(new TreeSet<>(commands)).hasSize(3).isEqualTo(events);
    }

    @Test
    void a_refused_command_has_its_entry_and_no_events_and_a_read_is_logged_before_the_answer() throws Exception {
        String id = AssignmentTestSupport.registrera(ANNA);
        List<String> before = eventTransactions(id);

        // a go-ahead twice: the second is refused by the aggregate
        AssignmentTestSupport.klartecken(id);
        List<String> afterGoAhead = eventTransactions(id);
        given().auth().oauth2(MATS_METODHANDLEDARE).when().post("/api/uppdrag/{id}/klartecken", id)
                .then().statusCode(409);

        assertThat(eventTransactions(id)).hasSize(afterGoAhead.size()).isNotEqualTo(before);
        List<String> refused = column("SELECT outcome FROM audit_log WHERE case_id = ? AND action = 'CHANGE' AND outcome <> 'OK'", id);
        assertThat(refused).singleElement().asString().startsWith("REJECTED");
        // its entry is in a transaction of its own, not in one of the case's events (the refused command's was rolled back)
        assertThat(column("SELECT xmin::text FROM audit_log WHERE case_id = ? AND action = 'CHANGE' AND outcome <> 'OK'", id))
                .doesNotContainAnyElementsOf(eventTransactions(id));

        given().auth().oauth2(ANNA).when().get("/api/uppdrag/{id}", id).then().statusCode(200);
        assertThat(entryTransactions(id, "READ", "OK")).hasSize(1);
    }
}
