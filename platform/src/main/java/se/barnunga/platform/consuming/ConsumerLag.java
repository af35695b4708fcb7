package se.barnunga.platform.consuming;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import se.barnunga.platform.kafka.KafkaConnection;

/**
 * The position of a consumer group against the end of its topics, summed over their partitions: the committed
 * offsets (0 for a partition without one) against the end offsets. Three admin round trips to the broker, each
 * bounded by a few seconds; callers cache the result.
 */
@Singleton
public class ConsumerLag {

    private static final long TIMEOUT_MS = 3000;

    @Inject
    KafkaConnection kafka;

    private Admin admin;

    /** Position (summed committed offsets) and head (summed end offsets) of the group on the topics. */
    public record Position(long position, long head) {
        public long lag() {
            return Math.max(0, head - position);
        }
    }

    public Position position(String group, Collection<String> topics) throws Exception {
        Admin a = admin();
        Map<String, TopicDescription> described = a.describeTopics(topics).allTopicNames().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        described.values().forEach(d -> d.partitions().forEach(p -> latest.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest())));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = a.listOffsets(latest).all().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        Map<TopicPartition, OffsetAndMetadata> committed = a.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                .get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        long head = 0;
        long position = 0;
        for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end : ends.entrySet()) {
            head += end.getValue().offset();
            OffsetAndMetadata c = committed.get(end.getKey());
            position += c == null ? 0 : c.offset();
        }
        return new Position(position, head);
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Map<String, Object> settings = kafka.settings();
            settings.put(AdminClientConfig.CLIENT_ID_CONFIG, "consumer-lag");
            settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT_MS);
            settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT_MS + 1000);
            admin = Admin.create(settings);
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close();
        }
    }
}
