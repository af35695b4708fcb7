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
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import se.barnunga.testing.DevTokens;
import se.barnunga.testing.EmbeddedPostgresServer;

/**
 * Starts the whole system on one machine: PostgreSQL, one Kafka broker and every built service, each service in its
 * own JVM against its own database; prints the Swagger UI addresses and a development token per role, and stops
 * everything in order (services, broker, database) on Ctrl-C. A developer tool: it prints to {@code System.out}.
 *
 * <p>Options: {@code --reset} or {@code -Dbarnunga.reset=true} deletes the state in {@code .local/} first;
 * {@code -Dbarnunga.root=<dir>} names the repository root; {@code -Dbarnunga.postgres.port=<port>} (default 55432).
 */
public final class LocalRun {

    static final int DEFAULT_POSTGRES_PORT = 55432;
    static final int KAFKA_PORT = 59092;
    static final int KAFKA_CONTROLLER_PORT = 59093;
    static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    static final Duration KAFKA_READY_TIMEOUT = Duration.ofSeconds(90);
    static final Duration STOP_GRACE = Duration.ofSeconds(20);
    static final int LOG_TAIL_LINES = 40;

    /** A fixed development pseudonym key (base64, 40 bytes); production keys come from the municipality's secrets. */
    static final String DEV_PSEUDONYM_KEY = Base64.getEncoder()
            .encodeToString("local-development-pseudonym-key-32bytes!".getBytes(StandardCharsets.US_ASCII));

    /** The roles to mint a development token for, and the unit ({@code enhet}) each works in. */
    static final Map<String, String> ROLE_UNITS = roleUnits();

    private static final String NOT_BUILT_HINT = "run `mvn package -DskipTests` first";

