package se.barnunga.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * One Kafka 4 broker in KRaft combined mode (broker and controller in one JVM, static voter), run as a child JVM
 * ({@code kafka.Kafka}) on this JVM's own class path. Its data lives in {@code <state>/kafka}; the storage is
 * formatted once, with the cluster id kept in {@code <state>/kafka-cluster-id}.
 */
final class KafkaBroker {

    static final int PARTITIONS = 3;

    private final LocalState state;
    private final int port;
    private final int controllerPort;
    private final java.util.function.Consumer<String> out;

    KafkaBroker(LocalState state, int port, int controllerPort, java.util.function.Consumer<String> out) {
        this.state = state;
        this.port = port;
        this.controllerPort = controllerPort;
        this.out = out;
    }

    String bootstrapServers() {
        return "localhost:" + port;
    }

    /** Writes the configuration, formats the storage unless done before, and starts the broker JVM. */
    ChildProcess start() throws IOException, InterruptedException {
        Path serverProperties = writeServerProperties();
        Path logging = writeLoggingProperties();
        List<String> jvm = List.of("-Xms256m", "-Xmx768m", "-Djava.awt.headless=true",
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                "-Dlogging.configuration=" + logging.toUri(),
                "-cp", System.getProperty("java.class.path"));

        if (!Files.exists(state.kafka().resolve("meta.properties"))) {
            String clusterId = clusterId();
            out.accept("Formatting the Kafka storage in " + state.kafka() + " (cluster id " + clusterId + ")");
            ChildProcess format = ChildProcess.startJava("kafka-storage-format", state.directory(), state.directory(),
                    state.log("kafka"), jvm, List.of("kafka.tools.StorageTool", "format",
                            "-t", clusterId, "-c", serverProperties.toString(), "--ignore-formatted"));
            if (!format.process().waitFor(120, TimeUnit.SECONDS)) {
                format.process().destroyForcibly();
                throw new IllegalStateException("formatting the Kafka storage did not finish in 120 s; see " + format.log());
            }
            if (format.exitValue() != 0) {
                throw new IllegalStateException("formatting the Kafka storage failed (exit " + format.exitValue()
                        + "):" + System.lineSeparator() + ChildProcess.tail(format.log(), 40));
            }
        }
        return ChildProcess.startJava("kafka", state.directory(), state.directory(), state.log("kafka"), jvm,
                List.of("kafka.Kafka", serverProperties.toString()));
    }

    /** Waits until the broker answers a describeCluster, as long as {@code alive} holds. */
    void awaitReady(Duration timeout, BooleanSupplier alive, BooleanSupplier cancelled) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        Exception last = null;
        try (Admin admin = admin()) {
            while (Instant.now().isBefore(deadline)) {
                if (cancelled.getAsBoolean()) {
                    throw new SystemProcesses.Cancelled();
                }
                if (!alive.getAsBoolean()) {
                    throw new IllegalStateException("the Kafka broker exited during startup");
                }
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                    last = e;
                }
                Thread.sleep(500);
            }
        }
        throw new IllegalStateException("the Kafka broker did not answer within " + timeout.toSeconds() + " s"
                + (last == null ? "" : " (" + last + ")"));
    }

    /** Creates the topics (and their dead-letter topics) unless they exist. */
    void createTopics(List<String> topics) throws InterruptedException {
        List<NewTopic> wanted = new ArrayList<>();
        for (String topic : topics) {
            wanted.add(new NewTopic(topic, PARTITIONS, (short) 1));
            wanted.add(new NewTopic(se.barnunga.contracts.Topics.deadLetterTopic(topic), PARTITIONS, (short) 1));
        }
        try (Admin admin = admin()) {
            var results = admin.createTopics(wanted).values();
            List<String> created = new ArrayList<>();
            for (var entry : results.entrySet()) {
                try {
                    entry.getValue().get(30, TimeUnit.SECONDS);
                    created.add(entry.getKey());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("could not create topic " + entry.getKey(), e.getCause());
                    }
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new IllegalStateException("creating topic " + entry.getKey() + " timed out", e);
                }
            }
            out.accept("Topics ready (" + wanted.size() + ", newly created: " + created.size() + ")");
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000));
    }

    private String clusterId() throws IOException {
        Path file = state.kafkaClusterId();
        if (Files.exists(file)) {
            String id = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (!id.isEmpty()) {
                return id;
            }
        }
        String id = Uuid.randomUuid().toString();
        Files.writeString(file, id + System.lineSeparator(), StandardCharsets.UTF_8);
        return id;
    }

    private Path writeServerProperties() throws IOException {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@localhost:" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + port);
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("log.dirs", state.kafka().toAbsolutePath().toString());
        p.setProperty("num.partitions", Integer.toString(PARTITIONS));
        p.setProperty("auto.create.topics.enable", "true");
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        Path file = state.config().resolve("server.properties");
        Files.createDirectories(file.getParent());
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(out, "generated by se.barnunga.local.LocalRun on every start; edit LocalRun/KafkaBroker instead");
        }
        return file;
    }

    /** The broker's own logging (jboss-logmanager is the SLF4J backend on this class path): INFO to its log file. */
    private Path writeLoggingProperties() throws IOException {
        Path file = state.config().resolve("kafka-logging.properties");
        Files.writeString(file, String.join(System.lineSeparator(),
                "# generated by se.barnunga.local.LocalRun",
                "logger.level=INFO",
                "logger.handlers=CONSOLE",
                "loggers=org.apache.kafka,kafka,state.change.logger",
                "logger.org.apache.kafka.level=INFO",
                "logger.kafka.level=INFO",
                "logger.state.change.logger.level=WARN",
                "handler.CONSOLE=org.jboss.logmanager.handlers.ConsoleHandler",
                "handler.CONSOLE.properties=target",
                "handler.CONSOLE.target=SYSTEM_OUT",
                "handler.CONSOLE.formatter=PATTERN",
                "formatter.PATTERN=org.jboss.logmanager.formatters.PatternFormatter",
                "formatter.PATTERN.properties=pattern",
                "formatter.PATTERN.pattern=%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p [%c] (%t) %s%e%n",
                ""), StandardCharsets.UTF_8);
        return file;
    }

}
