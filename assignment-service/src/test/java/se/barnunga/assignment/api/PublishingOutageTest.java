package se.barnunga.assignment.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.barnunga.assignment.api.AssignmentTestSupport.ANNA;
import static se.barnunga.assignment.api.AssignmentTestSupport.MATS_METODHANDLEDARE;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.cloudevents.CloudEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import se.barnunga.contracts.Topics;
import se.barnunga.testing.ContractAssertions;
import se.barnunga.testing.PostgresKafkaTestResource;
import se.barnunga.testing.TestInfrastructure;
import se.barnunga.testing.TopicReader;

/**
 * The event store is the outbox: while the broker is unreachable commands are still accepted, publishing batches fail
 * (short delivery timeout here) and are retried, and once the broker is back every event is published, in order per
 * aggregate, none lost.
 */
@QuarkusTest
@TestProfile(PublishingOutageTest.ShortDeliveryTimeout.class)
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "assignment"))
class PublishingOutageTest {

    public static class ShortDeliveryTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("barnunga.publishing.delivery-timeout", "2s");
        }
    }

    @Test
    void events_appended_while_the_broker_is_unreachable_are_all_published_in_order_once_it_is_back() throws Exception {
        List<String> ids = new ArrayList<>();
        TestInfrastructure.cutKafka();
        try {
            for (int i = 0; i < 3; i++) {
                String id = AssignmentTestSupport.registrera(ANNA);
                AssignmentTestSupport.beslutat(id);
                AssignmentTestSupport.skicka(ANNA, id);
                AssignmentTestSupport.bekraftaMottagande(MATS_METODHANDLEDARE, id);
                ids.add(id);
            }
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    given().when().get("/q/health/ready").then().statusCode(503));
            // longer than several delivery timeouts: publishing batches fail and are retried meanwhile
            Thread.sleep(6_000);
        } finally {
            TestInfrastructure.restoreKafka();
        }

        try (TopicReader reader = TopicReader.fromBeginning(Topics.UPPDRAG)) {
            for (String id : ids) {
                List<ConsumerRecord<String, byte[]>> records = reader.await(3, TopicReader.withKey(id), Duration.ofSeconds(90));
                // a batch may have been re-sent after a failure: de-duplicate on the CloudEvent id, as consumers do
                Map<String, CloudEvent> firstOccurrence = new LinkedHashMap<>();
                for (ConsumerRecord<String, byte[]> record : records) {
                    ContractAssertions.assertConformsToContract(record);
                    CloudEvent event = TopicReader.cloudEvent(record);
                    firstOccurrence.putIfAbsent(event.getId(), event);
                }
                assertThat(firstOccurrence.values()).extracting(CloudEvent::getType)
                        .as("every event of %s, in the order they happened", id)
                        .containsExactly("InsatsBeviljad", "UppdragSkickat", "UppdragMottaget");
            }
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().when().get("/q/health/ready").then().statusCode(200));
    }
}
