package se.barnunga.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import se.barnunga.testing.DevTokens;

/**
 * Starts the whole system on one machine: PostgreSQL, one Kafka broker and every built service, each service in its
 * own JVM against its own database; prints the Swagger UI addresses and a development token per role, and stops
 * everything in order (services, broker, database) on Ctrl-C. A developer tool: it prints to {@code System.out}.
 *
 * <p>Options: {@code --reset} or {@code -Dbarnunga.reset=true} deletes the state in {@code .local/} first;
 * {@code -Dbarnunga.root=<dir>} names the repository root; {@code -Dbarnunga.postgres.port=<port>} (default 55432);
 * {@code -Dbarnunga.instances=<n>} instances of every service (default 1; instance {@code i} on the service's port plus
 * {@code 100 (i - 1)}); {@code -Dbarnunga.brokers=<n>} Kafka nodes (default 1; 3 make a cluster with replication
 * factor 3 and {@code min.insync.replicas} 2).
 */
public final class LocalRun {

    static final int DEFAULT_POSTGRES_PORT = 55432;
    static final int KAFKA_PORT = 59092;
    static final int KAFKA_CONTROLLER_PORT = 59093;

    /** The roles to mint a development token for, and the unit ({@code enhet}) each works in. */
    static final Map<String, String> ROLE_UNITS = roleUnits();

    private final LocalState state;
    private final int postgresPort;
    private final SystemProcesses system;
    private final Thread mainThread = Thread.currentThread();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch startupFinished = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);

    private LocalRun(LocalState state, int postgresPort, int instances, int brokers) {
        this.state = state;
        this.postgresPort = postgresPort;
        this.system = new SystemProcesses(SystemProcesses.Config.local(state.root(), postgresPort, instances, brokers,
                LocalRun::say, stopping::get));
    }

    public static void main(String[] args) {
        // jboss-logmanager is the logging backend on this class path; it reads its configuration (see
        // configureLauncherLogging) only as the JUL log manager, which must be chosen before anything logs
        if (System.getProperty("java.util.logging.manager") == null) {
            System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        }
        List<String> arguments = Arrays.asList(args);
        if (arguments.contains("--help") || arguments.contains("-h")) {
            say("usage: LocalRun [--reset]   (-Dbarnunga.reset=true, -Dbarnunga.root=<dir>, -Dbarnunga.postgres.port=<port>, "
                    + "-Dbarnunga.instances=<n>, -Dbarnunga.brokers=<n>)");
            return;
        }
        boolean reset = arguments.contains("--reset") || Boolean.parseBoolean(System.getProperty("barnunga.reset", "false").trim());
        LocalRun run;
        try {
            run = new LocalRun(LocalState.under(LocalState.findRepositoryRoot()),
                    Integer.getInteger("barnunga.postgres.port", DEFAULT_POSTGRES_PORT),
                    positive("barnunga.instances"), positive("barnunga.brokers"));
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
        system.lockState();
        system.stopLeftovers();
        if (reset) {
            say("Reset: deleting the state in " + state.directory());
            system.reset();
        }
        state.createDirectories();
        configureLauncherLogging();

        List<String> runnable = system.runnableServices();
        system.requireFreePorts(runnable);
        Map<String, String> tokens = mintTokens(); // before anything starts: a broken token setup fails fast
        system.startAll(runnable);
        watchForUnexpectedExits(system.children());
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

    private void printSummary(List<String> runnable, Map<String, String> tokens) throws IOException {
        say("");
        say("Swagger UI:");
        for (String service : runnable) {
            for (String instance : system.instancesOf(service)) {
                say("  " + instance + ": " + system.swaggerUi(instance));
            }
        }
        say("PostgreSQL: jdbc:postgresql://localhost:" + postgresPort + "/<database> (user postgres, no password)");
        say("Kafka:      " + system.bootstrapServers());
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
            if (!system.anythingStarted()) {
                system.releaseLock();
                return; // nothing was started
            }
            system.stopAll();
            system.releaseLock();
            say("Stopped.");
        } finally {
            stopped.countDown();
        }
    }

    private void watchForUnexpectedExits(Iterable<ChildProcess> children) {
        for (ChildProcess child : children) {
            child.process().onExit().thenRun(() -> {
                if (!stopping.get()) {
                    say("WARNING: " + child.name() + " exited unexpectedly (exit code " + child.exitValue() + "); see "
                            + child.log() + " - Ctrl-C and start again");
                }
            });
        }
    }

    // ---------------------------------------------------------------------------------------------------- utilities

    /** A count option ({@code -Dbarnunga.instances}, {@code -Dbarnunga.brokers}): 1 when not given or empty. */
    private static int positive(String property) {
        String value = System.getProperty(property, "").trim();
        if (value.isEmpty()) {
            return 1;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalStateException("-D" + property + "=" + value + " is not a positive number");
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
