package se.barnunga.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import se.barnunga.testing.DevTokens;
import se.barnunga.testing.EmbeddedPostgresServer;

/**
 * The whole system as separate processes on one machine – PostgreSQL (zonky, one database per service), a Kafka
 * cluster of one or more KRaft nodes (child JVMs, {@link KafkaCluster}) and one or more instances of every built service
 * ({@code <service>/target/quarkus-app/quarkus-run.jar}, each instance in its own JVM on its own port, all instances of
 * a service on its one database) – with its state in one directory. Instance 1 of a service is named as the service,
 * instance {@code i} {@code <service>-<i>} (its log is {@code logs/<service>-<i>.log}); every method that takes a
 * service's name takes an instance's name too. Shared by the local launcher ({@link LocalRun}: fixed ports, {@code .local/})
 * and the system-test harness (free ports, a state directory under {@code system-tests/target/}), which also uses the
 * fault operations: kill a service hard and start it again, pause and resume the broker, stop and start PostgreSQL.
 *
 * <p>Thread-safe: a stop may come from another thread (a signal) while the system starts; then the start is cut short
 * with {@link Cancelled}.
 */
public final class SystemProcesses implements AutoCloseable {

    /**
     * The JVM of every service, sized for a service on a 2-core host with four services, PostgreSQL and Kafka beside it
     * (the same flags belong in a production manifest, e.g. {@code JAVA_TOOL_OPTIONS}; see docs/operations.md "Memory and
     * start"). Measured live set after start and a load: well under 100 MB of heap.
     * <ul>
     * <li>Serial GC: one GC thread and no G1 remembered sets (tens of MB of RSS); with a heap this small its pauses are a
     * few ms, and on 2 shared cores parallel GC threads would only compete with the requests.</li>
     * <li>Heap 64 MB initial, 192 MB at most: room for bursts (Kafka fetch and producer buffers, report queries) above
     * the live set; the heap grows only when needed.</li>
     * <li>Metaspace 160 MB and code cache 64 MB at most: Quarkus, Hibernate, Axon and the Kafka client load ~90 MB of
     * class metadata; the caps make a leak fail loudly instead of growing RSS.</li>
     * <li>Direct memory 64 MB at most (Vert.x/Netty buffers); thread stacks stay at the default 1 MB reservation, of
     * which only touched pages count in RSS.</li>
     * <li>Exit on OutOfMemoryError: a service that cannot allocate stops visibly (the launcher reports it, an
     * orchestrator restarts it) instead of limping on.</li>
     * </ul>
     * The child's environment also sets {@code MALLOC_ARENA_MAX=2} (see {@link ChildProcess}): glibc otherwise keeps up
     * to 8 malloc arenas per core of native memory for the JVM's and the JDBC/Kafka threads.
     */
    public static final List<String> SERVICE_JVM_OPTIONS = List.of(
            "-XX:+UseSerialGC",
            "-Xms64m",
            "-Xmx192m",
            "-XX:MaxMetaspaceSize=160m",
            "-XX:ReservedCodeCacheSize=64m",
            "-XX:MaxDirectMemorySize=64m",
            "-XX:+ExitOnOutOfMemoryError");


    public static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    public static final Duration KAFKA_READY_TIMEOUT = Duration.ofSeconds(90);
    public static final Duration STOP_GRACE = Duration.ofSeconds(20);
    public static final int LOG_TAIL_LINES = 40;

    /** A fixed development pseudonym key (base64, 40 bytes); production keys come from the municipality's secrets. */
    public static final String DEV_PSEUDONYM_KEY = Base64.getEncoder()
            .encodeToString("local-development-pseudonym-key-32bytes!".getBytes(StandardCharsets.US_ASCII));

