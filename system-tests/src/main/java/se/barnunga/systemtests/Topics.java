package se.barnunga.systemtests;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads topics whole with a plain consumer (assigned partitions, no group, from the beginning to the end offsets of the
 * moment), and reads CloudEvents attributes from the headers.
 */
public final class Topics {

    private Topics() {
    }

    /** Every topic on the broker except Kafka's internal ones (the dead-letter topics {@code *.dlq} included). */
    public static Set<String> list(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30000))) {
            return new TreeSet<>(admin.listTopics().names().get(30, TimeUnit.SECONDS));
        } catch (Exception e) {
            throw new IllegalStateException("could not list the topics", e);
        }
    }

    /** All records of the topics now on the broker, in partition order. */
    public static List<ConsumerRecord<byte[], byte[]>> readAll(String bootstrapServers, Collection<String> topics) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
                if (infos != null) {
                    infos.forEach(i -> partitions.add(new TopicPartition(i.topic(), i.partition())));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions, Duration.ofSeconds(30)));
            end.entrySet().removeIf(e -> consumer.position(e.getKey(), Duration.ofSeconds(30)) >= e.getValue());
            Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
            while (!end.isEmpty() && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    records.add(record);
                }
                end.entrySet().removeIf(e -> consumer.position(e.getKey(), Duration.ofSeconds(30)) >= e.getValue());
            }
            if (!end.isEmpty()) {
                throw new IllegalStateException("could not read to the end of " + end.keySet() + " within 2 minutes");
            }
        }
        return records;
    }

    public static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /**
     * The first copy of every CloudEvent on the records (de-duplicated by {@code ce_id}), grouped by key (the case), each
     * case's events in partition order: type names.
     */
    public static Map<String, List<String>> firstCopiesByKey(List<ConsumerRecord<byte[], byte[]>> records) {
        Set<String> seen = new java.util.HashSet<>();
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            String id = header(record, "ce_id");
            if (id == null || !seen.add(id)) {
                continue;
            }
            String key = record.key() == null ? "" : new String(record.key(), StandardCharsets.UTF_8);
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(header(record, "ce_type"));
        }
        return byKey;
    }
}
