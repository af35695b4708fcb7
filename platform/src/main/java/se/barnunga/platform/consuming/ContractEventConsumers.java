package se.barnunga.platform.consuming;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import se.barnunga.contracts.Topics;
import se.barnunga.platform.operations.Failures;
import se.barnunga.platform.operations.ParkedEvents;
import se.barnunga.platform.operations.ProcessingStatus;
import se.barnunga.platform.kafka.KafkaConnection;
import se.barnunga.platform.tracing.Tracing;

/**
 * Runs every {@link ContractEventHandler} of a service as a Kafka consumer group member (docs/architecture.md,
 * "Consuming contract events"):
 * <ul>
 * <li>each record is handled in a JTA transaction that also inserts its CloudEvent id into {@code processed_event};
 * an id already there means a re-delivery, which is skipped. The records of one poll are handled in batches of up to
 * {@code barnunga.consuming.batch-size} in one transaction (one commit for many records); a batch that fails is rolled
 * back whole and its records handled one at a time, each in its own transaction, as below;</li>
 * <li>offsets are committed only after the effect is committed (at-least-once delivery, exactly-once effect);</li>
 * <li>a failing record is retried with back-off; after {@code max-attempts} – or at once for an undecodable or
 * {@link PoisonMessage} – it is parked: a row in {@code parked_event} (kind CONSUMER, with the raw record for the
 * operators' re-drive) and a copy on {@code <topic>.dlq} with the error in headers (for pipelines), and the partition
 * moves on. If either cannot be written, the offset is not committed: the record comes back, never silently lost.</li>
 * <li>a transient failure (database or broker away, {@link Failures#isTransient}) is never parked: it is retried with
 * back-off (at most 30 s apart) for as long as it takes.</li>
 * <li>the consumer group's failing state (from the first failed attempt to the next handled or parked record) is in
 * {@link ProcessingStatus}, hence in readiness, health and metrics; {@link #redrive} re-runs a parked record.</li>
 * <li>each handling runs in a {@code process} span whose parent is the W3C trace context in the record's headers
 * ({@link Tracing#consume}; only while tracing is on).</li>
 * </ul>
 */
@Singleton
public class ContractEventConsumers {

    private static final Logger LOG = Logger.getLogger(ContractEventConsumers.class);

    @Inject
    Instance<ContractEventHandler> handlers;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    TransactionManager transactions;
    @Inject
    ConsumingSettings settings;
    @Inject
    Clock clock;
    @Inject
    MeterRegistry meters;
    @Inject
    ParkedEvents parkedEvents;
    @Inject
    ProcessingStatus status;
    @Inject
    KafkaConnection kafka;
    @Inject
    Tracing tracing;
    @Inject
    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    private final List<Loop> loops = new ArrayList<>();