    /**
     * Where everything runs.
     *
     * @param repositoryRoot       the directory of the parent POM (the services' jars are found under it)
     * @param stateDirectory       databases, Kafka log directories, configuration, logs, the public key
     * @param postgresPort         PostgreSQL's port on localhost
     * @param kafkaPorts           each Kafka node's client port (one node, or three for a cluster that survives a kill)
     * @param kafkaControllerPorts each Kafka node's KRaft controller port
     * @param httpPorts            the HTTP port of each service instance by name (every instance of {@link #SERVICE_NAMES})
     * @param instances            instances of every service (1 or more)
     * @param out                  progress messages (the launcher prints them)
     * @param cancelled            true when a stop was requested meanwhile: long waits give up with {@link Cancelled}
     */
    public record Config(Path repositoryRoot, Path stateDirectory, int postgresPort, List<Integer> kafkaPorts,
                         List<Integer> kafkaControllerPorts, Map<String, Integer> httpPorts, int instances,
                         Consumer<String> out, BooleanSupplier cancelled) {

        public Config {
            repositoryRoot = repositoryRoot.toAbsolutePath().normalize();
            stateDirectory = stateDirectory.toAbsolutePath().normalize();
            kafkaPorts = List.copyOf(kafkaPorts);
            kafkaControllerPorts = List.copyOf(kafkaControllerPorts);
            httpPorts = Map.copyOf(httpPorts);
            if (instances < 1) {
                throw new IllegalArgumentException("instances must be at least 1: " + instances);
            }
            Objects.requireNonNull(out);
            Objects.requireNonNull(cancelled);
        }

        /** One Kafka node and one instance of every service. */
        public Config(Path repositoryRoot, Path stateDirectory, int postgresPort, int kafkaPort, int kafkaControllerPort,
                      Map<String, Integer> httpPorts, Consumer<String> out, BooleanSupplier cancelled) {
            this(repositoryRoot, stateDirectory, postgresPort, List.of(kafkaPort), List.of(kafkaControllerPort), httpPorts,
                    1, out, cancelled);
        }

        /** The first Kafka node's client port. */
        public int kafkaPort() {
            return kafkaPorts.get(0);
        }

        /** The first Kafka node's controller port. */
        public int kafkaControllerPort() {
            return kafkaControllerPorts.get(0);
        }

        /** Kafka nodes. */
        public int brokers() {
            return kafkaPorts.size();
        }

        /** The local run's fixed ports (README of deploy/local) and its state in {@code <root>/.local/}. */
        public static Config local(Path repositoryRoot, int postgresPort, Consumer<String> out, BooleanSupplier cancelled) {
            return local(repositoryRoot, postgresPort, 1, 1, out, cancelled);
        }

        /**
         * The local run's fixed ports with {@code instances} of every service (instance {@code i} on the service's port
         * plus {@code 100 (i - 1)}: 8081, 8181, …) and {@code brokers} Kafka nodes (node {@code i} on 59092 + 2 (i - 1),
         * its controller one above).
         */
        public static Config local(Path repositoryRoot, int postgresPort, int instances, int brokers, Consumer<String> out,
                                   BooleanSupplier cancelled) {
            Map<String, Integer> ports = new LinkedHashMap<>();
            for (int i = 1; i <= instances; i++) {
                for (ServiceDescriptor s : ServiceDescriptor.ALL) {
                    ports.put(ServiceDescriptor.instanceName(s.name(), i),
                            s.httpPort() + ServiceDescriptor.INSTANCE_PORT_STEP * (i - 1));
                }
            }
            List<Integer> kafka = new ArrayList<>();
            List<Integer> controllers = new ArrayList<>();
            for (int i = 0; i < brokers; i++) {
                kafka.add(LocalRun.KAFKA_PORT + 2 * i);
                controllers.add(LocalRun.KAFKA_CONTROLLER_PORT + 2 * i);
            }
            return new Config(repositoryRoot, LocalState.under(repositoryRoot).directory(), postgresPort, kafka, controllers,
                    ports, instances, out, cancelled);
        }

        /** Free ports for everything (chosen now), for a run beside others, e.g. the system tests. */
        public static Config freePorts(Path repositoryRoot, Path stateDirectory, Consumer<String> out) {
            return freePorts(repositoryRoot, stateDirectory, 1, 1, out);
        }

        /** Free ports for {@code instances} of every service and {@code brokers} Kafka nodes. */
        public static Config freePorts(Path repositoryRoot, Path stateDirectory, int instances, int brokers,
                                       Consumer<String> out) {
            int services = ServiceDescriptor.ALL.size() * instances;
            List<Integer> free = Ports.freeLocalPorts(1 + 2 * brokers + services);
            Map<String, Integer> ports = new LinkedHashMap<>();
            int next = 1 + 2 * brokers;
            for (int i = 1; i <= instances; i++) {
                for (ServiceDescriptor s : ServiceDescriptor.ALL) {
                    ports.put(ServiceDescriptor.instanceName(s.name(), i), free.get(next++));
                }
            }
            return new Config(repositoryRoot, stateDirectory, free.get(0), free.subList(1, 1 + brokers),
                    free.subList(1 + brokers, 1 + 2 * brokers), ports, instances, out, () -> false);
        }
    }

