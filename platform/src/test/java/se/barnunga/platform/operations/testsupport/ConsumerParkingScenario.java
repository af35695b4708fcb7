package se.barnunga.platform.operations.testsupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import se.barnunga.contracts.ContractCatalog;
import se.barnunga.contracts.Topics;
import se.barnunga.contracts.uppdrag.UppdragSkickat;
import se.barnunga.testing.DevTokens;
import se.barnunga.testing.TestInfrastructure;
import se.barnunga.testing.TopicReader;

/**
 * A contract event a service's consumer of {@code barnunga.uppdrag.v1} can never handle (its data does not fit the
 * contract) is parked – on the dead-letter topic and in parked_event – and shows to operators and in the processing
 * health until they discard it. The one copy of the scenario: each consuming service's {@code @QuarkusTest} subclass
 * names its consumer group.
 */
public abstract class ConsumerParkingScenario {

    private static final String DRIFT = DevTokens.token("olle", "DRIFT-1", "drift");

    /** The consumer group of the service's handler of {@code barnunga.uppdrag.v1}, {@code <service>.<handler>}. */
    protected abstract String consumerGroup();

    @Test
    public void a_contract_event_that_never_fits_is_parked_and_shown_until_discarded() throws Exception {
        String uppdragId = UUID.randomUUID().toString();
        CloudEvent event = CloudEventBuilder.v1().withId(UUID.randomUUID().toString())
                .withSource(URI.create("urn:barnunga:assignment-service")).withType(ContractCatalog.typeOf(UppdragSkickat.class))
                .withSubject(uppdragId).withTime(OffsetDateTime.now()).withDataContentType("application/json")
                .withData("{\"uppdragId\": [".getBytes(StandardCharsets.UTF_8)).build();
        CloudEventSerializer serializer = new CloudEventSerializer();
        serializer.configure(Map.of(CloudEventSerializer.ENCODING_CONFIG, "BINARY"), false);
        try (TopicReader dlq = TopicReader.fromBeginning(Topics.deadLetterTopic(Topics.UPPDRAG));
             KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                     ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), serializer)) {
            producer.send(new ProducerRecord<>(Topics.UPPDRAG, uppdragId, event)).get();
            List<ConsumerRecord<String, byte[]>> parked = dlq.await(1, r -> uppdragId.equals(r.key()), Duration.ofSeconds(60));
            assertThat(TopicReader.cloudEvent(parked.get(0)).getId()).isEqualTo(event.getId());
        }

        Map<String, Object> row = await().atMost(Duration.ofSeconds(30)).until(() -> parkedRow(event.getId()), r -> r != null);
        assertThat(row).containsEntry("kind", "CONSUMER").containsEntry("sequenceId", uppdragId)
                .containsEntry("topic", Topics.UPPDRAG).containsEntry("cause", true).containsEntry("attempts", 1)
                .containsEntry("errorClass", "se.barnunga.platform.consuming.PoisonMessage");
        given().auth().oauth2(DRIFT).get("/api/drift/processors").then().statusCode(200)
                .body("processors.find { it.name == '" + consumerGroup() + "' }.kind", equalTo("CONSUMER"));
        given().get("/q/health/group/processing").then().statusCode(503);

        given().auth().oauth2(DRIFT).post("/api/drift/parked/" + row.get("id") + "/discard").then().statusCode(200);
        assertThat(parkedRow(event.getId())).isNull();
    }

    private Map<String, Object> parkedRow(String eventId) {
        List<Map<String, Object>> rows = given().auth().oauth2(DRIFT).queryParam("processor", consumerGroup()).queryParam("state", "PARKED")
                .get("/api/drift/parked").then().statusCode(200).extract().jsonPath().getList("parked");
        return rows.stream().filter(r -> eventId.equals(r.get("eventId"))).findFirst().orElse(null);
    }
}
