package se.barnunga.systemtests.instances;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import se.barnunga.systemtests.ProcessSystem;
import se.barnunga.systemtests.RunSummary;
import se.barnunga.systemtests.Topics;

/**
 * Nothing skipped and nothing handled twice, in effect, after instances were killed and partitions and segments
 * changed hands: every consumer group has recorded every CloudEvent of its topics exactly once ({@code processed_event},
 * written in the handler's transaction; a re-delivery finds its id there), the topics' duplicates (the same CloudEvent id
 * sent twice by a publisher that lost its claim mid-batch) are counted, no event is parked, and each read model has a
 * row for every aggregate the event store holds.
 */
final class EffectChecks {

    /** service → (read-model count SQL, event-store count SQL): one row per aggregate of the store. */
    static final Map<String, String[]> READ_MODELS = Map.of(
            ProcessSystem.ASSIGNMENT, new String[] {"SELECT count(*) FROM uppdrag_vy",
                    "SELECT count(DISTINCT aggregateidentifier) FROM domainevententry WHERE type = 'Uppdrag'"},
            ProcessSystem.CONCERN, new String[] {"SELECT count(*) FROM oro_vy",
                    "SELECT count(DISTINCT aggregateidentifier) FROM domainevententry WHERE type = 'Oro'"});

    private EffectChecks() {
    }

    static void run(ProcessSystem sut, RunSummary summary) throws Exception {
        List<ConsumerRecord<byte[], byte[]>> records = Topics.readAll(sut.kafkaBootstrapServers(), sut.topics());
        Map<String, Set<String>> idsByTopic = new TreeMap<>();
        Map<String, Integer> duplicates = new TreeMap<>();
        for (ConsumerRecord<byte[], byte[]> r : records) {
            String id = Topics.header(r, "ce_id");
            if (!idsByTopic.computeIfAbsent(r.topic(), t -> new HashSet<>()).add(id)) {
                duplicates.merge(r.topic(), 1, Integer::sum);
            }
        }
        summary.figure("effect: records on the topics / distinct CloudEvent ids / duplicates sent", records.size() + " / "
                + idsByTopic.values().stream().mapToInt(Set::size).sum() + " / " + duplicates);

        Map<String, ConsumerGroups.Group> groups = ConsumerGroups.describe(sut.kafkaBootstrapServers(), sut.services());
        Map<String, String> perGroup = new TreeMap<>();
        for (ConsumerGroups.Group g : groups.values()) {
            String service = sut.services().stream().filter(s -> g.name().startsWith(s + ".")).findFirst().orElseThrow();
            int expected = 0;
            int missing = 0;
            try (Connection c = connect(sut, service)) {
                for (String topic : g.topics()) {
                    Set<String> recorded = new HashSet<>();
                    try (PreparedStatement s = c.prepareStatement(
                            "SELECT event_id FROM processed_event WHERE consumer = ? AND topic = ?")) {
                        s.setString(1, g.name());
                        s.setString(2, topic);
                        try (ResultSet rs = s.executeQuery()) {
                            while (rs.next()) {
                                recorded.add(rs.getString(1));
                            }
                        }
                    }
                    Set<String> onTopic = idsByTopic.getOrDefault(topic, Set.of());
                    expected += onTopic.size();
                    missing += (int) onTopic.stream().filter(id -> !recorded.contains(id)).count();
                }
            }
            perGroup.put(g.name(), "handled " + (expected - missing) + " of " + expected + " CloudEvents");
            if (missing > 0) {
                summary.finding("effect", g.name() + " has not handled " + missing + " of the " + expected
                        + " CloudEvents on its topics");
            }
        }
        summary.figure("effect: consumer groups (processed_event against the topics)", perGroup);

        Map<String, String> readModels = new TreeMap<>();
        for (Map.Entry<String, String[]> e : READ_MODELS.entrySet()) {
            try (Connection c = connect(sut, e.getKey())) {
                long rows = single(c, e.getValue()[0]);
                long aggregates = single(c, e.getValue()[1]);
                readModels.put(e.getKey(), rows + " rows for " + aggregates + " aggregates");
                if (rows != aggregates || aggregates == 0) {
                    summary.finding("effect", e.getKey() + "'s read model has " + rows + " rows for " + aggregates
                            + " aggregates in the store");
                }
            }
        }
        summary.figure("effect: read models against the event store", readModels);

        Map<String, Long> parked = new TreeMap<>();
        for (String service : sut.services()) {
            try (Connection c = connect(sut, service)) {
                parked.put(service, single(c, "SELECT count(*) FROM parked_event"));
            }
        }
        summary.figure("effect: parked events", parked);
        parked.forEach((service, n) -> {
            if (n > 0) {
                summary.finding("effect", service + " parked " + n + " event(s)");
            }
        });
    }

    private static Connection connect(ProcessSystem sut, String service) throws java.sql.SQLException {
        return DriverManager.getConnection(sut.jdbcUrl(service), sut.postgresUser(), "");
    }

    private static long single(Connection c, String sql) throws java.sql.SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