    private final LocalState state;
    private final int postgresPort;
    private final Thread mainThread = Thread.currentThread();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch startupFinished = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);

    // guarded by this
    private final List<ChildProcess> services = new ArrayList<>();
    private ChildProcess broker;
    private EmbeddedPostgresServer postgres;
    private FileChannel lockChannel;
    private FileLock lock;

    private LocalRun(LocalState state, int postgresPort) {
        this.state = state;
        this.postgresPort = postgresPort;
    }

    public static void main(String[] args) {
        // jboss-logmanager is the logging backend on this class path; it reads its configuration (see
        // configureLauncherLogging) only as the JUL log manager, which must be chosen before anything logs
        if (System.getProperty("java.util.logging.manager") == null) {
            System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        }
        List<String> arguments = Arrays.asList(args);
        if (arguments.contains("--help") || arguments.contains("-h")) {
            say("usage: LocalRun [--reset]   (-Dbarnunga.reset=true, -Dbarnunga.root=<dir>, -Dbarnunga.postgres.port=<port>)");
            return;
        }
        boolean reset = arguments.contains("--reset") || Boolean.parseBoolean(System.getProperty("barnunga.reset", "false").trim());
        LocalRun run;
        try {
            run = new LocalRun(LocalState.under(LocalState.findRepositoryRoot()),
                    Integer.getInteger("barnunga.postgres.port", DEFAULT_POSTGRES_PORT));
        } catch (RuntimeException e) {
            say("FAILED: " + e.getMessage());
            System.exit(1);
            return;
        }
        run.installStopTriggers();

        Throwable failure = null;
        try {
            run.start(reset);
        } catch (Throwable t) {
            failure = t;
        } finally {
            run.startupFinished.countDown();
        }
        if (run.stopping.get()) {
            return; // a signal stops everything; that thread exits the JVM
        }
        if (failure != null) {
            say("");
            say("FAILED: " + describe(failure));
            run.stopEverythingAndExit(1);
            return;
        }
        say("");
        say("Everything is running. Ctrl-C stops it.");
        // keep the JVM up until a stop trigger has stopped everything and exits it
        while (true) {
            try {
                run.stopped.await();
                return;
            } catch (InterruptedException e) {
                // only stopping interrupts, and the stopping thread exits the JVM
            }
        }
    }

    // ----------------------------------------------------------------------------------------------------- startup

    private void start(boolean reset) throws Exception {
        say("Local run, state in " + state.directory());
        Files.createDirectories(state.directory());
        lockState();
        stopLeftovers();
        if (reset) {
            say("Reset: deleting the state in " + state.directory());
            state.reset();
        }
        state.createDirectories();
        configureLauncherLogging();

        List<ServiceDescriptor> runnable = new ArrayList<>();
        for (ServiceDescriptor service : ServiceDescriptor.ALL) {
            if (Files.isRegularFile(service.runJar(state.root()))) {
                runnable.add(service);
            } else if (Files.isDirectory(state.root().resolve(service.directory()))) {
                say("Skipping " + service.name() + ": " + state.root().relativize(service.runJar(state.root()))
                        + " is missing; " + NOT_BUILT_HINT);
            } else {
                say("Skipping " + service.name() + ": there is no module " + service.directory() + "/ yet");
            }
        }
        if (runnable.isEmpty()) {
            throw new IllegalStateException("no service is built (no <service>/target/quarkus-app/quarkus-run.jar); "
                    + NOT_BUILT_HINT);
        }
        requireFreePorts(runnable);
        Map<String, String> tokens = mintTokens(); // before anything starts: a broken token setup fails fast

        // PostgreSQL, one database per service
        say("Starting PostgreSQL on port " + postgresPort + " (data in " + state.postgres() + ")");
        EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(state.postgres(), postgresPort);
        synchronized (this) {
            postgres = pg;
        }
        checkNotStopping();
        for (ServiceDescriptor service : ServiceDescriptor.ALL) {
            pg.createDatabaseIfMissing(service.database());
        }

        // Kafka
        KafkaBroker kafka = new KafkaBroker(state, KAFKA_PORT, KAFKA_CONTROLLER_PORT);
        say("Starting Kafka on " + kafka.bootstrapServers() + " (data in " + state.kafka() + ", log "
                + state.log("kafka") + ")");
        ChildProcess kafkaProcess = kafka.start();
        adoptBroker(kafkaProcess);
        try {
            kafka.awaitReady(KAFKA_READY_TIMEOUT, kafkaProcess::isAlive, stopping::get);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + "; last " + LOG_TAIL_LINES + " lines of "
                    + kafkaProcess.log() + ":" + System.lineSeparator() + kafkaProcess.tail(LOG_TAIL_LINES));
        }
        kafka.createTopics(ServiceDescriptor.ALL.stream().map(ServiceDescriptor::topic).toList());

        // services
        DevTokens.writePublicKey(state.publicKey());
        Map<ServiceDescriptor, ChildProcess> started = new LinkedHashMap<>();
        for (ServiceDescriptor service : runnable) {
            say("Starting " + service.name() + " on port " + service.httpPort() + " (log " + state.log(service.name()) + ")");
            ChildProcess process = startService(service, pg, kafka);
            adoptService(process);
            started.put(service, process);
        }
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        for (var entry : started.entrySet()) {
            awaitReady(http, entry.getKey(), entry.getValue(), deadline);
        }
        watchForUnexpectedExits(started.values());

        printSummary(runnable, tokens);
    }

    /** One development token per role, by role. */
    private static Map<String, String> mintTokens() {
        Map<String, String> tokens = new LinkedHashMap<>();
        ROLE_UNITS.forEach((role, unit) -> tokens.put(role, DevTokens.token(userId(role), unit, role)));
        return tokens;
    }

    private static String userId(String role) {
        return "dev-" + role;
    }

    private ChildProcess startService(ServiceDescriptor service, EmbeddedPostgresServer pg, KafkaBroker kafka)
            throws IOException {
        List<String> jvm = List.of(
                "-Xmx512m",
                "-Dquarkus.http.port=" + service.httpPort(),
                "-Dquarkus.datasource.jdbc.url=" + pg.jdbcUrl(service.database()),
                "-Dquarkus.datasource.username=" + pg.username(),
                "-Dquarkus.datasource.password=",
                "-Dkafka.bootstrap.servers=" + kafka.bootstrapServers(),
                "-Dmp.jwt.verify.publickey.location=" + state.publicKey().toAbsolutePath(),
                "-Dmp.jwt.verify.issuer=" + DevTokens.ISSUER,
                "-Dbarnunga.pseudonym.key=" + DEV_PSEUDONYM_KEY);
        Path jar = service.runJar(state.root());
        return ChildProcess.startJava(service.name(), state.directory(), state.root().resolve(service.directory()),
                state.log(service.name()), jvm, List.of("-jar", jar.toString()));
    }

    private void awaitReady(HttpClient http, ServiceDescriptor service, ChildProcess process, Instant deadline)
            throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(service.readinessUrl()))
                .timeout(Duration.ofSeconds(3)).GET().build();
        int lastStatus = -1;
        while (Instant.now().isBefore(deadline)) {
            checkNotStopping();
            if (!process.isAlive()) {
                throw new IllegalStateException(service.name() + " exited during startup (exit code "
                        + process.exitValue() + "); last " + LOG_TAIL_LINES + " lines of " + process.log() + ":"
                        + System.lineSeparator() + process.tail(LOG_TAIL_LINES) + hint(process));
            }
            try {
                lastStatus = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (lastStatus == 200) {
                    say(service.name() + " is ready");
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(service.name() + " was not ready within " + READY_TIMEOUT.toSeconds() + " s ("
                + service.readinessUrl() + (lastStatus < 0 ? " did not answer" : " answered " + lastStatus)
                + "); last " + LOG_TAIL_LINES + " lines of " + process.log() + ":" + System.lineSeparator()
                + process.tail(LOG_TAIL_LINES) + hint(process));
    }

    private void printSummary(List<ServiceDescriptor> runnable, Map<String, String> tokens) throws IOException {
        say("");
        say("Swagger UI:");
        for (ServiceDescriptor service : runnable) {
            say("  " + service.name() + ": " + service.swaggerUi());
        }
        say("PostgreSQL: jdbc:postgresql://localhost:" + postgresPort + "/<database> (user postgres, no password)");
        say("Kafka:      localhost:" + KAFKA_PORT);
        say("Logs:       " + state.logs());

        StringBuilder file = new StringBuilder()
                .append("# Development tokens from the latest local run (valid 12 hours; a new start mints new ones).\n")
                .append("# Use: curl -H \"Authorization: Bearer $(grep '^socialsekreterare=' .local/tokens.txt | cut -d= -f2)\" ...\n");
        say("");
        say("Development tokens (valid 12 hours, also in " + state.tokens() + "):");
        for (var role : ROLE_UNITS.entrySet()) {
            String token = tokens.get(role.getKey());
            say("  " + role.getKey() + " (user " + userId(role.getKey()) + ", enhet " + role.getValue() + "):");
            say("    " + token);
            file.append(role.getKey()).append('=').append(token).append('\n');
        }
        Files.writeString(state.tokens(), file.toString(), StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------------------------------------ preconditions

    /** One launcher per state directory: a second one would kill the first one's processes as leftovers. */
    private void lockState() throws IOException {
        FileChannel channel = FileChannel.open(state.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock acquired = channel.tryLock();
        if (acquired == null) {
            channel.close();
            throw new IllegalStateException("another LocalRun is already running on " + state.directory()
                    + " - stop it first (Ctrl-C in its terminal)");
        }
        synchronized (this) {
            lockChannel = channel;
            lock = acquired;
        }
    }

    /** Stops what a launcher that was killed hard (SIGKILL) left running: its JVMs and its PostgreSQL. */
    private void stopLeftovers() throws IOException, InterruptedException {
        ChildProcess.stopLeftovers(state.directory(), STOP_GRACE);
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
        say("Stopping a PostgreSQL left behind by an earlier run (pid " + pid + ")");
        // SIGINT is PostgreSQL's "fast" shutdown
        new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
        try {
            postmaster.get().onExit().get(STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            postmaster.get().destroyForcibly();
        }
    }

    private void requireFreePorts(List<ServiceDescriptor> runnable) {
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(postgresPort, "PostgreSQL");
        ports.put(KAFKA_PORT, "Kafka");
        ports.put(KAFKA_CONTROLLER_PORT, "the Kafka controller");
        runnable.forEach(s -> ports.put(s.httpPort(), s.name()));
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

    private static boolean inUse(int port) {
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
     * The launcher's own logging (jboss-logmanager is the SLF4J backend on this class path): warnings to the console,
     * and PostgreSQL's output (which zonky logs) to {@code .local/logs/postgres.log}. Must run before anything logs.
     */
    private void configureLauncherLogging() throws IOException {
        Path file = state.config().resolve("launcher-logging.properties");
        String postgresLog = state.log("postgres").toAbsolutePath().toString().replace("\\", "/");
        Files.writeString(file, String.join(System.lineSeparator(),
                "# generated by se.barnunga.local.LocalRun",
                "logger.level=WARN",
                "logger.handlers=CONSOLE",
                "loggers=io.zonky,org.apache.kafka",
                "logger.io.zonky.level=INFO",
                "logger.io.zonky.useParentHandlers=false",
                "logger.io.zonky.handlers=POSTGRES",
                "logger.org.apache.kafka.level=ERROR",
                "handler.CONSOLE=org.jboss.logmanager.handlers.ConsoleHandler",
                "handler.CONSOLE.properties=target",
                "handler.CONSOLE.target=SYSTEM_OUT",
                "handler.CONSOLE.formatter=PATTERN",
                "handler.POSTGRES=org.jboss.logmanager.handlers.FileHandler",
                "handler.POSTGRES.properties=autoFlush,append,fileName",
                "handler.POSTGRES.autoFlush=true",
                "handler.POSTGRES.append=true",
                "handler.POSTGRES.fileName=" + postgresLog,
                "handler.POSTGRES.formatter=PATTERN",
                "formatter.PATTERN=org.jboss.logmanager.formatters.PatternFormatter",
                "formatter.PATTERN.properties=pattern",
                "formatter.PATTERN.pattern=%d{HH:mm:ss} %-5p [%c{1}] %s%e%n",
                ""), StandardCharsets.UTF_8);
        System.setProperty("logging.configuration", file.toUri().toString());
        if (org.jboss.logmanager.LogContext.getLogContext().getLogger("io.zonky").getHandlers().length == 0) {
            say("Note: the logging configuration was not applied (is Quarkus's bootstrap runner on the class path "
                    + "again? see deploy/local/pom.xml); PostgreSQL's output will not reach " + postgresLog);
        }
    }

    // ------------------------------------------------------------------------------------------------------ stopping

    /** Ctrl-C, SIGTERM and SIGHUP stop everything in order; so does Maven exiting, when the launcher runs under it. */
    private void installStopTriggers() {
        for (String name : new String[] {"INT", "TERM", "HUP"}) {
            try {
                Signals.handle(name, () -> onStopSignal("SIG" + name));
            } catch (IllegalArgumentException e) {
                // not available here, or ignored since this JVM started (a background job of a non-interactive shell
                // ignores SIGINT): the JVM's own handling, and the shutdown hook, remain
                if (name.equals("INT")) {
                    say("Note: SIGINT is ignored in this process (started in the background?); stop it with "
                            + "`kill " + ProcessHandle.current().pid() + "` (SIGTERM) instead of Ctrl-C.");
                }
            }
        }
        if (Boolean.getBoolean("barnunga.exitWithParent")) {
            ProcessHandle.current().parent().ifPresent(parent -> parent.onExit()
                    .thenRun(() -> onStopSignal("the parent process (Maven) exited")));
        }
        // last resort, e.g. System.exit elsewhere; runs beside zonky's own hook, so the order is not guaranteed here
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (stopping.compareAndSet(false, true)) {
                stopInOrder();
            } else {
                awaitQuietly(stopped, Duration.ofSeconds(90));
            }
        }, "local-run-shutdown-hook"));
    }

    private void onStopSignal(String reason) {
        if (stopping.get()) {
            say("Already stopping, please wait...");
            return;
        }
        Thread stopper = new Thread(() -> {
            say("");
            say("Stopping (" + reason + ")...");
            stopEverythingAndExit(0);
        }, "local-run-stop");
        // not a daemon (as the signal thread creating it is): the JVM must not begin to exit before it is done, or
        // zonky's shutdown hook stops PostgreSQL under the running services
        stopper.setDaemon(false);
        stopper.start();
    }

    /** Stops everything in order (services, broker, PostgreSQL) and exits the JVM. */
    private void stopEverythingAndExit(int exitCode) {
        if (stopping.compareAndSet(false, true)) {
            if (Thread.currentThread() != mainThread && startupFinished.getCount() > 0) {
                mainThread.interrupt(); // cut short whatever the startup waits for
                awaitQuietly(startupFinished, Duration.ofSeconds(90));
            }
            stopInOrder();
        } else {
            awaitQuietly(stopped, Duration.ofSeconds(90));
        }
        System.exit(exitCode);
    }

    private void stopInOrder() {
        try {
            List<ChildProcess> serviceSnapshot;
            ChildProcess brokerSnapshot;
            EmbeddedPostgresServer postgresSnapshot;
            synchronized (this) {
                serviceSnapshot = List.copyOf(services);
                brokerSnapshot = broker;
                postgresSnapshot = postgres;
            }
            if (serviceSnapshot.isEmpty() && brokerSnapshot == null && postgresSnapshot == null) {
                releaseLock();
                return; // nothing was started
            }
            if (!serviceSnapshot.isEmpty()) {
                ChildProcess.stopAll(serviceSnapshot, STOP_GRACE);
            }
            if (brokerSnapshot != null) {
                ChildProcess.stopAll(List.of(brokerSnapshot), STOP_GRACE);
            }
            if (postgresSnapshot != null) {
                try {
                    postgresSnapshot.close();
                    say("  stopped PostgreSQL");
                } catch (RuntimeException e) {
                    say("  could not stop PostgreSQL cleanly: " + e.getMessage());
                }
            }
            releaseLock();
            say("Stopped.");
        } finally {
            stopped.countDown();
        }
    }

    private synchronized void releaseLock() {
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

    private void adoptBroker(ChildProcess process) {
        synchronized (this) {
            broker = process;
        }
        checkNotStopping();
    }

    private void adoptService(ChildProcess process) {
        synchronized (this) {
            services.add(process);
        }
        checkNotStopping();
    }

    private void checkNotStopping() {
        if (stopping.get()) {
            throw new KafkaBroker.Cancelled();
        }
    }

    private void watchForUnexpectedExits(Iterable<ChildProcess> children) {
        List<ChildProcess> all = new ArrayList<>();
        children.forEach(all::add);
        synchronized (this) {
            if (broker != null) {
                all.add(broker);
            }
        }
        for (ChildProcess child : all) {
            child.process().onExit().thenRun(() -> {
                if (!stopping.get()) {
                    say("WARNING: " + child.name() + " exited unexpectedly (exit code " + child.exitValue() + "); see "
                            + child.log() + " - Ctrl-C and start again");
                }
            });
        }
    }

    // ---------------------------------------------------------------------------------------------------- utilities

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

    static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    private static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder(String.valueOf(failure.getMessage()));
        for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append(System.lineSeparator()).append("  caused by: ").append(cause);
        }
        if (!(failure instanceof IllegalStateException)) {
            text.insert(0, failure.getClass().getName() + ": ");
        }
        return text.toString();
    }

    private static void awaitQuietly(CountDownLatch latch, Duration timeout) {
        try {
            latch.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, String> roleUnits() {
        Map<String, String> roles = new LinkedHashMap<>();
        for (String role : "socialsekreterare metodhandledare utforare mottagning socialjour enhetschef rapportor drift system"
                .split(" ")) {
            roles.put(role, role.equals("metodhandledare") || role.equals("utforare") ? "UTF-1"
                    : role.equals("mottagning") ? "MOTT-1" : role.equals("socialjour") ? "JOUR-1" : "MYND-1");
        }
        return java.util.Collections.unmodifiableMap(roles);
    }
}