    /** Thrown when a stop was requested while the system was starting. */
    public static final class Cancelled extends RuntimeException {
        public Cancelled() {
            super("stopping", null, false, false);
        }
    }

    /** The services of the system, by name, in start order. */
    public static final List<String> SERVICE_NAMES = ServiceDescriptor.ALL.stream().map(ServiceDescriptor::name).toList();

    private final Config config;
    private final LocalState state;
    private final KafkaCluster kafka;
    private final StateLock lock;
    /** Created on first use: creating it logs (JUL), which must not happen before the launcher configured logging. */
    private HttpClient http;

    // guarded by this
    private final Map<String, ChildProcess> services = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> serviceProperties = new LinkedHashMap<>();
    private EmbeddedPostgresServer postgres;

    public SystemProcesses(Config config) {
        this.config = config;
        this.state = new LocalState(config.repositoryRoot(), config.stateDirectory());
        this.lock = new StateLock(state);
        this.kafka = new KafkaCluster(state, config.kafkaPorts(), config.kafkaControllerPorts(), config.out());
    }

    public Config config() {
        return config;
    }

    public Path stateDirectory() {
        return state.directory();
    }

    public Path logs() {
        return state.logs();
    }

    public Path log(String name) {
        return state.log(name);
    }

    public Path tokensFile() {
        return state.tokens();
    }

    // ------------------------------------------------------------------------------------------------- preconditions

    /**
     * Takes the lock of the state directory: one system per state directory, as a second one would stop the first
     * one's processes as leftovers.
     */
    public void lockState() throws IOException {
        lock.acquire();
    }

    public void releaseLock() {
        lock.release();
    }

    /** Stops what a run on this state directory that was killed hard (SIGKILL) left running: its JVMs and PostgreSQL. */
    public void stopLeftovers() throws IOException, InterruptedException {
        ChildProcess.stopLeftovers(state.directory(), STOP_GRACE, config.out());
        LocalPostgres.stopLeftover(state, STOP_GRACE, config.out());
    }

    /** Deletes all state except the lock file. */
    public void reset() throws IOException {
        state.reset();
    }

    /** The services whose jar is built; reports the others. Fails if none is built. */
    public List<String> runnableServices() {
        return ServiceDescriptor.runnable(state.root(), config.out());
    }

    /** Fails naming the busy ports if any port this system needs is in use. */
    public void requireFreePorts(List<String> serviceNames) {
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(config.postgresPort(), "PostgreSQL");
        for (int node = 1; node <= kafka.size(); node++) {
            ports.put(kafka.port(node), kafka.name(node));
            ports.put(kafka.controllerPort(node), "the controller of " + kafka.name(node));
        }
        serviceNames.forEach(s -> instancesOf(s).forEach(i -> ports.put(httpPort(i), i)));
        Ports.requireFree(ports);
    }

