package se.barnunga.platform.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.barnunga.platform.operations.BatchTestSupport.DRIFT;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import se.barnunga.testing.PostgresKafkaTestResource;

/**
 * The replay's batches (docs/operations.md, "Rebuilding a read model"): a projection written as the services' are
 * (Panache rows found by id and changed per event), live processing flushing per event without preloads; its rebuild
 * preloads each batch's rows and writes them at the batch's commit in JDBC batches – and yields exactly the read model
 * that live processing built. An event that cannot be stored fails such a batch at its commit; the batch is retried
 * flushing per event, and the event is parked again as live processing parked it, the rest of the replay flowing on.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "platform"))
class ReplayBatchTest {

    private static final int AGGREGATES = 40;
    private static final int EVENTS_EACH = 12;

    @Inject
    EventStore eventStore;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void a_rebuild_in_replay_batches_yields_the_read_model_of_live_processing_and_parks_what_live_processing_parked() throws Exception {
        List<String> aggregates = new ArrayList<>();
        for (int a = 0; a < AGGREGATES; a++) {
            aggregates.add(UUID.randomUUID().toString());
        }
        String poisoned = UUID.randomUUID().toString();
        String poison = null;
        for (int i = 0; i < EVENTS_EACH; i++) { // interleaved, as a case's events are in a real store
            for (int a = 0; a < AGGREGATES; a++) {
                append(aggregates.get(a), i, (a + 1) * 100L + i, "belopp " + i + " av " + a);
            }
            if (i == EVENTS_EACH / 2) {
                poison = append(poisoned, 0, 1, "kan inte lagras\u0000");
            }
        }
        String last = aggregates.get(AGGREGATES - 1);

        // live: every row, the poison parked (3 attempts in tests), never a preload
        String poisonId = poison;
        await().atMost(Duration.ofSeconds(90)).until(() -> rows().contains(last + "|" + EVENTS_EACH + "|" + sum(AGGREGATES - 1)
                + "|belopp " + (EVENTS_EACH - 1) + " av " + (AGGREGATES - 1)) && parked(poisonId, "PARKED") != null);
        await().atMost(Duration.ofSeconds(60)).until(() -> rows().stream().filter(r -> aggregates.contains(r.split("\\|")[0]))
                .allMatch(r -> r.split("\\|")[1].equals(String.valueOf(EVENTS_EACH))) && rows().size() >= AGGREGATES);
        List<String> live = rows();
        assertThat(live).hasSizeGreaterThanOrEqualTo(AGGREGATES).noneMatch(r -> r.startsWith(poisoned));
        assertThat(TestSaldoProjektion.preloads.get()).as("preloads in live processing").isZero();
        given().auth().oauth2(DRIFT).post("/api/drift/parked/" + parked(poisonId, "PARKED").get("id") + "/discard").then()
                .statusCode(200);

        // the rebuild
        Instant start = Instant.now();
        given().auth().oauth2(DRIFT).post("/api/drift/processors/" + TestSaldoProjektion.GROUP + "/rebuild").then().statusCode(202);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonPath p = given().auth().oauth2(DRIFT).get("/api/drift/processors/" + TestSaldoProjektion.GROUP).then()
                    .statusCode(200).extract().jsonPath();
            assertThat(p.getBoolean("replaying")).as("replaying").isFalse();
            assertThat(p.getString("rebuildFinishedAt")).as("finished").isNotNull();
            assertThat(p.getBoolean("failing")).as("failing").isFalse();
        });

        // the same read model as live processing built, through preloaded batches; the poison parked again
        assertThat(rows()).isEqualTo(live);
        assertThat(TestSaldoProjektion.preloads.get()).as("preloaded batches of the replay").isPositive();
        Map<String, Object> parkedAgain = parked(poisonId, "PARKED");
        assertThat(parkedAgain).as("the poison parked by the replay").isNotNull();
        assertThat(Instant.parse((String) parkedAgain.get("parkedAt"))).isAfter(start.minusSeconds(1));
        assertThat(parkedAgain).containsEntry("cause", true).containsEntry("sqlState", "22021");
        given().auth().oauth2(DRIFT).post("/api/drift/parked/" + parkedAgain.get("id") + "/discard").then().statusCode(200);

        // and the processor goes on live with new events, per event again
        int preloadsAfter = TestSaldoProjektion.preloads.get();
        append(last, EVENTS_EACH, 1, "efter ombyggnaden");
        await().atMost(Duration.ofSeconds(60)).until(() -> rows().contains(last + "|" + (EVENTS_EACH + 1) + "|"
                + (sum(AGGREGATES - 1) + 1) + "|efter ombyggnaden"));
        assertThat(TestSaldoProjektion.preloads.get()).as("preloads after the replay").isEqualTo(preloadsAfter);
    }

    private static long sum(int aggregate) {
        return BatchTestSupport.sum(aggregate, EVENTS_EACH);
    }

    private String append(String aggregateId, long sequence, long belopp, String text) {
        return BatchTestSupport.append(eventStore, aggregateId, sequence, new TestSaldo(belopp, text));
    }

    private static Map<String, Object> parked(String eventId, String state) {
        return BatchTestSupport.parked(TestSaldoProjektion.GROUP, eventId, state);
    }

    private List<String> rows() throws Exception {
        return BatchTestSupport.rows(dataSource, "test_saldo");
    }
}
