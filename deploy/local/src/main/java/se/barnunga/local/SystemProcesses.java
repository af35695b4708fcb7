package se.barnunga.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import se.barnunga.testing.DevTokens;
import se.barnunga.testing.EmbeddedPostgresServer;

/**
 * The whole system as separate processes on one machine – PostgreSQL (zonky, one database per service), one Kafka
 * broker (a child JVM) and every built service ({@code <service>/target/quarkus-app/quarkus-run.jar}, each in its own
 * JVM) – with its state in one directory. Shared by the local launcher ({@link LocalRun}: fixed ports, {@code .local/})
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

    private static final String NOT_BUILT_HINT = "run `mvn package -DskipTests` first";

    /**
     * Where everything runs.
     *
     * @param repositoryRoot      the directory of the parent POM (the services' jars are found under it)
     * @param stateDirectory      databases, broker log directory, configuration, logs, the public key
     * @param postgresPort        PostgreSQL's port on localhost
     * @param kafkaPort           the broker's client port
     * @param kafkaControllerPort the broker's KRaft controller port
     * @param httpPorts           the HTTP port of each service by name (every service of {@link #SERVICE_NAMES})
     * @param out                 progress messages (the launcher prints them)
     * @param cancelled           true when a stop was requested meanwhile: long waits give up with {@link Cancelled}
     */
    public record Config(Path repositoryRoot, Path stateDirectory, int postgresPort, int kafkaPort,
                         int kafkaControllerPort, Map<String, Integer> httpPorts, Consumer<String> out,
                         BooleanSupplier cancelled) {

        public Config {
            repositoryRoot = repositoryRoot.toAbsolutePath().normalize();
            stateDirectory = stateDirectory.toAbsolutePath().normalize();
            httpPorts = Map.copyOf(httpPorts);
            Objects.requireNonNull(out);
            Objects.requireNonNull(cancelled);
        }

        /** The local run's fixed ports (README of deploy/local) and its state in {@code <root>/.local/}. */
        public static Config local(Path repositoryRoot, int postgresPort, Consumer<String> out, BooleanSupplier cancelled) {
            Map<String, Integer> ports = new LinkedHashMap<>();
            ServiceDescriptor.ALL.forEach(s -> ports.put(s.name(), s.httpPort()));
            return new Config(repositoryRoot, LocalState.under(repositoryRoot).directory(), postgresPort,
                    LocalRun.KAFKA_PORT, LocalRun.KAFKA_CONTROLLER_PORT, ports, out, cancelled);
        }

        /** Free ports for everything (chosen now), for a run beside others, e.g. the system tests. */
        public static Config freePorts(Path repositoryRoot, Path stateDirectory, Consumer<String> out) {
            List<Integer> free = freeLocalPorts(3 + ServiceDescriptor.ALL.size());
            Map<String, Integer> ports = new LinkedHashMap<>();
            for (int i = 0; i < ServiceDescriptor.ALL.size(); i++) {
                ports.put(ServiceDescriptor.ALL.get(i).name(), free.get(3 + i));
            }
            return new Config(repositoryRoot, stateDirectory, free.get(0), free.get(1), free.get(2), ports, out, () -> false);
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
    private final KafkaBroker kafka;
    /** Created on first use: creating it logs (JUL), which must not happen before the launcher configured logging. */
    private HttpClient http;

    // guarded by this
    private final Map<String, ChildProcess> services = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> serviceProperties = new LinkedHashMap<>();
    private ChildProcess broker;
    private EmbeddedPostgresServer postgres;
    private FileChannel lockChannel;
    private FileLock lock;

    public SystemProcesses(Config config) {
        this.config = config;
        this.state = new LocalState(config.repositoryRoot(), config.stateDirectory());
        this.kafka = new KafkaBroker(state, config.kafkaPort(), config.kafkaControllerPort(), config.out());
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
        Files.createDirectories(state.directory());
        FileChannel channel = FileChannel.open(state.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock acquired = channel.tryLock();
        if (acquired == null) {
            channel.close();
            throw new IllegalStateException("another run already uses " + state.directory()
                    + " - stop it first (Ctrl-C in its terminal)");
        }
        synchronized (this) {
            lockChannel = channel;
            lock = acquired;
        }
    }

    public synchronized void releaseLock() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException e) {
            // the JVM is exiting; the OS releases the lock
        }
    }

    /** Stops what a run on this state directory that was killed hard (SIGKILL) left running: its JVMs and PostgreSQL. */
    public void stopLeftovers() throws IOException, InterruptedException {
        ChildProcess.stopLeftovers(state.directory(), STOP_GRACE, config.out());
        Path pidFile = state.postgres().resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return;
        }
        var postmaster = ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
        if (postmaster.isEmpty()) {
            return;
        }
        config.out().accept("Stopping a PostgreSQL left behind by an earlier run (pid " + pid + ")");
        // SIGINT is PostgreSQL's "fast" shutdown
        new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
        try {
            postmaster.get().onExit().get(STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            postmaster.get().destroyForcibly();
        }
    }

    /** Deletes all state except the lock file. */
    public void reset() throws IOException {
        state.reset();
    }

    /** The services whose jar is built; reports the others. Fails if none is built. */
    public List<String> runnableServices() {
        List<String> runnable = new ArrayList<>();
        for (ServiceDescriptor service : ServiceDescriptor.ALL) {
            if (Files.isRegularFile(service.runJar(state.root()))) {
                runnable.add(service.name());
            } else if (Files.isDirectory(state.root().resolve(service.directory()))) {
                config.out().accept("Skipping " + service.name() + ": "
                        + state.root().relativize(service.runJar(state.root())) + " is missing; " + NOT_BUILT_HINT);
            } else {
                config.out().accept("Skipping " + service.name() + ": there is no module " + service.directory() + "/ yet");
            }
        }
        if (runnable.isEmpty()) {
            throw new IllegalStateException("no service is built (no <service>/target/quarkus-app/quarkus-run.jar); "
                    + NOT_BUILT_HINT);
        }
        return runnable;
    }

    /** Fails naming the busy ports if any port this system needs is in use. */
    public void requireFreePorts(List<String> serviceNames) {
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(config.postgresPort(), "PostgreSQL");
        ports.put(config.kafkaPort(), "Kafka");
        ports.put(config.kafkaControllerPort(), "the Kafka controller");
        serviceNames.forEach(s -> ports.put(httpPort(s), s));
        List<String> busy = new ArrayList<>();
        ports.forEach((port, user) -> {
            if (inUse(port)) {
                busy.add(port + " (for " + user + ")");
            }
        });
        if (!busy.isEmpty()) {
            throw new IllegalStateException("port(s) already in use: " + String.join(", ", busy)
                    + "; stop what uses them (e.g. `ss -ltnp`) and start again");
        }
    }

    // ------------------------------------------------------------------------------------------------------ startup

    /**
     * Starts everything: PostgreSQL with a database per service, the broker with the topics, the given services with
     * the settings of the local run, and waits until each is ready.
     */
    public void startAll(List<String> serviceNames) throws IOException, InterruptedException {
        state.createDirectories();
        startPostgres();
        startBroker();
        DevTokens.writePublicKey(state.publicKey());
        for (String service : serviceNames) {
            startService(service, Map.of());
        }
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        for (String service : serviceNames) {
            awaitReady(service, deadline);
        }
    }

    /** Starts PostgreSQL on the configured port and data directory (again, after {@link #stopPostgres()}). */
    public void startPostgres() {
        config.out().accept("Starting PostgreSQL on port " + config.postgresPort() + " (data in " + state.postgres() + ")");
        EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(state.postgres(), config.postgresPort());
        synchronized (this) {
            postgres = pg;
        }
        checkNotCancelled();
        for (ServiceDescriptor service : ServiceDescriptor.ALL) {
            pg.createDatabaseIfMissing(service.database());
        }
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

    /** Starts the broker, waits until it answers and creates the topics (and their dead-letter topics). */
    public void startBroker() throws IOException, InterruptedException {
        state.createDirectories();
        config.out().accept("Starting Kafka on " + kafka.bootstrapServers() + " (data in " + state.kafka() + ", log "
                + state.log("kafka") + ")");
        ChildProcess process = kafka.start();
        synchronized (this) {
            broker = process;
        }
        checkNotCancelled();
        try {
            kafka.awaitReady(KAFKA_READY_TIMEOUT, process::isAlive, config.cancelled());
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + "; last " + LOG_TAIL_LINES + " lines of "
                    + process.log() + ":" + System.lineSeparator() + process.tail(LOG_TAIL_LINES));
        }
        kafka.createTopics(ServiceDescriptor.ALL.stream().map(ServiceDescriptor::topic).toList());
    }

    /** Freezes the broker (SIGSTOP): it holds its connections but answers nothing until {@link #resumeBroker()}. */
    public void pauseBroker() throws IOException, InterruptedException {
        brokerProcess().signal("STOP");
    }

    /** Lets a paused broker go on (SIGCONT). */
    public void resumeBroker() throws IOException, InterruptedException {
        brokerProcess().signal("CONT");
    }

    public synchronized long brokerPid() {
        return brokerProcess().pid();
    }

    private synchronized ChildProcess brokerProcess() {
        if (broker == null || !broker.isAlive()) {
            throw new IllegalStateException("the broker is not running");
        }
        return broker;
    }

    /**
     * Starts a service's JVM with the settings of the local run plus {@code extraProperties} (system properties, e.g.
     * {@code barnunga.clock.offset}); does not wait for it (see {@link #awaitReady(String, Instant)}). A restart after
     * {@link #killService(String)} uses the same settings unless others are given.
     */
    public void startService(String name, Map<String, String> extraProperties) throws IOException {
        ServiceDescriptor service = descriptor(name);
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
        if (name.equals("deadline-service")) { // the IVO report asks the assignment-service, on whatever port it has here
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
                        + System.lineSeparator() + process.tail(LOG_TAIL_LINES) + hint(process));
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
                + " lines of " + process.log() + ":" + System.lineSeparator() + process.tail(LOG_TAIL_LINES) + hint(process));
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
        if (broker != null) {
            all.add(broker);
        }
        return all;
    }

    // ------------------------------------------------------------------------------------------------------ stopping

    /** Stops everything in order: the services, then the broker, then PostgreSQL. Safe to call more than once. */
    public void stopAll() {
        List<ChildProcess> serviceSnapshot;
        ChildProcess brokerSnapshot;
        EmbeddedPostgresServer postgresSnapshot;
        synchronized (this) {
            serviceSnapshot = services.values().stream().filter(ChildProcess::isAlive).toList();
            brokerSnapshot = broker;
            postgresSnapshot = postgres;
            broker = null;
            postgres = null;
        }
        if (!serviceSnapshot.isEmpty()) {
            ChildProcess.stopAll(serviceSnapshot, STOP_GRACE, config.out());
        }
        if (brokerSnapshot != null) {
            // a paused broker would ignore SIGTERM until resumed
            try {
                brokerSnapshot.signal("CONT");
            } catch (IOException | InterruptedException | RuntimeException e) {
                // it has gone already
            }
            ChildProcess.stopAll(List.of(brokerSnapshot), STOP_GRACE, config.out());
        }
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
        return !services.isEmpty() || broker != null || postgres != null;
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
            throw new IllegalArgumentException("unknown service " + service + "; known: " + SERVICE_NAMES);
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

    private static ServiceDescriptor descriptor(String name) {
        return ServiceDescriptor.ALL.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown service " + name + "; known: " + SERVICE_NAMES));
    }

    private void checkNotCancelled() {
        if (config.cancelled().getAsBoolean()) {
            throw new Cancelled();
        }
    }

    /** Advice for failures whose cause is the kept state rather than the code. */
    private static String hint(ChildProcess process) {
        String log = process.tail(400);
        if (log.contains("FlywayValidateException") || log.contains("Migration checksum mismatch")) {
            return System.lineSeparator() + System.lineSeparator() + "HINT: a migration of " + process.name()
                    + " changed after the local database applied it; start again with a reset "
                    + "(-Dbarnunga.reset, or --reset) to recreate the databases and topics.";
        }
        return "";
    }

    static boolean inUse(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 300);
            return true;
        } catch (IOException e) {
            // nobody answers; can we bind it?
        }
        try (ServerSocket server = new ServerSocket()) {
            server.setReuseAddress(true); // as the servers do: a connection in TIME_WAIT does not block them
            server.bind(new InetSocketAddress(port));
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * Free ports, all different, chosen below the kernel's ephemeral range
     * ({@code /proc/sys/net/ipv4/ip_local_port_range}): a port from that range, free when chosen, may be taken as the
     * local port of some outgoing connection before the server that is to listen on it starts.
     */
    static List<Integer> freeLocalPorts(int count) {
        int ephemeralLow = 32768;
        try {
            ephemeralLow = Integer.parseInt(Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range"))
                    .trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            // not Linux: assume the usual range
        }
        int low = 20000;
        int high = Math.max(low + 1000, ephemeralLow) - 1;
        java.util.Random random = new java.util.Random();
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (int attempt = 0; held.size() < count && attempt < 1000; attempt++) {
                int port = low + random.nextInt(high - low);
                if (held.stream().anyMatch(s -> s.getLocalPort() == port) || inUse(port)) {
                    continue;
                }
                ServerSocket socket = new ServerSocket();
                socket.setReuseAddress(true);
                try {
                    socket.bind(new InetSocketAddress(port));
                    held.add(socket);
                } catch (IOException e) {
                    socket.close();
                }
            }
            if (held.size() < count) {
                throw new IllegalStateException("could not find " + count + " free ports between " + low + " and " + high);
            }
            return held.stream().map(ServerSocket::getLocalPort).toList();
        } catch (IOException e) {
            throw new IllegalStateException("could not find free ports", e);
        } finally {
            for (ServerSocket socket : held) {
                try {
                    socket.close();
                } catch (IOException e) {
                    // nothing to do
                }
            }
        }
    }
}
