package se.barnunga.assignment.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.barnunga.assignment.api.AssignmentTestSupport.*;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import se.barnunga.assignment.domain.Handelser.UppdragRegistrerat;
import se.barnunga.testing.PostgresKafkaTestResource;

/**
 * An assignment event that the {@code uppdrag-vy} projection cannot store (a NUL in the child's first name, appended
 * to the event store directly, around the REST layer) is parked, and the assignments registered after it are still
 * projected.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "assignment"))
class UppdragVyParkeringTest {

    @Inject
    EventStore eventStore;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    ObjectMapper objectMapper;

    @Test
    void an_assignment_the_read_model_cannot_store_is_parked_and_later_assignments_are_still_projected() throws Exception {
        String forsta = registrera(ANNA);
        await().atMost(Duration.ofSeconds(30)).until(() -> projicerat(forsta));

        // the same registration again, under a new id, with a NUL in the child's first name
        String forgiftat = UUID.randomUUID().toString();
        String[] stored = registrerat(forsta);
        ObjectNode payload = (ObjectNode) objectMapper.readTree(stored[1]);
        payload.put("uppdragId", forgiftat);
        ((ObjectNode) payload.get("barn")).put("fornamn", "Al\u0000va");
        eventStore.publish(new GenericDomainEventMessage<>(stored[0], forgiftat, 0L,
                objectMapper.treeToValue(payload, UppdragRegistrerat.class)));

        String nasta = registrera(ANNA);
        await().atMost(Duration.ofSeconds(120)).until(() -> projicerat(nasta));
        Map<String, Object> parkerad = await().atMost(Duration.ofSeconds(30)).until(() -> parkerad(forgiftat), r -> r != null);
        assertThat(parkerad).containsEntry("processor", "uppdrag-vy").containsEntry("cause", true)
                .containsEntry("sqlState", "22021").containsEntry("eventType", UppdragRegistrerat.class.getName());
        assertThat(parkerad.toString()).as("no personal data").doesNotContain("Al").doesNotContain(PERSONNUMMER);
        assertThat(projicerat(forgiftat)).isFalse();

        given().auth().oauth2(OLLE_DRIFT).post("/api/drift/parked/" + parkerad.get("id") + "/discard").then().statusCode(200);
        assertThat(parkerad(forgiftat)).isNull();
    }

    private static Map<String, Object> parkerad(String uppdragId) {
        List<Map<String, Object>> rows = given().auth().oauth2(OLLE_DRIFT).queryParam("processor", "uppdrag-vy")
                .queryParam("state", "PARKED").get("/api/drift/parked").then().statusCode(200).extract().jsonPath().getList("parked");
        return rows.stream().filter(r -> uppdragId.equals(r.get("sequenceId"))).findFirst().orElse(null);
    }

    private boolean projicerat(String uppdragId) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT 1 FROM uppdrag_vy WHERE uppdrag_id = ?")) {
            q.setString(1, uppdragId);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The aggregate type and JSON payload of the assignment's UppdragRegistrerat in the store. */
    private String[] registrerat(String uppdragId) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT type, payload FROM DomainEventEntry WHERE aggregateIdentifier = ? AND payloadType = ?")) {
            q.setString(1, uppdragId);
            q.setString(2, UppdragRegistrerat.class.getName());
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).as("UppdragRegistrerat of " + uppdragId + " in the store").isTrue();
                return new String[] {rs.getString(1), new String(rs.getBytes(2), java.nio.charset.StandardCharsets.UTF_8)};
            }
        }
    }
}
