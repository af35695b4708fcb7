package se.barnunga.platform.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.barnunga.platform.operations.BatchTestSupport.DRIFT;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import se.barnunga.testing.PostgresKafkaTestResource;

/**
 * A projection that preloads its live batches ({@link TestLarmProjektion}, as {@code bevakning-vy}) writes a live batch
 * of many aggregates' events once, at its commit (docs/operations.md, "Event processors and consumers that fail"). An
 * event that cannot be stored fails such a batch only at its commit; the batch is rolled back and retried flushing per
 * event, so the failing event – and only it – is retried and parked, every other event of the batch lands, and the
 * next batches are written at their commit again.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "platform"))
class LiveBatchTest {

    private static final int AGGREGATES = 30;
    private static final int EVENTS_EACH = 4;

    @Inject
    EventStore eventStore;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void a_live_batch_written_at_its_commit_parks_only_the_event_that_cannot_be_stored() throws Exception {
        List<String> aggregates = new ArrayList<>();
        for (int a = 0; a < AGGREGATES; a++) {
            aggregates.add(UUID.randomUUID().toString());
        }
        String poisoned = UUID.randomUUID().toString();
        String[] poison = new String[1];
        int preloadsBefore = TestLarmProjektion.preloads.get();
        // one store transaction, interleaved as a sweep's alerts are: the processor meets them in one live batch
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < EVENTS_EACH; i++) {
                for (int a = 0; a < AGGREGATES; a++) {
                    append(aggregates.get(a), i, (a + 1) * 100L + i, "larm " + i + " av " + a);
                }
                if (i == EVENTS_EACH / 2) {
                    poison[0] = append(poisoned, 0, 1, "kan inte lagras\u0000");
                }
            }
        });

        await().atMost(Duration.ofSeconds(90)).until(() -> parked(poison[0]) != null
                && rows().stream().filter(r -> r.split("\\|")[1].equals(String.valueOf(EVENTS_EACH))).count() == AGGREGATES);
        List<String> rows = rows();
        assertThat(rows).hasSize(AGGREGATES).noneMatch(r -> r.startsWith(poisoned + "|"));
        for (int a = 0; a < AGGREGATES; a++) {
            assertThat(rows).contains(aggregates.get(a) + "|" + EVENTS_EACH + "|" + sum(a) + "|larm " + (EVENTS_EACH - 1) + " av " + a);
        }
        assertThat(TestLarmProjektion.preloads.get() - preloadsBefore).as("live batches preloaded").isPositive();
        Map<String, Object> parked = parked(poison[0]);
        assertThat(parked).containsEntry("cause", true).containsEntry("sqlState", "22021");

        // later batches are written at their commit again and land whole
        int preloadsAfterPoison = TestLarmProjektion.preloads.get();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int a = 0; a < AGGREGATES; a++) {
                append(aggregates.get(a), EVENTS_EACH, 1, "efter av " + a);
            }
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> rows().stream().allMatch(r -> r.contains("|efter av ")));
        for (int a = 0; a < AGGREGATES; a++) {
            assertThat(rows()).contains(aggregates.get(a) + "|" + (EVENTS_EACH + 1) + "|" + (sum(a) + 1) + "|efter av " + a);
        }
        assertThat(TestLarmProjektion.preloads.get()).as("the later batches preloaded too").isGreaterThan(preloadsAfterPoison);
        given().auth().oauth2(DRIFT).post("/api/drift/parked/" + parked.get("id") + "/discard").then().statusCode(200);
    }

    private static long sum(int aggregate) {
        return BatchTestSupport.sum(aggregate, EVENTS_EACH);
    }

    private String append(String aggregateId, long sequence, long belopp, String text) {
        return BatchTestSupport.append(eventStore, aggregateId, sequence, new TestLarm(belopp, text));
    }

    private static Map<String, Object> parked(String eventId) {
        return BatchTestSupport.parked(TestLarmProjektion.GROUP, eventId, "PARKED");
    }

    private List<String> rows() throws Exception {
        return BatchTestSupport.rows(dataSource, "test_larm");
    }
}
