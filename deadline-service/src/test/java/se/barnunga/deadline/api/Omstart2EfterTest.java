package se.barnunga.deadline.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static se.barnunga.deadline.api.DeadlineTestSupport.*;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.barnunga.contracts.Topics;
import se.barnunga.deadline.application.Bevakningssvep;
import se.barnunga.testing.ContractAssertions;
import se.barnunga.testing.PostgresKafkaTestResource;
import se.barnunga.testing.TestClock;
import se.barnunga.testing.TopicReader;

/**
 * Part two of the restart test: the due time of the watch started in {@link Omstart1ForeTest} passed while the
 * service was stopped. After the restart the first sweep raises BevakningPasserad; further sweeps (a second instance,
 * the next minute) raise nothing more.
 *
 * <p>The two classes must run in this order. Quarkus' class orderer groups tests by profile (Steg1 before Steg2), and
 * since Quarkus 3.22 it may also fall back to the class names (quarkusio/quarkus#49755; seen with 3.33: this class ran
 * first as "OmstartEfterTest"), so the names carry the order too: Omstart1… before Omstart2….
 */
@QuarkusTest
@TestProfile(OmstartProfiler.Steg2.class)
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "deadline"))
class Omstart2EfterTest {

    @Inject
    Bevakningssvep svep;

    @AfterEach
    void aterstall() {
        TestClock.reset();
    }

    @Test
    void en_frist_som_passerade_medan_tjansten_var_stoppad_larmar_en_gang_efter_omstart() {
        String uppdragId = System.getProperty(Omstart1ForeTest.ARENDE);
        String barn = System.getProperty(Omstart1ForeTest.ARENDE + ".barn");
        assertThat(uppdragId).as("Omstart1ForeTest runs first (profile Steg1 before Steg2, and by class name)").isNotNull();

        // the service was down from before the due date (5 July 2027) until 12 July
        TestClock.set(kl(LocalDate.of(2027, 7, 12), 9));
        given().auth().oauth2(ANNA).get("/api/bevakningar?passerade=true&regel=FORSTA_UPPFOLJNING&barn=" + barn)
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].passeradLarm", equalTo(null));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            svep.svep();
            given().auth().oauth2(ANNA).get("/api/bevakningar?passerade=true&regel=FORSTA_UPPFOLJNING&barn=" + barn)
                    .then().statusCode(200).body("items[0].okvitteratLarm", equalTo(true));
        });
        for (int i = 0; i < 3; i++) {
            svep.svep();
        }
        try (TopicReader topic = TopicReader.fromBeginning(Topics.BEVAKNING)) {
            // the follow-up watch's (the plan watch of the same start passed while the service was down too)
            java.util.function.Predicate<ConsumerRecord<String, byte[]>> forstaPasserad = r -> r.key().equals(uppdragId)
                    && TopicReader.cloudEvent(r).getType().equals("BevakningPasserad")
                    && new String(TopicReader.cloudEvent(r).getData().toBytes(), java.nio.charset.StandardCharsets.UTF_8)
                            .contains("\"regelId\":\"FORSTA_UPPFOLJNING\"");
            List<ConsumerRecord<String, byte[]>> passerade = topic.await(1, forstaPasserad, Duration.ofSeconds(30));
            ContractAssertions.assertConformsToContract(passerade.get(0));
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
            assertThat(topic.await(0, forstaPasserad, Duration.ofSeconds(2))).hasSize(1);
        }
    }
}
