package se.barnunga.systemtests;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * After the faults: every record on a dead-letter topic ({@code <topic>.dlq}) is an event a consumer gave up on – until
 * an operator re-drives it, a read model misses it. Each dead-letter topic with records is a finding, naming the
 * consumer groups and error classes from the {@code dlq_*} headers (never the record's content).
 */
public final class DeadLetters {

    private DeadLetters() {
    }

    public static void check(SystemUnderTest sut, RunSummary summary) {
        List<String> dlqTopics = Topics.list(sut.kafkaBootstrapServers()).stream().filter(t -> t.endsWith(".dlq")).toList();
        int total = 0;
        Map<String, Map<String, Integer>> perTopic = new TreeMap<>();
        for (ConsumerRecord<byte[], byte[]> r : Topics.readAll(sut.kafkaBootstrapServers(), dlqTopics)) {
            total++;
            perTopic.computeIfAbsent(r.topic(), t -> new TreeMap<>())
                    .merge(Topics.header(r, "dlq_consumer_group") + " " + Topics.header(r, "dlq_error_class"), 1, Integer::sum);
        }
        summary.figure("dead letters after the run", total + " on " + dlqTopics.size() + " dead-letter topics");
        perTopic.forEach((topic, causes) -> summary.finding("dead letters", topic + ": " + causes
                + " (consumer group and error class: count)"));
    }
}
