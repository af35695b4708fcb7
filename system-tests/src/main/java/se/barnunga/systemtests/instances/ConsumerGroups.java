package se.barnunga.systemtests.instances;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;

/**
 * The services' consumer groups as the cluster sees them (Kafka's Admin API): each group's members and the partitions
 * assigned to each. A group is named {@code <service>.<handler>} (platform/consuming).
 */
final class ConsumerGroups {

    /** One group: its state and, per member (consumer id), the partitions it holds. */
    record Group(String name, String state, Map<String, Set<TopicPartition>> members) {

        Set<TopicPartition> assigned() {
            Set<TopicPartition> all = new TreeSet<>(java.util.Comparator.comparing(TopicPartition::toString));
            members.values().forEach(all::addAll);
            return all;
        }

        /** Partitions per member, e.g. {@code [3, 3]}, sorted. */
        List<Integer> sizes() {
            return members.values().stream().map(Set::size).sorted().toList();
        }

        /** Topics the group reads (from its assignment). */
        Set<String> topics() {
            Set<String> topics = new TreeSet<>();
            assigned().forEach(p -> topics.add(p.topic()));
            return topics;
        }
    }

    private ConsumerGroups() {
    }

    /** The consumer groups of the system's services (names starting with a service's name), by name. */
    static Map<String, Group> describe(String bootstrapServers, List<String> services) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30000))) {
            List<String> names = admin.listGroups().all().get(30, TimeUnit.SECONDS).stream()
                    .map(GroupListing::groupId)
                    .filter(g -> services.stream().anyMatch(s -> g.startsWith(s + ".")))
                    .toList();
            Map<String, Group> groups = new TreeMap<>();
            for (Map.Entry<String, ConsumerGroupDescription> e
                    : admin.describeConsumerGroups(names).all().get(30, TimeUnit.SECONDS).entrySet()) {
                Map<String, Set<TopicPartition>> members = new TreeMap<>();
                for (MemberDescription m : e.getValue().members()) {
                    members.put(m.consumerId(), Set.copyOf(m.assignment().topicPartitions()));
                }
                groups.put(e.getKey(), new Group(e.getKey(), e.getValue().groupState().toString(), members));
            }
            return groups;
        }
    }

    /** Partitions of the topics (every topic of the system has the same count). */
    static int partitionsOf(String bootstrapServers, Set<String> topics) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30000))) {
            return admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS).values().stream()
                    .mapToInt(t -> t.partitions().size()).sum();
        }
    }
}
