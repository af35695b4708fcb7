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
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * A Kafka 4 cluster of {@code N} KRaft nodes on this machine, each node a child JVM ({@code kafka.Kafka}, on this JVM's
 * own class path) in combined mode (broker and controller in one process, static voters: every node is a voter). One
 * node is the local run's default; three give a cluster in which a broker may die: topics with replication factor 3
 * and {@code min.insync.replicas} 2, so a producer with {@code acks=all} is still acknowledged with one node down and
 * nothing acknowledged is lost.
 *
 * <p>A single node keeps its data in {@code <state>/kafka} and logs to {@code kafka.log} (as before there were
 * clusters); node {@code i} of a cluster of {@code n} in {@code <state>/kafka-<n>-nodes/node-i}, logging to
 * {@code kafka-i.log}. The
 * storage is formatted once, with the cluster id kept in {@code <state>/kafka-cluster-id}.
 */
final class KafkaCluster {

    static final int PARTITIONS = 3;
    /** The replication factor of the topics, and of Kafka's own, in a cluster of at least three nodes. */
    static final int REPLICATION_FACTOR = 3;
    /** In-sync replicas an {@code acks=all} write needs, in a cluster of at least three nodes. */
    static final int MIN_INSYNC_REPLICAS = 2;

    private final LocalState state;
    private final List<Integer> ports;
    private final List<Integer> controllerPorts;
    private final Consumer<String> out;
    /** The nodes' JVMs by number (1..n), guarded by this; a killed node stays until it is started again. */
    private final Map<Integer, ChildProcess> nodes = new java.util.LinkedHashMap<>();

    KafkaCluster(LocalState state, List<Integer> ports, List<Integer> controllerPorts, Consumer<String> out) {
        if (ports.isEmpty() || ports.size() != controllerPorts.size()) {
            throw new IllegalArgumentException("one client port and one controller port per node: " + ports + ", "
                    + controllerPorts);
        }
        this.state = state;
        this.ports = List.copyOf(ports);
        this.controllerPorts = List.copyOf(controllerPorts);
        this.out = out;
    }

    /** Nodes of the cluster; they are numbered 1..size (their {@code node.id}). */
    int size() {
        return ports.size();
    }

    int replicationFactor() {
        return Math.min(REPLICATION_FACTOR, size());
    }

    int minInsyncReplicas() {
        return Math.min(MIN_INSYNC_REPLICAS, size());
    }

    /** Every node's client address: what every client gets, so it finds the cluster while any node is up. */
    String bootstrapServers() {
        return ports.stream().map(p -> "localhost:" + p).collect(Collectors.joining(","));
    }

    int port(int node) {
        return ports.get(node - 1);
    }

    int controllerPort(int node) {
        return controllerPorts.get(node - 1);
    }

    /** The process name of a node: {@code kafka} alone, {@code kafka-<i>} in a cluster (also its log's name). */
    String name(int node) {
        return size() == 1 ? "kafka" : "kafka-" + node;
    }

    Path dataDirectory(int node) {
        // a cluster of another size is another cluster (its static voters differ): its own directories
        return size() == 1 ? state.kafka() : state.directory().resolve("kafka-" + size() + "-nodes").resolve("node-" + node);
    }

    /** Starts every node and waits until the cluster answers with all its brokers. */
    void startAll(BooleanSupplier cancelled) throws IOException, InterruptedException {
        for (int node = 1; node <= size(); node++) {
            out.accept("Starting " + name(node) + " on localhost:" + port(node) + " (data in " + dataDirectory(node)
                    + ", log " + state.log(name(node)) + ")");
            ChildProcess process = start(node);
            synchronized (this) {
                nodes.put(node, process);
            }
            if (cancelled.getAsBoolean()) {
                throw new SystemProcesses.Cancelled();
            }
        }
        awaitAll(cancelled);
    }

