package se.barnunga.platform.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Inject;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import se.barnunga.testing.DevTokens;
import se.barnunga.testing.PostgresKafkaTestResource;

/**
 * The failure policy of event processors on the real event store and PostgreSQL: a test projection (Panache, like the
 * services') that cannot store an event with a NUL parks it after max-attempts (3 in tests), the rest flows on, later
 * events of its sequence are parked behind it, operators see and re-drive or discard it; transient failures are
 * retried until they pass and never parked, and readiness shows a processor failing for longer than the timeout.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "platform"))
class ProcessorParkingTest {

    private static final String DRIFT = DevTokens.token("drift-1", "DRIFT-1", "drift");
    private static final String SOCIALSEKRETERARE = DevTokens.token("anna", "MYND-1", "socialsekreterare");
    private static final Map<String, AtomicLong> SEQUENCE_NUMBERS = new ConcurrentHashMap<>();

    @Inject
    EventStore eventStore;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void an_event_that_cannot_be_projected_is_parked_the_rest_flows_on_and_a_redrive_after_the_fix_projects_it() throws Exception {
        TestProjektion.broken = true;
        String poisoned = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        String poison = append(poisoned, "första\u0000");
        String behind = append(poisoned, "andra");
        String unaffected = append(other, "annan");

        // the other sequence is projected; the poisoned one is parked, the later event of it parked behind
        await().atMost(Duration.ofSeconds(90)).until(() -> projected(unaffected) && parkedRows(poisoned).size() == 2);
        assertThat(projected(poison)).isFalse();
        assertThat(projected(behind)).isFalse();
        List<Map<String, Object>> rows = parkedList();
        Map<String, Object> cause = row(rows, poison);
        assertThat(cause).containsEntry("kind", "PROCESSOR").containsEntry("processor", TestProjektion.GROUP)
                .containsEntry("sequenceId", poisoned).containsEntry("cause", true).containsEntry("attempts", 3)
                .containsEntry("state", "PARKED").containsEntry("eventType", TestHandelse.class.getName())
                .containsEntry("sqlState", "22021");
        assertThat((String) cause.get("errorClass")).isNotBlank();
        assertThat(cause.get("globalIndex")).isNotNull();
        assertThat(row(rows, behind)).containsEntry("cause", false).containsEntry("state", "PARKED");
        assertThat(rows.toString()).as("never the payload").doesNotContain("första");

        // operators see it, the processor itself is not failing any more
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath processors = given().auth().oauth2(DRIFT).get("/api/drift/processors").then().statusCode(200).extract().jsonPath();
            Map<String, Object> vy = processors.getMap("processors.find { it.name == 'test-vy' }");
            assertThat(vy).containsEntry("kind", "PROCESSOR").containsEntry("parked", 2).containsEntry("failing", false);
            assertThat(((Number) vy.get("head")).longValue()).isGreaterThanOrEqualTo(((Number) vy.get("position")).longValue());
            assertThat(processors.getList("processors.name")).contains("contract-publisher", "platform-test.recording");
        });
        given().get("/q/health/group/processing").then().statusCode(503).body(containsString("parked-events"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/metrics").then()
                .body(containsString("barnunga_processor_parked{group=\"test-vy\",kind=\"PROCESSOR\",service=\"platform-test\"} 2.0"))
                .body(containsString("barnunga_processor_parked_events_total")));

        // other roles see nothing
        given().auth().oauth2(SOCIALSEKRETERARE).get("/api/drift/processors").then().statusCode(403);
        given().auth().oauth2(SOCIALSEKRETERARE).post("/api/drift/parked/" + cause.get("id") + "/redrive").then().statusCode(403);
        given().get("/api/drift/parked").then().statusCode(401);

        // still broken: the re-drive answers 409 and the rows stay parked, one attempt more
        given().auth().oauth2(DRIFT).post("/api/drift/parked/" + cause.get("id") + "/redrive").then().statusCode(409)
                .contentType("application/problem+json").body("rule", equalTo("STILL_FAILING"));
        assertThat(row(parkedList(), poison)).containsEntry("state", "PARKED").containsEntry("attempts", 4);

        // fixed: the whole sequence is projected, in order
        TestProjektion.broken = false;
        given().auth().oauth2(DRIFT).post("/api/drift/parked/" + cause.get("id") + "/redrive").then().statusCode(200)
                .body("redriven", equalTo(2));
        assertThat(ordning(poison)).isLessThan(ordning(behind));
        assertThat(text(poison)).isEqualTo("första");
        assertThat(parkedRows(poisoned)).isEmpty();
        assertThat(row(parkedList(null), behind)).containsEntry("state", "REDRIVEN").containsEntry("resolvedBy", "drift-1");
        given().auth().oauth2(DRIFT).post("/api/drift/parked/" + cause.get("id") + "/redrive").then().statusCode(409)
                .body("rule", equalTo("NOT_PARKED"));
        // the sequence flows again
        String next = append(poisoned, "tredje");
        await().atMost(Duration.ofSeconds(30)).until(() -> projected(next));
        assertThat(ordning(behind)).isLessThan(ordning(next));

        // discard: the operator drops an event for good
        TestProjektion.broken = true;
        String dropped = UUID.randomUUID().toString();
        String droppedEvent = append(dropped, "släpps\u0000");
        await().atMost(Duration.ofSeconds(90)).until(() -> parkedRows(dropped).size() == 1);
        TestProjektion.broken = false;
        String droppedId = (String) row(parkedList(), droppedEvent).get("id");
        given().auth().oauth2(DRIFT).post("/api/drift/parked/" + droppedId + "/discard").then().statusCode(200);
        given().auth().oauth2(DRIFT).post("/api/drift/parked/" + droppedId + "/discard").then().statusCode(409);
        given().auth().oauth2(DRIFT).post("/api/drift/parked/" + droppedId + "/redrive").then().statusCode(409);
        assertThat(row(parkedList(null), droppedEvent)).containsEntry("state", "DISCARDED").containsEntry("resolvedBy", "drift-1");
        assertThat(projected(droppedEvent)).isFalse();
        given().auth().oauth2(DRIFT).post("/api/drift/parked/" + UUID.randomUUID() + "/discard").then().statusCode(404);
        given().auth().oauth2(DRIFT).post("/api/drift/parked/not-an-id/redrive").then().statusCode(404);
        given().auth().oauth2(DRIFT).post("/api/drift/processors/no-such-group/redrive").then().statusCode(404);
        given().auth().oauth2(DRIFT).post("/api/drift/processors/test-vy/redrive").then().statusCode(200)
                .body("redriven", equalTo(0)).body("failed", equalTo(0));

        // nothing parked any more (other tests' parked records dropped too): the processing health is UP again
        for (Map<String, Object> open : parkedList()) {
            given().auth().oauth2(DRIFT).post("/api/drift/parked/" + open.get("id") + "/discard").then().statusCode(200);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/group/processing").then().statusCode(200));
    }

    @Test
    void a_transient_failure_is_retried_until_it_passes_never_parked_and_readiness_shows_it_meanwhile() throws Exception {
        TestProjektion.transientFailuresLeft.set(5); // max-attempts + 2
        String event = append(UUID.randomUUID().toString(), "transient");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(503)
                .body(containsString("event-processors")).body(containsString("SQLTransientConnectionException")));
        await().atMost(Duration.ofSeconds(120)).until(() -> projected(event));
        assertThat(TestProjektion.transientFailuresLeft.get()).isNegative();
        assertThat(parkedList(null)).noneMatch(r -> event.equals(r.get("eventId")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
    }

    private String append(String aggregateId, String text) {
        long sequence = SEQUENCE_NUMBERS.computeIfAbsent(aggregateId, a -> new AtomicLong()).getAndIncrement();
        GenericDomainEventMessage<TestHandelse> event = new GenericDomainEventMessage<>("TestAggregat", aggregateId, sequence,
                new TestHandelse(text));
        eventStore.publish(event);
        return event.getIdentifier();
    }

    private List<Map<String, Object>> parkedList() {
        return parkedList("PARKED");
    }

    private List<Map<String, Object>> parkedList(String state) {
        var request = given().auth().oauth2(DRIFT);
        if (state != null) {
            request = request.queryParam("state", state);
        }
        return request.get("/api/drift/parked").then().statusCode(200).extract().jsonPath().getList("parked");
    }

    private static Map<String, Object> row(List<Map<String, Object>> rows, String eventId) {
        return rows.stream().filter(r -> eventId.equals(r.get("eventId"))).findFirst()
                .orElseThrow(() -> new AssertionError("no parked row for " + eventId + " in " + rows));
    }

    private List<String> parkedRows(String sequence) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT event_id FROM parked_event WHERE sequence_id = ? AND state = 'PARKED' AND processor = 'test-vy'")) {
            q.setString(1, sequence);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    private boolean projected(String eventId) throws Exception {
        return ordning(eventId) != null;
    }

    private Long ordning(String eventId) throws Exception {
        return single("SELECT ordning FROM test_vy WHERE eventid = ?", eventId) instanceof Number n ? n.longValue() : null;
    }

    private String text(String eventId) throws Exception {
        return (String) single("SELECT text FROM test_vy WHERE eventid = ?", eventId);
    }

    private Object single(String sql, String arg) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, arg);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getObject(1) : null;
            }
        }
    }
}
