package se.barnunga.platform.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.endsWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import se.barnunga.platform.axon.AxonRuntime;
import se.barnunga.platform.axon.ProcessorPositions;
import se.barnunga.platform.publishing.ContractEventPublisher;
import se.barnunga.testing.DevTokens;
import se.barnunga.testing.PostgresKafkaTestResource;

/**
 * The operators' rebuild of a projection on the real event store and PostgreSQL: the test projection's table is
 * cleared by its reset handler and replayed from the whole store into exactly the rows it had, progress shows until
 * the replay is done, the processor then goes on with new events; the contract publisher, consumer groups and unknown
 * names are refused, and a direct reset of the publisher is refused by its own reset handler.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "platform"))
class ProcessorRebuildTest {

    private static final String DRIFT = DevTokens.token("drift-1", "DRIFT-1", "drift");
    private static final String SOCIALSEKRETERARE = DevTokens.token("anna", "MYND-1", "socialsekreterare");
    private static final int AGGREGATES = 20;
    private static final int EVENTS_EACH = 15;

    @Inject
    EventStore eventStore;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    AxonRuntime axon;
    @Inject
    ProcessorPositions positions;

    @Test
    void a_projection_is_rebuilt_from_the_whole_store_into_the_same_rows_and_the_publisher_is_never_reset() throws Exception {
        List<String> aggregates = new ArrayList<>();
        for (int a = 0; a < AGGREGATES; a++) {
            String id = UUID.randomUUID().toString();
            aggregates.add(id);
        }
        for (int i = 0; i < EVENTS_EACH; i++) {
            for (int a = 0; a < AGGREGATES; a++) {
                append(aggregates.get(a), i, (a + 1) * 10L + i, "belopp " + i + " av " + a);
            }
        }
        String last = aggregates.get(AGGREGATES - 1);
        await().atMost(Duration.ofSeconds(90)).until(() -> rows().contains(last + "|" + EVENTS_EACH + "|"
                + sum(AGGREGATES - 1) + "|belopp " + (EVENTS_EACH - 1) + " av " + (AGGREGATES - 1)));
        await().atMost(Duration.ofSeconds(60)).until(() -> rows().stream().filter(r -> aggregates.contains(r.split("\\|")[0]))
                .count() == AGGREGATES && rows().stream().allMatch(r -> r.split("\\|")[1].equals(String.valueOf(EVENTS_EACH))));
        List<String> before = rows();
        assertThat(before).hasSizeGreaterThanOrEqualTo(AGGREGATES);
        long publisherBefore = positions.position(ContractEventPublisher.PROCESSING_GROUP).orElse(-1);

        // refused: the publisher, a consumer group, an unknown name, another role
        given().auth().oauth2(DRIFT).post("/api/drift/processors/contract-publisher/rebuild").then().statusCode(409)
                .contentType("application/problem+json").body("rule", equalTo("PUBLISHER_NOT_REBUILDABLE"));
        given().auth().oauth2(DRIFT).post("/api/drift/processors/platform-test.recording/rebuild").then().statusCode(409)
                .contentType("application/problem+json").body("rule", equalTo("NOT_A_PROJECTION"));
        given().auth().oauth2(DRIFT).post("/api/drift/processors/no-such-group/rebuild").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(DRIFT).get("/api/drift/processors/no-such-group").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(SOCIALSEKRETERARE).post("/api/drift/processors/test-summa/rebuild").then().statusCode(403);
        given().post("/api/drift/processors/test-summa/rebuild").then().statusCode(401);
        assertThat(rows()).isEqualTo(before);

        // a reset of the publisher by code is refused by its own reset handler, and its tokens stay where they were
        StreamingEventProcessor publisher = (StreamingEventProcessor) axon.configuration().eventProcessingConfiguration()
                .eventProcessors().get(ContractEventPublisher.PROCESSING_GROUP);
        publisher.shutDown();
        try {
            assertThatThrownBy(() -> publisher.resetTokens(StreamableMessageSource::createTailToken))
                    .hasStackTraceContaining("never reset");
        } finally {
            publisher.start();
        }
        assertThat(positions.tokens(ContractEventPublisher.PROCESSING_GROUP).replayEnd()).isEqualTo(-1);
        assertThat(positions.position(ContractEventPublisher.PROCESSING_GROUP).orElse(-1)).isGreaterThanOrEqualTo(publisherBefore);

        // the rebuild: 202 with where to follow it
        long head = positions.head();
        var started = given().auth().oauth2(DRIFT).post("/api/drift/processors/test-summa/rebuild").then().statusCode(202)
                .header("Location", endsWith("/api/drift/processors/test-summa"))
                .body("processor", equalTo("test-summa")).body("startedBy", equalTo("drift-1"))
                .body("progress", equalTo("/api/drift/processors/test-summa")).extract().jsonPath();
        assertThat(started.getLong("replayEnd")).isGreaterThanOrEqualTo(head);

        // followed until done; the service answers meanwhile
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            given().auth().oauth2(DRIFT).get("/api/drift/processors").then().statusCode(200);
            JsonPath p = given().auth().oauth2(DRIFT).get("/api/drift/processors/test-summa").then().statusCode(200)
                    .extract().jsonPath();
            assertThat(p.getBoolean("replaying")).isFalse();
            assertThat(p.getString("rebuildFinishedAt")).isNotNull();
        });
        JsonPath done = given().auth().oauth2(DRIFT).get("/api/drift/processors/test-summa").then().statusCode(200)
                .body("kind", equalTo("PROCESSOR")).body("failing", equalTo(false)).body("rebuildStartedBy", equalTo("drift-1"))
                .body("secondsLeft", equalTo(0)).extract().jsonPath();
        assertThat(done.getLong("position")).isGreaterThanOrEqualTo(done.getLong("replayEnd"));
        assertThat(done.getLong("replayEnd")).isGreaterThanOrEqualTo(head);
        assertThat(done.getDouble("eventsPerSecond")).isPositive();

        // the same rows as before the rebuild
        assertThat(rows()).isEqualTo(before);
        // the publisher was not touched
        assertThat(positions.tokens(ContractEventPublisher.PROCESSING_GROUP).replayEnd()).isEqualTo(-1);

        // and the processor goes on with new events
        append(last, EVENTS_EACH, 1, "efter ombyggnaden");
        await().atMost(Duration.ofSeconds(60)).until(() -> rows().contains(last + "|" + (EVENTS_EACH + 1) + "|"
                + (sum(AGGREGATES - 1) + 1) + "|efter ombyggnaden"));
    }

    private static long sum(int aggregate) {
        long sum = 0;
        for (int i = 0; i < EVENTS_EACH; i++) {
            sum += (aggregate + 1) * 10L + i;
        }
        return sum;
    }

    private void append(String aggregateId, long sequence, long belopp, String text) {
        eventStore.publish(new GenericDomainEventMessage<>("TestKonto", aggregateId, sequence, new TestBelopp(belopp, text)));
    }

    /** The whole table, one line per row, in key order. */
    private List<String> rows() throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT aggregat_id, antal, summa, senaste_text FROM test_summa ORDER BY aggregat_id");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                rows.add(rs.getString(1) + "|" + rs.getInt(2) + "|" + rs.getLong(3) + "|" + rs.getString(4));
            }
        }
        return rows;
    }
}