    /** Starts a killed node again on its data directory and waits until the cluster has all its brokers again. */
    void restart(int node, BooleanSupplier cancelled) throws IOException, InterruptedException {
        synchronized (this) {
            ChildProcess running = nodes.get(node);
            if (running != null && running.isAlive()) {
                throw new IllegalStateException(name(node) + " is already running (pid " + running.pid() + ")");
            }
        }
        out.accept("Starting " + name(node) + " again");
        ChildProcess process = start(node);
        synchronized (this) {
            nodes.put(node, process);
        }
        awaitAll(cancelled);
    }

    private void awaitAll(BooleanSupplier cancelled) throws InterruptedException {
        List<ChildProcess> started = processes();
        try {
            awaitReady(size(), SystemProcesses.KAFKA_READY_TIMEOUT, () -> started.stream().allMatch(ChildProcess::isAlive),
                    cancelled);
        } catch (IllegalStateException e) {
            StringBuilder tails = new StringBuilder(e.getMessage());
            for (ChildProcess node : started) {
                tails.append("; last ").append(SystemProcesses.LOG_TAIL_LINES).append(" lines of ").append(node.log())
                        .append(':').append(System.lineSeparator()).append(node.tail(SystemProcesses.LOG_TAIL_LINES));
            }
            throw new IllegalStateException(tails.toString());
        }
    }

    /** Kills a node hard (SIGKILL) and waits until it is gone. */
    void kill(int node) throws InterruptedException {
        process(node).kill();
    }

    /** Sends a signal ({@code STOP}, {@code CONT}) to every running node. */
    void signalAll(String signal) throws IOException, InterruptedException {
        for (ChildProcess node : processes()) {
            if (node.isAlive()) {
                node.signal(signal);
            }
        }
    }

    long pid(int node) {
        return process(node).pid();
    }

    /** The nodes' JVMs started so far. */
    synchronized List<ChildProcess> processes() {
        return List.copyOf(nodes.values());
    }

    private synchronized ChildProcess process(int node) {
        ChildProcess process = nodes.get(node);
        if (process == null || !process.isAlive()) {
            throw new IllegalStateException(name(node) + " is not running");
        }
        return process;
    }

    /** Stops every running node (SIGTERM, SIGKILL after the grace period); a paused one is resumed first. */
    void stopAll(Duration grace) {
        List<ChildProcess> running;
        synchronized (this) {
            running = nodes.values().stream().filter(ChildProcess::isAlive).toList();
            nodes.clear();
        }
        if (running.isEmpty()) {
            return;
        }
        for (ChildProcess node : running) {
            try {
                node.signal("CONT"); // a paused node would ignore SIGTERM until resumed
            } catch (IOException | InterruptedException | RuntimeException e) {
                // it has gone already
            }
        }
        ChildProcess.stopAll(running, grace, out);
    }

