package se.barnunga.concern.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.barnunga.concern.api.ConcernTestSupport.*;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import se.barnunga.concern.domain.Handelser.OroLamnad;
import se.barnunga.testing.PostgresKafkaTestResource;
import se.barnunga.testing.TestClock;

/**
 * A concern event that the {@code oro-vy} projection cannot store (a NUL in the child's name, which PostgreSQL
 * refuses in text; appended to the event store directly, around the REST layer's checks) is parked, and the concerns
 * after it still reach the inbox: the inbox never stops silently.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "concern"))
class OroVyParkeringTest {

    @Inject
    EventStore eventStore;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    ObjectMapper objectMapper;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void a_concern_the_inbox_projection_cannot_store_is_parked_and_the_next_concern_still_reaches_the_inbox() throws Exception {
        TestClock.set(tisdagFormiddag());
        String barn = nyttBarn();
        String ss = unikAnvandare("saga");
        String ssToken = token(ss, "MYND-1", "socialsekreterare");
        uppdragSkickat(barn, ss);
        String forsta = lamnaOro(ULLA_UTFORARE, barn, false, "SKRIFTLIG");
        await().atMost(Duration.ofSeconds(30)).until(() -> iInkorgen(ssToken).contains(forsta));

        // the same report again, under a new id, with a NUL in the child's name
        String forgiftad = UUID.randomUUID().toString();
        StoredEvent stored = oroLamnad(forsta);
        ObjectNode payload = (ObjectNode) objectMapper.readTree(stored.payload());
        payload.put("oroId", forgiftad);
        payload.put("anmalanId", UUID.randomUUID().toString());
        ((ObjectNode) payload.get("barn")).put("namn", "Al\u0000va");
        OroLamnad lamnad = objectMapper.treeToValue(payload, OroLamnad.class);
        eventStore.publish(new GenericDomainEventMessage<>(stored.aggregateType(), forgiftad, 0L, lamnad));

        String nasta = lamnaOro(ULLA_UTFORARE, barn, false, "SKRIFTLIG");

        await().atMost(Duration.ofSeconds(120)).until(() -> iInkorgen(ssToken).contains(nasta));
        Map<String, Object> parkerad = await().atMost(Duration.ofSeconds(30)).until(() -> parkerad(forgiftad), r -> r != null);
        assertThat(parkerad).containsEntry("processor", "oro-vy").containsEntry("cause", true).containsEntry("sqlState", "22021")
                .containsEntry("eventType", OroLamnad.class.getName()).containsEntry("state", "PARKED");
        assertThat(parkerad.toString()).as("no personal data").doesNotContain("Al").doesNotContain(barn);
        assertThat(iInkorgen(ssToken)).contains(forsta, nasta).doesNotContain(forgiftad);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(given().auth().oauth2(OLLE_DRIFT)
                .get("/api/drift/processors").then().statusCode(200).extract().jsonPath()
                .<String, Object>getMap("processors.find { it.name == 'oro-vy' }"))
                .containsEntry("failing", false));

        // the operator drops it: it never reaches a projection, and nothing is left parked
        given().auth().oauth2(OLLE_DRIFT).post("/api/drift/parked/" + parkerad.get("id") + "/discard").then().statusCode(200);
        assertThat(parkerad(forgiftad)).isNull();
    }

    private static List<String> iInkorgen(String token) {
        return inkorg(token, null).statusCode(200).extract().jsonPath().getList("items.oroId");
    }

    private static Map<String, Object> parkerad(String oroId) {
        List<Map<String, Object>> rows = given().auth().oauth2(OLLE_DRIFT).queryParam("processor", "oro-vy")
                .queryParam("state", "PARKED").get("/api/drift/parked").then().statusCode(200).extract().jsonPath().getList("parked");
        return rows.stream().filter(r -> oroId.equals(r.get("sequenceId"))).findFirst().orElse(null);
    }

    private record StoredEvent(String aggregateType, byte[] payload) {
    }

    private StoredEvent oroLamnad(String oroId) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT type, payload FROM DomainEventEntry WHERE aggregateIdentifier = ? AND payloadType = ?")) {
            q.setString(1, oroId);
            q.setString(2, OroLamnad.class.getName());
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).as("OroLamnad of " + oroId + " in the store").isTrue();
                return new StoredEvent(rs.getString(1), rs.getBytes(2));
            }
        }
    }
}
