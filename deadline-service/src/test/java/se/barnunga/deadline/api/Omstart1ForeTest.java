package se.barnunga.deadline.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static se.barnunga.deadline.api.DeadlineTestSupport.*;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.barnunga.contracts.Barn;
import se.barnunga.testing.ContractEventWriter;
import se.barnunga.testing.PostgresKafkaTestResource;
import se.barnunga.testing.TestClock;

/**
 * Part one of the restart test: an intervention starts, so its first follow-up meeting is watched (due in 8 weeks);
 * then the service stops (the profile changes) with the due time still ahead. {@link Omstart2EfterTest} moves the clock
 * past it and starts the service again.
 */
@QuarkusTest
@TestProfile(OmstartProfiler.Steg1.class)
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "deadline"))
class Omstart1ForeTest {

    /** Carries the case from part one to part two across the restart (a JVM property outlives Quarkus' class loaders). */
    static final String ARENDE = "barnunga.test.omstart.uppdragId";

    @Test
    void en_bevakning_startar_innan_tjansten_stoppas() throws Exception {
        String uppdragId = UUID.randomUUID().toString();
        Barn barn = new Barn(pseudonym(), "MAN", 2016);
        LocalDate beslut = LocalDate.of(2027, 5, 3);
        LocalDate start = LocalDate.of(2027, 5, 10);
        TestClock.set(kl(start, 16));
        try (ContractEventWriter w = uppdragstjansten()) {
            w.publish(uppdragId, beviljad(uppdragId, barn, beslut, "MYND-1", "anna"), kl(beslut, 10));
            w.publish(uppdragId, verkstalld(uppdragId, barn, beslut, start, "MYND-1"), kl(start, 15));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(ANNA)
                .get("/api/bevakningar?regel=FORSTA_UPPFOLJNING&barn=" + barn.pseudonym())
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].forfallodatum", equalTo("2027-07-05"))
                .body("items[0].passerad", equalTo(false)));
        System.setProperty(ARENDE, uppdragId);
        System.setProperty(ARENDE + ".barn", barn.pseudonym());
    }
}