    /** Writes the node's configuration, formats its storage unless done before, and starts its JVM. */
    ChildProcess start(int node) throws IOException, InterruptedException {
        Path serverProperties = writeServerProperties(node);
        Path logging = writeLoggingProperties();
        // a node of a cluster gets less heap: three of them share the machine with the services
        List<String> jvm = List.of("-Xms" + (size() == 1 ? 256 : 128) + "m", "-Xmx" + (size() == 1 ? 768 : 384) + "m",
                "-Djava.awt.headless=true",
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                "-Dlogging.configuration=" + logging.toUri(),
                "-cp", System.getProperty("java.class.path"));
        Files.createDirectories(dataDirectory(node));
        if (!Files.exists(dataDirectory(node).resolve("meta.properties"))) {
            String clusterId = clusterId();
            out.accept("Formatting the Kafka storage in " + dataDirectory(node) + " (cluster id " + clusterId + ")");
            ChildProcess format = ChildProcess.startJava("kafka-storage-format", state.directory(), state.directory(),
                    state.log(name(node)), jvm, List.of("kafka.tools.StorageTool", "format",
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
        return ChildProcess.startJava(name(node), state.directory(), state.directory(), state.log(name(node)), jvm,
                List.of("kafka.Kafka", serverProperties.toString()));
    }

    /**
     * Waits until the cluster answers a describeCluster with {@code nodes} brokers, as long as {@code alive} holds (a
     * cluster needs a majority of its voters up before any broker registers).
     */
    void awaitReady(int nodes, Duration timeout, BooleanSupplier alive, BooleanSupplier cancelled) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        Exception last = null;
        int seen = 0;
        try (Admin admin = admin()) {
            while (Instant.now().isBefore(deadline)) {
                if (cancelled.getAsBoolean()) {
                    throw new SystemProcesses.Cancelled();
                }
                if (!alive.getAsBoolean()) {
                    throw new IllegalStateException("a Kafka node exited during startup");
                }
                try {
                    seen = admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).size();
                    if (seen >= nodes) {
                        return;
                    }
                } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                    last = e;
                }
                Thread.sleep(500);
            }
        }
        throw new IllegalStateException("the Kafka cluster did not answer with " + nodes + " broker(s) within "
                + timeout.toSeconds() + " s (last seen: " + seen + ")" + (last == null ? "" : " (" + last + ")"));
    }

    /** Creates the topics (and their dead-letter topics) unless they exist. */
    void createTopics(List<String> topics) throws InterruptedException {
        List<NewTopic> wanted = new ArrayList<>();
        Map<String, String> configs = Map.of("min.insync.replicas", Integer.toString(minInsyncReplicas()));
        for (String topic : topics) {
            wanted.add(new NewTopic(topic, PARTITIONS, (short) replicationFactor()).configs(configs));
            wanted.add(new NewTopic(se.barnunga.contracts.Topics.deadLetterTopic(topic), PARTITIONS,
                    (short) replicationFactor()).configs(configs));
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
            out.accept("Topics ready (" + wanted.size() + ", newly created: " + created.size() + ", replication factor "
                    + replicationFactor() + ", min.insync.replicas " + minInsyncReplicas() + ")");
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

    private Path writeServerProperties(int node) throws IOException {
        String voters = java.util.stream.IntStream.rangeClosed(1, size())
                .mapToObj(i -> i + "@localhost:" + controllerPort(i)).collect(Collectors.joining(","));
        String replication = Integer.toString(replicationFactor());
        String minIsr = Integer.toString(minInsyncReplicas());
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", Integer.toString(node));
        p.setProperty("controller.quorum.voters", voters);
        p.setProperty("listeners", "PLAINTEXT://localhost:" + port(node) + ",CONTROLLER://localhost:" + controllerPort(node));
        p.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + port(node));
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("log.dirs", dataDirectory(node).toAbsolutePath().toString());
        p.setProperty("num.partitions", Integer.toString(PARTITIONS));
        p.setProperty("auto.create.topics.enable", "true");
        p.setProperty("default.replication.factor", replication);
        p.setProperty("min.insync.replicas", minIsr);
        p.setProperty("offsets.topic.replication.factor", replication);
        p.setProperty("transaction.state.log.replication.factor", replication);
        p.setProperty("transaction.state.log.min.isr", minIsr);
        p.setProperty("share.coordinator.state.topic.replication.factor", replication);
        p.setProperty("share.coordinator.state.topic.min.isr", minIsr);
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        Path file = state.config().resolve(size() == 1 ? "server.properties" : "server-" + node + ".properties");
        Files.createDirectories(file.getParent());
        try (var writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(writer, "generated by se.barnunga.local.KafkaCluster on every start; edit KafkaCluster instead");
        }
        return file;
    }

    /** The nodes' own logging (jboss-logmanager is the SLF4J backend on this class path): INFO to their log files. */
    private Path writeLoggingProperties() throws IOException {
        Path file = state.config().resolve("kafka-logging.properties");
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join(System.lineSeparator(),
                "# generated by se.barnunga.local.KafkaCluster",
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