    // ------------------------------------------------------------------------------------------------------ startup

    /**
     * Starts everything: PostgreSQL with a database per service, the Kafka nodes with the topics, every instance of the
     * given services with the settings of the local run, and waits until each is ready. With more than one instance
     * the start waits longer ({@link #READY_TIMEOUT} per instance of a service): the instances start together.
     */
    public void startAll(List<String> serviceNames) throws IOException, InterruptedException {
        state.createDirectories();
        startPostgres();
        startBroker();
        DevTokens.writePublicKey(state.publicKey());
        for (String service : serviceNames) {
            for (String instance : instancesOf(service)) {
                startService(instance, Map.of());
            }
        }
        Instant deadline = Instant.now().plus(READY_TIMEOUT.multipliedBy(config.instances()));
        for (String service : serviceNames) {
            for (String instance : instancesOf(service)) {
                awaitReady(instance, deadline);
            }
        }
    }

    /** Instances of every service. */
    public int instances() {
        return config.instances();
    }

    /** The names of a service's instances: {@code [deadline-service, deadline-service-2, …]}. */
    public List<String> instancesOf(String service) {
        String name = descriptor(service).name();
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= config.instances(); i++) {
            names.add(ServiceDescriptor.instanceName(name, i));
        }
        return names;
    }

    /** Starts PostgreSQL on the configured port and data directory (again, after {@link #stopPostgres()}). */
    public void startPostgres() {
        EmbeddedPostgresServer pg = LocalPostgres.start(state, config.postgresPort(), config.out());
        synchronized (this) {
            postgres = pg;
        }
        checkNotCancelled();
        LocalPostgres.createDatabases(pg);
    }

    /** Stops PostgreSQL (a fast shutdown); its data directory stays. */
    public void stopPostgres() {
        EmbeddedPostgresServer pg;
        synchronized (this) {
            pg = postgres;
            postgres = null;
        }
        if (pg != null) {
            pg.close();
        }
    }

    /** Starts every Kafka node, waits until all answer and creates the topics (and their dead-letter topics). */
    public void startBroker() throws IOException, InterruptedException {
        state.createDirectories();
        kafka.startAll(config.cancelled());
        kafka.createTopics(ServiceDescriptor.ALL.stream().map(ServiceDescriptor::topic).toList());
    }

    /** Kafka nodes of this system. */
    public int brokers() {
        return kafka.size();
    }

    /** Kills one Kafka node (1..{@link #brokers()}) hard (SIGKILL) and waits until it is gone; the others carry on. */
    public void killBroker(int node) throws InterruptedException {
        kafka.kill(node);
    }

    /** Starts a killed Kafka node again on its data directory and waits until the cluster has all its brokers again. */
    public void restartBroker(int node) throws IOException, InterruptedException {
        kafka.restart(node, config.cancelled());
    }

    /** Freezes every Kafka node (SIGSTOP): they hold their connections but answer nothing until {@link #resumeBroker()}. */
    public void pauseBroker() throws IOException, InterruptedException {
        kafka.signalAll("STOP");
    }

    /** Lets paused Kafka nodes go on (SIGCONT). */
    public void resumeBroker() throws IOException, InterruptedException {
        kafka.signalAll("CONT");
    }

    /** The first Kafka node's JVM. */
    public long brokerPid() {
        return kafka.pid(1);
    }

    public long brokerPid(int node) {
        return kafka.pid(node);
    }

    /**
     * Starts a service's JVM with the settings of the local run plus {@code extraProperties} (system properties, e.g.
     * {@code barnunga.clock.offset}); does not wait for it (see {@link #awaitReady(String, Instant)}). A restart after
     * {@link #killService(String)} uses the same settings unless others are given.
     */
    public void startService(String name, Map<String, String> extraProperties) throws IOException {
        ServiceDescriptor service = descriptor(name);
        httpPort(name); // an instance beyond the configured ones has no port
        EmbeddedPostgresServer pg;
        synchronized (this) {
            ChildProcess running = services.get(name);
            if (running != null && running.isAlive()) {
                throw new IllegalStateException(name + " is already running (pid " + running.pid() + ")");
            }
            pg = postgres;
        }
        if (!Files.isRegularFile(state.publicKey())) {
            DevTokens.writePublicKey(state.publicKey());
        }
        String jdbcUrl = pg != null ? pg.jdbcUrl(service.database()) : jdbcUrl(name);
        List<String> jvm = new ArrayList<>(SERVICE_JVM_OPTIONS);
        jvm.addAll(List.of(
                "-Dquarkus.http.port=" + httpPort(name),
                "-Dquarkus.datasource.jdbc.url=" + jdbcUrl,
                "-Dquarkus.datasource.username=" + postgresUser(),
                "-Dquarkus.datasource.password=",
                "-Dkafka.bootstrap.servers=" + kafka.bootstrapServers(),
                "-Dmp.jwt.verify.publickey.location=" + state.publicKey().toAbsolutePath(),
                "-Dmp.jwt.verify.issuer=" + DevTokens.ISSUER,
                "-Dbarnunga.pseudonym.key=" + DEV_PSEUDONYM_KEY));
        if (service.name().equals("deadline-service")) { // the IVO report asks the assignment-service, on whatever port it has here
            jvm.add("-Dbarnunga.uppdragstjanst.url=" + baseUri("assignment-service"));
        }
        extraProperties.forEach((key, value) -> jvm.add("-D" + key + "=" + value));
        config.out().accept("Starting " + name + " on port " + httpPort(name) + " (log " + state.log(name) + ")"
                + (extraProperties.isEmpty() ? "" : " with " + extraProperties));
        ChildProcess process = ChildProcess.startJava(name, state.directory(), state.root().resolve(service.directory()),
                state.log(name), jvm, List.of("-jar", service.runJar(state.root()).toString()));
        synchronized (this) {
            services.put(name, process);
            serviceProperties.put(name, Map.copyOf(extraProperties));
        }
        checkNotCancelled();
    }

    /** Waits until the service answers {@code GET /q/health/ready} with 200, or fails with the end of its log. */
    public void awaitReady(String name, Instant deadline) throws InterruptedException {
        ChildProcess process = serviceProcess(name);
        HttpClient http = httpClient();
        HttpRequest request = HttpRequest.newBuilder(readinessUri(name)).timeout(Duration.ofSeconds(3)).GET().build();
        int lastStatus = -1;
        while (Instant.now().isBefore(deadline)) {
            checkNotCancelled();
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited during startup (exit code "
                        + process.exitValue() + "); last " + LOG_TAIL_LINES + " lines of " + process.log() + ":"
                        + System.lineSeparator() + process.tail(LOG_TAIL_LINES) + process.stateHint());
            }
            try {
                lastStatus = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (lastStatus == 200) {
                    config.out().accept(name + " is ready");
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " was not ready in time (" + readinessUri(name)
                + (lastStatus < 0 ? " did not answer" : " answered " + lastStatus) + "); last " + LOG_TAIL_LINES
                + " lines of " + process.log() + ":" + System.lineSeparator() + process.tail(LOG_TAIL_LINES) + process.stateHint());
    }

    private synchronized HttpClient httpClient() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        }
        return http;
    }

    /** Kills the service's JVM hard (SIGKILL: no shutdown hook, no graceful close) and waits until it is gone. */
    public void killService(String name) throws InterruptedException {
        serviceProcess(name).kill();
    }

    /** Stops the service's JVM gracefully (SIGTERM, SIGKILL after the grace period). */
    public void stopService(String name) {
        ChildProcess.stopAll(List.of(serviceProcess(name)), STOP_GRACE, config.out());
    }

    /** Starts the service again with the settings of its last start and waits until it is ready. */
    public void restartService(String name, Duration timeout) throws IOException, InterruptedException {
        Map<String, String> properties;
        synchronized (this) {
            properties = serviceProperties.getOrDefault(name, Map.of());
        }
        startService(name, properties);
        awaitReady(name, Instant.now().plus(timeout));
    }

    public synchronized long servicePid(String name) {
        return serviceProcess(name).pid();
    }

    public synchronized boolean isServiceAlive(String name) {
        ChildProcess process = services.get(name);
        return process != null && process.isAlive();
    }

    private synchronized ChildProcess serviceProcess(String name) {
        ChildProcess process = services.get(name);
        if (process == null) {
            throw new IllegalStateException(name + " was not started");
        }
        return process;
    }

    /** The JVMs started so far (services and broker), for a watcher of unexpected exits. */
    public synchronized List<ChildProcess> children() {
        List<ChildProcess> all = new ArrayList<>(services.values());
        all.addAll(kafka.processes());
        return all;
    }

    // ------------------------------------------------------------------------------------------------------ stopping

    /** Stops everything in order: the services, then the broker, then PostgreSQL. Safe to call more than once. */
    public void stopAll() {
        List<ChildProcess> serviceSnapshot;
        EmbeddedPostgresServer postgresSnapshot;
        synchronized (this) {
            serviceSnapshot = services.values().stream().filter(ChildProcess::isAlive).toList();
            postgresSnapshot = postgres;
            postgres = null;
        }
        if (!serviceSnapshot.isEmpty()) {
            ChildProcess.stopAll(serviceSnapshot, STOP_GRACE, config.out());
        }
        kafka.stopAll(STOP_GRACE);
        if (postgresSnapshot != null) {
            try {
                postgresSnapshot.close();
                config.out().accept("  stopped PostgreSQL");
            } catch (RuntimeException e) {
                config.out().accept("  could not stop PostgreSQL cleanly: " + e.getMessage());
            }
        }
    }

    /** True if anything was started and not stopped yet. */
    public synchronized boolean anythingStarted() {
        return !services.isEmpty() || !kafka.processes().isEmpty() || postgres != null;
    }

    @Override
    public void close() {
        stopAll();
        releaseLock();
    }

    // ---------------------------------------------------------------------------------------------------- addresses

    public int httpPort(String service) {
        Integer port = config.httpPorts().get(service);
        if (port == null) {
            throw new IllegalArgumentException("unknown service instance " + service + "; known: "
                    + config.httpPorts().keySet());
        }
        return port;
    }

    public URI baseUri(String service) {
        return URI.create("http://localhost:" + httpPort(service));
    }

    public URI swaggerUi(String service) {
        return baseUri(service).resolve("/q/swagger-ui");
    }

    public URI readinessUri(String service) {
        return baseUri(service).resolve("/q/health/ready");
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String jdbcUrl(String service) {
        return "jdbc:postgresql://localhost:" + config.postgresPort() + "/" + descriptor(service).database();
    }

    public String postgresUser() {
        return "postgres";
    }

    /** The topic a service owns. */
    public String topic(String service) {
        return descriptor(service).topic();
    }

    /** Every topic of the system (the dead-letter topics are {@code <topic>.dlq}). */
    public List<String> topics() {
        return ServiceDescriptor.ALL.stream().map(ServiceDescriptor::topic).toList();
    }

    // ---------------------------------------------------------------------------------------------------- utilities

    /** The service of a service's or an instance's name. */
    private static ServiceDescriptor descriptor(String name) {
        return ServiceDescriptor.ofInstance(name)
                .orElseThrow(() -> new IllegalArgumentException("unknown service " + name + "; known: " + SERVICE_NAMES));
    }

    private void checkNotCancelled() {
        if (config.cancelled().getAsBoolean()) {
            throw new Cancelled();
        }
    }
}
