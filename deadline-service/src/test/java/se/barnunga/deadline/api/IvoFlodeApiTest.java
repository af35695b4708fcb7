package se.barnunga.deadline.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static se.barnunga.deadline.api.DeadlineTestSupport.*;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import se.barnunga.contracts.Barn;
import se.barnunga.contracts.Topics;
import se.barnunga.deadline.application.Bevakningssvep;
import se.barnunga.testing.ContractAssertions;
import se.barnunga.testing.ContractEventWriter;
import se.barnunga.testing.PostgresKafkaTestResource;
import se.barnunga.testing.TestClock;
import se.barnunga.testing.TopicReader;

/**
 * A decision whose start is never registered: the watches start from the assignment-service's event on the broker,
 * the clock moves past three months, the sweep raises BevakningPasserad and IvoRapporteringKrävs once.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "deadline"))
class IvoFlodeApiTest {

    @Inject
    Bevakningssvep svep;

    @AfterEach
    void aterstall() {
        TestClock.reset();
    }

    @Test
    void ett_beslut_som_aldrig_verkstalls_kraver_ivo_rapport_efter_tre_manader() throws Exception {
        String uppdragId = UUID.randomUUID().toString();
        Barn barn = new Barn(pseudonym(), "KVINNA", 2015);
        LocalDate beslut = LocalDate.of(2026, 11, 30);
        TestClock.set(kl(beslut, 12));
        try (ContractEventWriter w = uppdragstjansten()) {
            w.publish(uppdragId, beviljad(uppdragId, barn, beslut, "MYND-1", "anna"), kl(beslut, 10));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(ANNA)
                .get("/api/bevakningar?regel=IVO_EJ_VERKSTALLT&barn=" + barn.pseudonym())
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].forfallodatum", equalTo("2027-02-28")));

        // the day the three months end: nothing yet
        TestClock.set(kl(LocalDate.of(2027, 2, 28), 23));
        svep.svep();
        // the next day: passed, and an IVO report is required for 2027-Q1
        TestClock.set(kl(LocalDate.of(2027, 3, 1), 0).plusSeconds(60));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            svep.svep();
            given().auth().oauth2(ANNA).get("/api/bevakningar?passerade=true&regel=IVO_EJ_VERKSTALLT&barn=" + barn.pseudonym())
                    .then().statusCode(200).body("total", equalTo(1)).body("items[0].ivoKvartal", equalTo("2027-Q1"));
        });
        svep.svep();

        try (TopicReader topic = TopicReader.fromBeginning(Topics.BEVAKNING)) {
            List<ConsumerRecord<String, byte[]>> ivo = topic.await(1, r -> r.key().equals(uppdragId)
                    && TopicReader.cloudEvent(r).getType().equals("IvoRapporteringKrävs"), Duration.ofSeconds(30));
            ContractAssertions.assertConformsToContract(ivo.get(0));
            Thread.sleep(1000);
            List<ConsumerRecord<String, byte[]>> alla = topic.await(0, r -> r.key().equals(uppdragId), Duration.ofSeconds(2));
            assertThat(alla.stream().map(r -> TopicReader.cloudEvent(r).getType()).filter(t -> t.equals("IvoRapporteringKrävs")))
                    .hasSize(1);
        }
        given().auth().oauth2(ANNA).get("/api/bevakningar/arenden/" + uppdragId).then().statusCode(200)
                .body("historik.handelse", hasItem("IvoRapporteringKrävs"));
    }
}
