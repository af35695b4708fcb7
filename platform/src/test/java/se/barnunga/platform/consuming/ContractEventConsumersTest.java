package se.barnunga.platform.consuming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import se.barnunga.contracts.Topics;
import se.barnunga.testing.PostgresKafkaTestResource;
import se.barnunga.testing.TestInfrastructure;
import se.barnunga.testing.TopicReader;

/** Consuming on a real broker: de-duplication in the effect's transaction, and poison messages parked on the DLQ. */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "platform"))
class ContractEventConsumersTest {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    RecordingHandler handler;

    private KafkaProducer<String, CloudEvent> events;
    private KafkaProducer<String, byte[]> raw;

    @BeforeEach
    void producers() {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all");
        CloudEventSerializer serializer = new CloudEventSerializer();
        serializer.configure(Map.of(CloudEventSerializer.ENCODING_CONFIG, "BINARY"), false);
        events = new KafkaProducer<>(config, new StringSerializer(), serializer);
        raw = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    @AfterEach
    void close() {
        events.close();
        raw.close();
    }

    @Test
    void the_same_event_delivered_twice_has_one_effect() throws Exception {
        String subject = UUID.randomUUID().toString();
        CloudEvent event = event(UUID.randomUUID().toString(), subject);
        send(subject, event);
        send(subject, event); // a re-delivery: same CloudEvent id
        String later = UUID.randomUUID().toString();
        send(later, event(UUID.randomUUID().toString(), later));

        // the later event is processed, so both copies before it on the partition have been seen
        await().atMost(Duration.ofSeconds(30)).until(() -> effects(later) == 1);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> effects(subject) == 1);
        assertThat(processedIds(event.getId())).isEqualTo(1);
    }

    @Test
    void a_poison_message_lands_on_the_dlq_and_the_next_message_is_still_processed() throws Exception {
        try (TopicReader dlq = TopicReader.fromBeginning(Topics.deadLetterTopic(RecordingHandler.TOPIC))) {
            // always failing: retried max-attempts times, then parked, with no effect left behind
            CloudEvent poison = event(UUID.randomUUID().toString(), "poison");
            send("poison", poison);
            // undecodable: not a CloudEvent at all, parked at once
            raw.send(new ProducerRecord<>(RecordingHandler.TOPIC, "poison", "not a cloud event".getBytes(StandardCharsets.UTF_8))).get();
            String next = UUID.randomUUID().toString();
            send("poison", event(UUID.randomUUID().toString(), next));

            await().atMost(Duration.ofSeconds(30)).until(() -> effects(next) == 1);
            assertThat(effects("poison")).as("failed attempts leave no effect").isZero();
            assertThat(handler.poisonAttempts()).isGreaterThanOrEqualTo(3);

            List<ConsumerRecord<String, byte[]>> parked = dlq.await(2, r -> "poison".equals(r.key()), Duration.ofSeconds(30));
            ConsumerRecord<String, byte[]> failed = parked.stream()
                    .filter(r -> r.headers().lastHeader("ce_id") != null
                            && poison.getId().equals(new String(r.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8)))
                    .findFirst().orElseThrow();
            assertThat(header(failed, "dlq_original_topic")).isEqualTo(RecordingHandler.TOPIC);
            assertThat(header(failed, "dlq_attempts")).isEqualTo("3");
            assertThat(header(failed, "dlq_error_class")).isEqualTo(IllegalStateException.class.getName());
            assertThat(header(failed, "dlq_consumer_group")).isEqualTo("platform-test.recording");
            assertThat(TopicReader.cloudEvent(failed).getId()).as("the original event is kept whole").isEqualTo(poison.getId());
            assertThat(parked).anyMatch(r -> "not a cloud event".equals(new String(r.value(), StandardCharsets.UTF_8))
                    && "1".equals(header(r, "dlq_attempts")));
        }
    }

    private void send(String key, CloudEvent event) throws Exception {
        events.send(new ProducerRecord<>(RecordingHandler.TOPIC, key, event)).get();
    }

    private static CloudEvent event(String id, String subject) {
        return CloudEventBuilder.v1().withId(id).withSource(URI.create("urn:barnunga:test")).withType("TestHandelse")
                .withSubject(subject).withTime(OffsetDateTime.now()).withDataContentType("application/json")
                .withData("{}".getBytes(StandardCharsets.UTF_8)).build();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private int effects(String subject) throws Exception {
        return count("SELECT count(*) FROM test_effect WHERE subject = ?", subject);
    }

    private int processedIds(String eventId) throws Exception {
        return count("SELECT count(*) FROM processed_event WHERE event_id = ?", eventId);
    }

    private int count(String sql, String arg) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, arg);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
