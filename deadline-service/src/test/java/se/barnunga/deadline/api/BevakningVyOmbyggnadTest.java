package se.barnunga.deadline.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThan;
import static se.barnunga.deadline.api.DeadlineTestSupport.*;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import se.barnunga.contracts.Barn;
import se.barnunga.testing.ContractEventWriter;
import se.barnunga.testing.PostgresKafkaTestResource;
import se.barnunga.testing.ReadModelRebuild;
import se.barnunga.testing.TestClock;

/**
 * The operators' rebuild of {@code bevakning-vy} (docs/operations.md, "Rebuilding a read model"): after an
 * intervention's decision and start arrive from the assignment-service, the projection's reset handler clears the
 * watches and the case facts (interruptions, plans, follow-up meetings), and the replay restores exactly the rows they
 * had – due times included, since they are computed from the events, not from when they are handled.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "deadline"))
class BevakningVyOmbyggnadTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void bevakning_vy_is_rebuilt_from_the_event_store_into_the_same_rows() {
        String uppdragId = UUID.randomUUID().toString();
        Barn barn = new Barn(pseudonym(), "KVINNA", 2014);
        LocalDate beslut = LocalDate.of(2027, 1, 11);
        LocalDate start = LocalDate.of(2027, 1, 18);
        TestClock.set(kl(start, 16));
        try (ContractEventWriter w = uppdragstjansten()) {
            w.publish(uppdragId, beviljad(uppdragId, barn, beslut, "MYND-1", "anna"), kl(beslut, 10));
            w.publish(uppdragId, verkstalld(uppdragId, barn, beslut, start, "MYND-1"), kl(start, 15));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(ANNA)
                .get("/api/bevakningar/arenden/" + uppdragId).then().statusCode(200).body("bevakningar.size()", greaterThan(1)));

        ReadModelRebuild.assertRebuiltIdentically(OLLE_DRIFT, "bevakning-vy", dataSource, "bevakning_vy", "arende_vy",
                "avbrott_vy", "plan_vy", "uppfoljningsmote_vy");
    }
}
