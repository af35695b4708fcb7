package se.barnunga.systemtests.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import se.barnunga.systemtests.Api;
import se.barnunga.systemtests.CaseLoad;
import se.barnunga.systemtests.Personuppgifter;
import se.barnunga.systemtests.ProcessSystem;
import se.barnunga.systemtests.RunSummary;
import se.barnunga.systemtests.Topics;

/**
 * B3: a backlog of events in the assignment-service's event store, then its contract publisher started: the
 * publisher's rate (records on {@code barnunga.uppdrag.v1} per second) against a plain {@link KafkaProducer} of the
 * harness sending the same records (keys, values, headers) with the publisher's settings ({@code acks=all},
 * idempotent, 5 in flight, linger 5 ms) to a scratch topic with as many partitions, in the same minutes.
 *
 * <p>The backlog: a few real cases are walked through the seven commands ({@link CaseLoad}); then the service is
 * killed, and one SQL statement ({@link EventStoreCopies}) copies their stored events many times over, each copy a new
 * aggregate (its id replaced in the payload, a new event id, the same sequence numbers), in the aggregates' order. The service is then
 * started again and its publisher (and its projection {@code uppdrag-vy}) work off the backlog. The services that
 * consume the topic are stopped for the measurement and stay stopped (B3 runs last: started again, they would spend
 * minutes on the backlog), so the two cores are shared by the assignment-service, PostgreSQL and the broker only – the
 * figure is the publisher's own rate.
 */
final class PublisherRate {

    static final String TOPIC = "barnunga.uppdrag.v1";
    static final String SCRATCH_TOPIC = "bench.b3.producer";
    private static final List<String> CONSUMERS = List.of(ProcessSystem.FOLLOWUP, ProcessSystem.CONCERN, ProcessSystem.DEADLINE);

    private final ProcessSystem sut;
    private final BenchSize size;
    private final Api api;
    private final Personuppgifter personuppgifter;

    PublisherRate(ProcessSystem sut, BenchSize size, Api api, Personuppgifter personuppgifter) {
        this.sut = sut;
        this.size = size;
        this.api = api;
        this.personuppgifter = personuppgifter;
    }

    /** A record as the publisher sent it: what the baseline producer sends again. */
    private record Sent(byte[] key, byte[] value, org.apache.kafka.common.header.Headers headers, long timestamp) {
    }

    void run(BenchReport report, RunSummary summary) throws Exception {
        BenchReport.Scenario b3 = report.scenario("B3", "publisher: a backlog in the event store to Kafka, against the broker's producer rate");
        // 1. the source cases, walked through the seven commands; their public events on the topic
        CaseLoad load = new CaseLoad(sut, api, personuppgifter, "bench-b3");
        for (int i = 0; i < size.b3SourceCases(); i++) {
            load.walkOneCase();
        }
        List<CaseLoad.Fall> sources = load.cases().stream()
                .filter(f -> f.acknowledged.size() == CaseLoad.Steg.values().length).toList();
        if (sources.isEmpty()) {
            throw new IllegalStateException("B3: no source case was walked through every command");
        }
        int publicPerCopy = sources.stream().mapToInt(f -> f.expectedPublicEvents().size()).sum();
        awaitSourcesPublished(sources, publicPerCopy);

        // 2. the backlog, written while the service is down
        for (String consumer : CONSUMERS) {
            sut.kill(consumer);
        }
        sut.kill(ProcessSystem.ASSIGNMENT);
        long stored;
        Set<String> newIds = new HashSet<>();
        int copies;
        long copyStart = System.nanoTime();
        try (Connection c = DriverManager.getConnection(sut.jdbcUrl(ProcessSystem.ASSIGNMENT), sut.postgresUser(), "")) {
            java.sql.Array sourceIds = c.createArrayOf("text", sources.stream().map(f -> f.uppdragId).toArray());
            long storedPerCopy;
            try (PreparedStatement count = c.prepareStatement("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ANY(?)")) {
                count.setArray(1, sourceIds);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    storedPerCopy = rs.getLong(1);
                }
            }
            copies = (int) Math.max(1, (size.b3Events() + storedPerCopy - 1) / storedPerCopy);
            List<EventStoreCopies.Copy> backlog = EventStoreCopies.copies(sources.stream().map(f -> f.uppdragId).toList(), copies);
            stored = EventStoreCopies.copy(c, "domainevententry", backlog, EventStoreCopies.Order.BY_COPY);
            backlog.forEach(copy -> newIds.add(copy.id()));
        }
        double copySeconds = (System.nanoTime() - copyStart) / 1e9;
        long expected = (long) publicPerCopy * copies;
        System.out.printf("[bench] B3: backlog of %,d stored events (%,d copies of %d cases, %,d public events) written in %.1f s%n",
                stored, copies, sources.size(), expected, copySeconds);

