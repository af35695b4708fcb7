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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
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

/**
 * The records of one poll are handled in one transaction together with their {@code processed_event} rows; a batch
 * with a failing record falls back to one record at a time, so the failing one is parked after its own attempts and
 * every other is handled exactly once. Which transaction wrote a row is PostgreSQL's {@code xmin} of the row.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "platform"))
class ConsumerBatchingTest {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    RecordingHandler handler;

    private KafkaProducer<String, CloudEvent> events;

    @BeforeEach
    void producer() {
        CloudEventSerializer serializer = new CloudEventSerializer();
        serializer.configure(Map.of(CloudEventSerializer.ENCODING_CONFIG, "BINARY"), false);
        // records sent together reach the broker in one request, so the consumer gets them in one poll
        events = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 200),
                new StringSerializer(), serializer);
    }

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void the_records_of_one_poll_are_handled_in_one_transaction_with_their_processed_event_rows() throws Exception {
        String prefix = "batch-" + UUID.randomUUID() + "-";
        List<CloudEvent> sent = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            sent.add(event(prefix + i));
        }
        sendTogether(sent);

        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT count(*) FROM test_effect WHERE subject LIKE ?", prefix + "%") == 20);
        for (CloudEvent e : sent) {
            assertThat(count("SELECT count(*) FROM test_effect WHERE subject = ?", e.getSubject())).as("handled once").isEqualTo(1);
            assertThat(count("SELECT count(*) FROM processed_event WHERE event_id = ?", e.getId())).isEqualTo(1);
        }
        assertThat(count("SELECT count(*) FROM test_effect t JOIN processed_event p ON p.event_id = t.event_id AND p.xmin = t.xmin"
                + " WHERE t.subject LIKE ?", prefix + "%"))
                .as("each effect committed in the transaction of its processed_event row").isEqualTo(20);
        assertThat(count("SELECT count(DISTINCT xmin::text) FROM test_effect WHERE subject LIKE ?", prefix + "%"))
                .as("20 records sent together are handled in fewer than 20 transactions").isLessThan(20);
    }

    @Test
    void a_failing_record_in_a_batch_is_parked_after_its_own_attempts_and_the_others_are_handled_once() throws Exception {
        String prefix = "mixed-" + UUID.randomUUID() + "-";
        CloudEvent poison = event("poison");
        List<CloudEvent> good = List.of(event(prefix + 1), event(prefix + 2), event(prefix + 3), event(prefix + 4));
        int poisonAttemptsBefore = handler.poisonAttempts();
        try (TopicReader dlq = TopicReader.fromBeginning(Topics.deadLetterTopic(RecordingHandler.TOPIC))) {
            sendTogether(List.of(good.get(0), good.get(1), poison, good.get(2), good.get(3)));

            List<ConsumerRecord<String, byte[]>> parked = dlq.await(1, r -> r.headers().lastHeader("ce_id") != null
                    && poison.getId().equals(new String(r.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8)),
                    Duration.ofSeconds(30));
            assertThat(new String(parked.get(0).headers().lastHeader("dlq_attempts").value(), StandardCharsets.UTF_8))
                    .as("the failed batch is none of the record's own attempts").isEqualTo("3");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT count(*) FROM test_effect WHERE subject LIKE ?", prefix + "%") == 4);
        for (CloudEvent e : good) {
            assertThat(count("SELECT count(*) FROM test_effect WHERE subject = ?", e.getSubject())).as("handled once").isEqualTo(1);
            assertThat(count("SELECT count(*) FROM processed_event WHERE event_id = ?", e.getId())).isEqualTo(1);
        }
        assertThat(count("SELECT count(*) FROM processed_event WHERE event_id = ?", poison.getId())).isZero();
        assertThat(handler.poisonAttempts() - poisonAttemptsBefore).as("its own attempts after the batch's").isGreaterThanOrEqualTo(3);
    }

    /** Sends on one partition (one key), in one produce request. */
    private void sendTogether(List<CloudEvent> batch) throws Exception {
        String key = "batch-key-" + UUID.randomUUID();
        List<java.util.concurrent.Future<?>> acks = new ArrayList<>();
        for (CloudEvent e : batch) {
            acks.add(events.send(new ProducerRecord<>(RecordingHandler.TOPIC, key, e)));
        }
        events.flush();
        for (java.util.concurrent.Future<?> ack : acks) {
            ack.get();
        }
    }

    private static CloudEvent event(String subject) {
        return CloudEventBuilder.v1().withId(UUID.randomUUID().toString()).withSource(URI.create("urn:barnunga:test"))
                .withType("TestHandelse").withSubject(subject).withTime(OffsetDateTime.now()).withDataContentType("application/json")
                .withData("{}".getBytes(StandardCharsets.UTF_8)).build();
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
