package se.barnunga.testing;

import org.awaitility.Awaitility;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;

/**
 * Reads a topic of the real broker from the beginning, as an independent consumer group would: the tests assert on
 * what a reporting pipeline would receive.
 */
public final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    private TopicReader(String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
    }

    public static TopicReader fromBeginning(String topic) {
        return new TopicReader(topic);
    }

    /** Polls until at least {@code count} records match, and returns all matching records read so far, in order. */
    public List<ConsumerRecord<String, byte[]>> await(int count, Predicate<ConsumerRecord<String, byte[]>> filter, Duration timeout) {
        Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(50)).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            return seen.stream().filter(filter).count() >= count;
        });
        return matching(filter);
    }

    private List<ConsumerRecord<String, byte[]>> matching(Predicate<ConsumerRecord<String, byte[]>> filter) {
        return seen.stream().filter(filter).toList();
    }

    /** The record as a CloudEvent (binary mode). */
    public static CloudEvent cloudEvent(ConsumerRecord<String, byte[]> record) {
        return KafkaMessageFactory.createReader(record).toEvent();
    }

    /** A filter on the record key, which is the aggregate id. */
    public static Predicate<ConsumerRecord<String, byte[]>> withKey(String key) {
        return r -> key.equals(r.key());
    }

    @Override
    public void close() {
        consumer.close();
    }
}