        // 3. the publisher started: every new record of the topic, counted from where the topic ends now
        Watcher watcher = new Watcher(newIds, expected);
        Thread watching = new Thread(watcher, "bench-b3-watcher");
        watching.setDaemon(true);
        watching.start();
        watcher.positioned.await(60, TimeUnit.SECONDS);
        long launched = System.currentTimeMillis();
        Duration ready = sut.restart(ProcessSystem.ASSIGNMENT);
        watching.join(size.b3GiveUp().toMillis());
        watcher.stop = true;
        watching.join(10_000);
        if (watcher.failure.get() != null) {
            throw new IllegalStateException("B3: reading the topic failed", watcher.failure.get());
        }
        List<Sent> records = watcher.records;
        long first = records.stream().mapToLong(Sent::timestamp).min().orElse(launched);
        long last = watcher.lastSeenMillis.get();
        double publisherRate = records.size() < 2 || last <= first ? 0 : (records.size() - 1) * 1000.0 / (last - first);
        System.out.printf("[bench] B3: %,d of %,d public events on %s (%d duplicates), publisher %.0f/s%n", records.size(),
                expected, TOPIC, watcher.duplicates, publisherRate);

        // 4. the baseline: the same records, the same producer settings, in the same minutes
        double producerRate = producerRate(records);
        System.out.printf("[bench] B3: the producer sent the same %,d records at %.0f/s%n", records.size(), producerRate);