    void start(@Observes StartupEvent event) {
        if (!settings.enabled()) {
            return;
        }
        for (ContractEventHandler handler : handlers) {
            Loop loop = new Loop(handler);
            loops.add(loop);
            status.register(loop.group, ProcessingStatus.Kind.CONSUMER);
            Thread thread = new Thread(loop, "consumer-" + handler.name());
            thread.setDaemon(true);
            loop.thread = thread;
            thread.start();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        loops.forEach(Loop::stop);
        for (Loop loop : loops) {
            try {
                loop.thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The topics of each consumer group run by this instance. */
    public Map<String, java.util.Set<String>> topicsByGroup() {
        Map<String, java.util.Set<String>> topics = new HashMap<>();
        loops.forEach(l -> topics.put(l.group, l.handler.topics()));
        return topics;
    }

    /**
     * Re-drives a parked record of a consumer group: rebuilt from the stored record and handled exactly as the
     * consumer loop handles it (own transaction, de-duplicated by {@code processed_event}).
     *
     * @throws IllegalArgumentException when this instance runs no such group
     * @throws Exception                the handler's failure: the record is still failing
     */
    public void redrive(ParkedEvents.Row row) throws Exception {
        Loop loop = loops.stream().filter(l -> l.group.equals(row.processor())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no consumer group " + row.processor()));
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(row.topic(), row.partition(), row.offset(),
                ConsumerRecord.NO_TIMESTAMP, TimestampType.NO_TIMESTAMP_TYPE, ConsumerRecord.NULL_SIZE, ConsumerRecord.NULL_SIZE,
                row.recordKey(), row.recordValue(), StoredHeaders.read(row.recordHeaders()), Optional.empty());
        CloudEvent event;
        try {
            event = KafkaMessageFactory.createReader(record).toEvent();
        } catch (RuntimeException e) {
            throw new PoisonMessage("the stored record is not a CloudEvent", e);
        }
        loop.handleOnce(record, event);
    }

    private final class Loop implements Runnable {
        private final ContractEventHandler handler;
        private final String group;
        private volatile boolean running = true;
        private volatile KafkaConsumer<String, byte[]> consumer;
        private KafkaProducer<String, byte[]> dlqProducer;
        Thread thread;

        Loop(ContractEventHandler handler) {
            this.handler = handler;
            this.group = applicationName + "." + handler.name();
        }

        void stop() {
            running = false;
            KafkaConsumer<String, byte[]> c = consumer;
            if (c != null) {
                c.wakeup();
            }
        }

        @Override
        public void run() {
            Map<String, Object> props = kafka.settings();
            props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
            props.put(ConsumerConfig.CLIENT_ID_CONFIG, group);
            props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 100);
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
                consumer = c;
                c.subscribe(handler.topics(), new ConsumerRebalanceListener() {
                    @Override
                    public void onPartitionsRevoked(java.util.Collection<TopicPartition> partitions) {
                        commit(c, done);
                    }

                    @Override
                    public void onPartitionsAssigned(java.util.Collection<TopicPartition> partitions) {
                        // positions come from the committed offsets. A partition that failed here and went to another
                        // instance in the rebalance is that instance's to report: this one would never see it recover
                        status.holdsOnly(group, c.assignment().stream().map(p -> unit(p.topic(), p.partition()))
                                .collect(java.util.stream.Collectors.toSet()));
                    }
                });
                while (running) {
                    ConsumerRecords<String, byte[]> polled = c.poll(Duration.ofMillis(500));
                    List<ConsumerRecord<String, byte[]>> records = new ArrayList<>(polled.count());
                    polled.forEach(records::add);
                    int batchSize = Math.max(1, settings.batchSize());
                    int from = 0;
                    while (from < records.size() && running) {
                        List<ConsumerRecord<String, byte[]>> next = records.subList(from, Math.min(records.size(), from + batchSize));
                        int handled = next.size() > 1 ? handleBatch(next) : -1;
                        if (handled > 0) {
                            next.subList(0, handled).forEach(record -> done(done, record));
                            from += handled;
                            continue;
                        }
                        // one at a time: each record the failed batch reached, in its own transaction, retried, parked
                        int attempted = handled < 0 ? -handled : next.size();
                        if (!processOneByOne(next.subList(0, attempted), done)) {
                            break;
                        }
                        from += attempted;
                    }
                    if (from < records.size()) {
                        rewind(c, records, done);
                    }
                    commit(c, done);
                }
            } catch (WakeupException e) {
                // shutting down
            } catch (RuntimeException e) {
                LOG.errorf(e, "Consumer %s stopped unexpectedly", group);
            } finally {
                if (dlqProducer != null) {
                    dlqProducer.close(Duration.ofSeconds(5));
                }
            }
        }

        /** @return false when the loop must stop taking records of this poll (stopping, or a record to be re-read) */
        private boolean processOneByOne(List<ConsumerRecord<String, byte[]>> records, Map<TopicPartition, OffsetAndMetadata> done) {
            for (ConsumerRecord<String, byte[]> record : records) {
                if (!running || !process(record)) {
                    // stopping, or the record could not be handled nor parked: start over from it
                    return false;
                }
                done(done, record);
            }
            return true;
        }

        /**
         * The loop stopped before the end of the poll: every partition of the poll is set back to its first record not
         * done, so the next poll delivers it again – the failed record's partition and every other partition whose
         * records came after it in the poll.
         */
        private void rewind(KafkaConsumer<String, byte[]> c, List<ConsumerRecord<String, byte[]>> records,
                            Map<TopicPartition, OffsetAndMetadata> done) {
            Map<TopicPartition, Long> first = new HashMap<>();
            for (ConsumerRecord<String, byte[]> record : records) {
                first.putIfAbsent(new TopicPartition(record.topic(), record.partition()), record.offset());
            }
            first.forEach((partition, offset) -> {
                OffsetAndMetadata handled = done.get(partition);
                c.seek(partition, handled == null ? offset : Math.max(offset, handled.offset()));
            });
        }

        private void done(Map<TopicPartition, OffsetAndMetadata> done, ConsumerRecord<String, byte[]> record) {
            done.put(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
        }

        /**
         * Handles records from the start of {@code records} in one transaction, each de-duplicated by its
         * {@code processed_event} row as in {@link #handleOnce}: one commit instead of one per record. It stops taking
         * records after {@code barnunga.consuming.batch-time} (so a batch adds little to the latency of its first
         * record) and commits. On any failure (an undecodable record, a handler's exception, a failed commit) nothing of
         * the batch is kept: the caller then handles the records it reached one at a time, so retries, back-off, parking
         * and the failing status stay per record, and the failed batch attempt counts as none of a record's attempts.
         *
         * @return how many records were handled (or skipped as re-deliveries) and committed; if the batch failed, minus
         *         the number of records it reached (the failing one included)
         */
        private int handleBatch(List<ConsumerRecord<String, byte[]>> records) {
            long deadline = System.nanoTime() + settings.batchTime().toNanos();
            List<String> consumedTypes = new ArrayList<>(records.size());
            int reached = 0;
            try {
                transactions.begin();
                while (reached < records.size() && (reached == 0 || System.nanoTime() < deadline)) {
                    ConsumerRecord<String, byte[]> record = records.get(reached++);
                    CloudEvent event = KafkaMessageFactory.createReader(record).toEvent();
                    if (recordProcessed(record, event)) {
                        tracing.consume(group, record, event, () -> handler.handle(event));
                        consumedTypes.add(event.getType());
                    }
                    if (transactions.getStatus() == Status.STATUS_MARKED_ROLLBACK) {
                        throw new IllegalStateException("the handler's transaction was marked for rollback");
                    }
                }
                transactions.commit();
            } catch (Exception e) {
                try {
                    if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
                        transactions.rollback();
                    }
                } catch (Exception rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
                meters.counter("barnunga.events.consume.batch_fallbacks", "consumer", group).increment();
                LOG.debugf("Consumer %s: a batch failed at its record %d (%s); handling its records one at a time", group, reached,
                        e.getClass().getSimpleName());
                return -Math.max(1, reached);
            }
            consumedTypes.forEach(type -> meters.counter("barnunga.events.consumed", "consumer", group, "type", type).increment());
            if (consumedTypes.size() < reached) {
                meters.counter("barnunga.events.duplicates", "consumer", group).increment(reached - consumedTypes.size());
            }
            meters.counter("barnunga.events.consume.batches", "consumer", group).increment();
            records.subList(0, reached).forEach(record -> status.succeeded(group, unit(record.topic(), record.partition())));
            return reached;
        }

        private void commit(KafkaConsumer<String, byte[]> c, Map<TopicPartition, OffsetAndMetadata> done) {
            if (done.isEmpty()) {
                return;
            }
            try {
                c.commitSync(new HashMap<>(done));
                done.clear();
            } catch (RuntimeException e) {
                // not committed: the records come again and are de-duplicated
                LOG.warnf("Consumer %s could not commit offsets (%s)", group, e.getClass().getSimpleName());
            }
        }

        /** The unit of the failing state ({@link ProcessingStatus}) of a topic partition. */
        private static String unit(String topic, int partition) {
            return "partition-" + topic + "-" + partition;
        }

        /** @return true when the record is done (handled, skipped as duplicate, or parked on the DLQ) */
        private boolean process(ConsumerRecord<String, byte[]> record) {
            CloudEvent event;
            String unit = unit(record.topic(), record.partition());
            try {
                event = KafkaMessageFactory.createReader(record).toEvent();
            } catch (RuntimeException e) {
                status.failed(group, ProcessingStatus.Kind.CONSUMER, unit, e);
                return deadLetter(record, null, e, 1);
            }
            long backoff = settings.initialBackoff().toMillis();
            for (int attempt = 1; running; attempt++) {
                try {
                    handleOnce(record, event);
                    status.succeeded(group, unit);
                    return true;
                } catch (PoisonMessage e) {
                    status.failed(group, ProcessingStatus.Kind.CONSUMER, unit, e);
                    return deadLetter(record, event, e, attempt);
                } catch (Exception e) {
                    meters.counter("barnunga.events.consume.failures", "consumer", group).increment();
                    status.failed(group, ProcessingStatus.Kind.CONSUMER, unit, e);
                    boolean transientFailure = Failures.isTransient(e);
                    if (!transientFailure && attempt >= settings.maxAttempts()) {
                        return deadLetter(record, event, e, attempt);
                    }
                    LOG.warnf("Consumer %s: attempt %d at event %s failed (%s%s), retrying", group, attempt, event.getId(),
                            e.getClass().getSimpleName(), transientFailure ? ", transient" : "");
                    sleep(backoff);
                    backoff = Math.min(backoff * 2, 30_000);
                }
            }
            return false;
        }

        void handleOnce(ConsumerRecord<String, byte[]> record, CloudEvent event) throws Exception {
            transactions.begin();
            try {
                if (recordProcessed(record, event)) {
                    tracing.consume(group, record, event, () -> handler.handle(event));
                    meters.counter("barnunga.events.consumed", "consumer", group, "type", event.getType()).increment();
                } else {
                    meters.counter("barnunga.events.duplicates", "consumer", group).increment();
                }
                if (transactions.getStatus() == Status.STATUS_MARKED_ROLLBACK) {
                    throw new IllegalStateException("the handler's transaction was marked for rollback");
                }
                transactions.commit();
            } catch (Exception e) {
                if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
                    transactions.rollback();
                }
                throw e;
            }
        }

        /** Inserts the event id; false if it was already there (a re-delivery). */
        private boolean recordProcessed(ConsumerRecord<String, byte[]> record, CloudEvent event) throws Exception {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement insert = c.prepareStatement(
                         "INSERT INTO processed_event (consumer, event_id, event_type, topic, partition_no, record_offset, processed_at)"
                                 + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (consumer, event_id) DO NOTHING")) {
                insert.setString(1, group);
                insert.setString(2, event.getId());
                insert.setString(3, event.getType());
                insert.setString(4, record.topic());
                insert.setInt(5, record.partition());
                insert.setLong(6, record.offset());
                insert.setObject(7, OffsetDateTime.now(clock));
                return insert.executeUpdate() == 1;
            }
        }

        private boolean deadLetter(ConsumerRecord<String, byte[]> record, CloudEvent event, Exception error, int attempts) {
            String unit = unit(record.topic(), record.partition());
            String eventId = event != null ? event.getId() : record.topic() + "/" + record.partition() + "@" + record.offset();
            try {
                parkedEvents.parkInNewTransaction(new ParkedEvents.Parking(ProcessingStatus.Kind.CONSUMER, group, eventId,
                        event != null ? event.getType() : null, record.key() != null ? record.key() : eventId, null,
                        record.topic(), record.partition(), record.offset(), record.key(), record.value(),
                        StoredHeaders.write(record.headers()), true, error, attempts));
            } catch (Exception e) {
                LOG.errorf("Consumer %s: could not park record %s-%d@%d (%s); it will be retried", group, record.topic(),
                        record.partition(), record.offset(), e.getClass().getSimpleName());
                sleep(settings.initialBackoff().toMillis());
                return false;
            }
            String dlq = Topics.deadLetterTopic(record.topic());
            ProducerRecord<String, byte[]> parked = new ProducerRecord<>(dlq, record.key(), record.value());
            for (Header h : record.headers()) {
                parked.headers().add(h);
            }
            parked.headers()
                    .add("dlq_original_topic", utf8(record.topic()))
                    .add("dlq_original_partition", utf8(Integer.toString(record.partition())))
                    .add("dlq_original_offset", utf8(Long.toString(record.offset())))
                    .add("dlq_consumer_group", utf8(group))
                    .add("dlq_attempts", utf8(Integer.toString(attempts)))
                    .add("dlq_failed_at", utf8(OffsetDateTime.now(clock).toString()))
                    .add("dlq_error_class", utf8(error.getClass().getName()))
                    // messages of our exceptions never carry personal data; still bounded
                    .add("dlq_error_message", utf8(truncate(String.valueOf(error.getMessage()), 500)));
            try {
                dlqProducer().send(parked).get(30, TimeUnit.SECONDS);
                meters.counter("barnunga.events.dead_lettered", "consumer", group).increment();
                status.parked(group, ProcessingStatus.Kind.CONSUMER);
                status.succeeded(group, unit);
                LOG.errorf("Consumer %s: record %s-%d@%d moved to %s after %d attempt(s): %s", group, record.topic(),
                        record.partition(), record.offset(), dlq, attempts, error.getClass().getSimpleName());
                return true;
            } catch (Exception e) {
                LOG.errorf("Consumer %s: could not write to %s (%s); the record will be retried", group, dlq, e.getClass().getSimpleName());
                if (dlqProducer != null) {
                    dlqProducer.close(Duration.ZERO);
                    dlqProducer = null;
                }
                sleep(settings.initialBackoff().toMillis());
                return false;
            }
        }

        private KafkaProducer<String, byte[]> dlqProducer() {
            if (dlqProducer == null) {
                Map<String, Object> p = kafka.settings();
                p.put(ProducerConfig.CLIENT_ID_CONFIG, group + "-dlq");
                p.put(ProducerConfig.ACKS_CONFIG, "all");
                p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
                p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
                p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
                p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
                dlqProducer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
            }
            return dlqProducer;
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
