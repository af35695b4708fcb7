package se.barnunga.platform.consuming;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import se.barnunga.contracts.Topics;
import se.barnunga.testing.DevTokens;
import se.barnunga.testing.PostgresKafkaTestResource;
import se.barnunga.testing.TestInfrastructure;
import se.barnunga.testing.TopicReader;

/** A consumed record that fails deterministically is parked (DLQ topic and parked_event) and re-driven after the fix. */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "platform"))
class ConsumerParkingTest {

    private static final String DRIFT = DevTokens.token("drift-1", "DRIFT-1", "drift");
    private static final String GROUP = "platform-test.recording";

    @Inject
    AgroalDataSource dataSource;
    @Inject
    RecordingHandler handler;

    @Test
    void a_failing_record_goes_to_the_dlq_and_is_parked_and_a_redrive_after_the_fix_handles_it_once() throws Exception {
        handler.fixableBroken(true);
        String subject = "fixable-" + UUID.randomUUID();
        CloudEvent event = CloudEventBuilder.v1().withId(UUID.randomUUID().toString()).withSource(URI.create("urn:barnunga:test"))
                .withType("TestHandelse").withSubject(subject).withTime(OffsetDateTime.now()).withDataContentType("application/json")
                .withData("{}".getBytes(StandardCharsets.UTF_8)).build();
        try (TopicReader dlq = TopicReader.fromBeginning(Topics.deadLetterTopic(RecordingHandler.TOPIC));
             KafkaProducer<String, CloudEvent> producer = producer()) {
            producer.send(new ProducerRecord<>(RecordingHandler.TOPIC, subject, event)).get();

            List<ConsumerRecord<String, byte[]>> parkedOnTopic = dlq.await(1, r -> subject.equals(r.key()), Duration.ofSeconds(30));
            assertThat(TopicReader.cloudEvent(parkedOnTopic.get(0)).getId()).isEqualTo(event.getId());
        }
        Map<String, Object> row = await().atMost(Duration.ofSeconds(30)).until(() -> parkedRow(event.getId()), r -> r != null);
        assertThat(row).containsEntry("kind", "CONSUMER").containsEntry("processor", GROUP).containsEntry("sequenceId", subject)
                .containsEntry("topic", RecordingHandler.TOPIC).containsEntry("cause", true).containsEntry("attempts", 3)
                .containsEntry("errorClass", IllegalStateException.class.getName()).containsEntry("eventType", "TestHandelse");
        assertThat(effects(subject)).isZero();
        // the partition moved on: the group's committed offsets reach the end of its topic
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Object> group = given().auth().oauth2(DRIFT).get("/api/drift/processors").then().statusCode(200)
                    .extract().jsonPath().getMap("processors.find { it.name == '" + GROUP + "' }");
            assertThat(group).containsEntry("kind", "CONSUMER").containsEntry("lag", 0).containsEntry("failing", false);
            assertThat((Integer) group.get("parked")).isPositive();
            assertThat(group.get("position")).isEqualTo(group.get("head")).isNotEqualTo(0);
        });

        // still broken: 409, stays parked
        given().auth().oauth2(DRIFT).post("/api/drift/parked/" + row.get("id") + "/redrive").then().statusCode(409)
                .body("rule", equalTo("STILL_FAILING"));
        assertThat(parkedRow(event.getId())).containsEntry("attempts", 4);

        handler.fixableBroken(false);
        given().auth().oauth2(DRIFT).post("/api/drift/parked/" + row.get("id") + "/redrive").then().statusCode(200)
                .body("redriven", equalTo(1));
        assertThat(effects(subject)).isEqualTo(1);
        assertThat(parkedRow(event.getId())).isNull();
        given().auth().oauth2(DRIFT).post("/api/drift/parked/" + row.get("id") + "/redrive").then().statusCode(409);
        assertThat(effects(subject)).as("handled once").isEqualTo(1);
    }

    private static KafkaProducer<String, CloudEvent> producer() {
        CloudEventSerializer serializer = new CloudEventSerializer();
        serializer.configure(Map.of(CloudEventSerializer.ENCODING_CONFIG, "BINARY"), false);
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), serializer);
    }

    private static Map<String, Object> parkedRow(String eventId) {
        List<Map<String, Object>> rows = given().auth().oauth2(DRIFT).queryParam("processor", GROUP).queryParam("state", "PARKED")
                .get("/api/drift/parked").then().statusCode(200).extract().jsonPath().getList("parked");
        return rows.stream().filter(r -> eventId.equals(r.get("eventId"))).findFirst().orElse(null);
    }

    private int effects(String subject) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT count(*) FROM test_effect WHERE subject = ?")) {
            q.setString(1, subject);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