        double ratio = BenchReport.ratioOf(publisherRate, producerRate);
        b3.row(new BenchReport.Row("publisher rate, public events on " + TOPIC + " (" + records.size() + " of " + expected
                + " expected, " + watcher.duplicates + " duplicates)", publisherRate, "/s",
                "KafkaProducer, same records and settings", producerRate, ratio, "≥ 30 % of the producer's rate",
                ratio >= 0.30));
        double storedRate = last <= first ? 0 : stored * 1000.0 / (last - first);
        b3.row(new BenchReport.Row("publisher, stored events worked off per second (" + stored + " in the backlog)", storedRate,
                "/s", null, null, null, null, null));
        double sinceLaunch = last <= launched ? 0 : records.size() * 1000.0 / (last - launched);
        b3.row(new BenchReport.Row("service launched → all public events on the topic, per second", sinceLaunch, "/s",
                null, null, null, null, null));
        b3.row(new BenchReport.Row("service launched → ready", ready.toMillis(), "ms", null, null, null, null, null));
        b3.row(new BenchReport.Row("backlog written by SQL (" + copies + " copies of " + sources.size() + " cases)",
                copySeconds * 1000, "ms", null, null, null, null, null));
        if (records.size() < expected) {
            summary.finding("B3", "only " + records.size() + " of " + expected + " public events reached " + TOPIC + " within "
                    + size.b3GiveUp().toSeconds() + " s");
        }
        b3.note("Backlog: " + sources.size() + " cases walked through the seven commands (4 of them publish: 4 public events per case; "
                + "some commands store two events), then the assignment-service killed and their stored events copied " + copies + " times "
                + "by one SQL statement (each copy a new aggregate: new id, also in the payload, new event ids, same sequence "
                + "numbers, in order) – " + stored + " stored events, " + expected + " public events. The service is then started "
                + "again; its publisher and its projection `uppdrag-vy` both work off the backlog. The consuming services "
                + "(followup, concern, deadline) are stopped so that only the assignment-service, PostgreSQL and the "
                + "broker share the cores (B3 runs last and leaves them stopped).");
        b3.note("Publisher rate: distinct public events (by `ce_id`) of the backlog on " + TOPIC + ", less one, over the time "
                + "from the first one's record timestamp (the publisher's send) to the moment the harness read the last one. "
                + "Baseline: a `KafkaProducer<byte[], byte[]>` of the harness sends the same records (key, value, headers) right "
                + "after, with the publisher's settings (acks=all, idempotent, max.in.flight 5, linger 5 ms) to the scratch topic `"
                + SCRATCH_TOPIC + "` with as many partitions, as fast as it can (all sends asynchronous, then flush): records over "
                + "the time from the first send to the last acknowledgement.");
    }

    /** Waits until the source cases' public events are on the topic (the backlog must come after them). */
    private void awaitSourcesPublished(List<CaseLoad.Fall> sources, int publicEvents) throws InterruptedException {
        Set<String> ids = new HashSet<>();
        sources.forEach(f -> ids.add(f.uppdragId));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            int found = 0;
            for (Map.Entry<String, List<String>> e : Topics.firstCopiesByKey(Topics.readAll(sut.kafkaBootstrapServers(), List.of(TOPIC))).entrySet()) {
                if (ids.contains(e.getKey())) {
                    found += e.getValue().size();
                }
            }
            if (found >= publicEvents) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("B3: the source cases' public events did not reach " + TOPIC + " within 60 s");
    }

    /** Reads the topic from its current end: the backlog's records (by key), until all are there. */
    private final class Watcher implements Runnable {
        final Set<String> keys;
        final long expected;
        final List<Sent> records = new ArrayList<>();
        final CountDownLatch positioned = new CountDownLatch(1);
        final AtomicLong lastSeenMillis = new AtomicLong();
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        volatile boolean stop;
        int duplicates;

        Watcher(Set<String> keys, long expected) {
            this.keys = keys;
            this.expected = expected;
        }

        @Override
        public void run() {
            Properties p = new Properties();
            p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, sut.kafkaBootstrapServers());
            p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
            p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
            p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
            p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
            p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "20");
            Set<String> ids = new HashSet<>();
            try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p)) {
                List<TopicPartition> partitions = new ArrayList<>();
                for (PartitionInfo info : consumer.partitionsFor(TOPIC, Duration.ofSeconds(30))) {
                    partitions.add(new TopicPartition(info.topic(), info.partition()));
                }
                consumer.assign(partitions);
                consumer.seekToEnd(partitions);
                partitions.forEach(tp -> consumer.position(tp, Duration.ofSeconds(30)));
                positioned.countDown();
                while (!stop && records.size() < expected) {
                    for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                        if (r.key() == null || !keys.contains(new String(r.key(), StandardCharsets.UTF_8))) {
                            continue;
                        }
                        if (!ids.add(String.valueOf(Topics.header(r, "ce_id")))) {
                            duplicates++;
                            continue;
                        }
                        records.add(new Sent(r.key(), r.value(), r.headers(), r.timestamp()));
                        lastSeenMillis.set(System.currentTimeMillis());
                    }
                }
            } catch (Throwable t) {
                failure.set(t);
            } finally {
                positioned.countDown();
            }
        }
    }

    /**
     * The same records through a plain producer with the publisher's settings: records per second to the last ack. A
     * failed attempt is tried once more with a new producer and a new scratch topic: on this shared machine a plain
     * idempotent producer was once seen to get {@code OutOfOrderSequenceException} from the broker for a topic created a
     * moment before (the broker's log has it), which says nothing about the publisher's rate.
     */
    private double producerRate(List<Sent> records) throws Exception {
        if (records.isEmpty()) {
            return 0;
        }
        try {
            return producerRate(records, SCRATCH_TOPIC);
        } catch (IllegalStateException e) {
            System.out.println("[bench] B3: the baseline producer failed (" + e.getCause() + "); once more on a new topic");
            return producerRate(records, SCRATCH_TOPIC + "." + System.currentTimeMillis());
        }
    }

    private double producerRate(List<Sent> records, String scratchTopic) throws Exception {
        int partitions;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, sut.kafkaBootstrapServers()))) {
            partitions = admin.describeTopics(List.of(TOPIC)).allTopicNames().get(30, TimeUnit.SECONDS).get(TOPIC)
                    .partitions().size();
            if (!admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(scratchTopic)) {
                admin.createTopics(List.of(new NewTopic(scratchTopic, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }
        }
        Map<String, Object> p = new HashMap<>();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, sut.kafkaBootstrapServers());
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "bench-b3-producer");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        AtomicReference<Exception> failed = new AtomicReference<>();
        AtomicLong lastAck = new AtomicLong();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.partitionsFor(scratchTopic); // metadata fetched before the clock starts, as the publisher's is
            long start = System.nanoTime();
            for (Sent r : records) {
                producer.send(new ProducerRecord<>(scratchTopic, null, r.key(), r.value(), r.headers()), (m, e) -> {
                    if (e != null) {
                        failed.compareAndSet(null, e);
                    }
                    lastAck.accumulateAndGet(System.nanoTime(), Math::max);
                });
            }
            producer.flush();
            if (failed.get() != null) {
                throw new IllegalStateException("B3: the baseline producer failed", failed.get());
            }
            return records.size() / ((lastAck.get() - start) / 1e9);
        } finally {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, sut.kafkaBootstrapServers()))) {
                admin.deleteTopics(List.of(scratchTopic)).all().get(30, TimeUnit.SECONDS);
            }
        }
    }
}
