package se.barnunga.local;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A JVM started by the launcher (the broker or a service), its output appended to a log file.
 *
 * <p>Where util-linux {@code setsid} exists the child gets a session of its own, so a Ctrl-C in the terminal reaches
 * only Maven and the launcher, and the launcher stops the children in order (services, broker, database). Every child
 * carries the {@link #MARKER} system property naming the state directory, so a later launcher can find and stop
 * children left behind by one that was killed hard.
 */
final class ChildProcess {

    /** System property on every child's command line; its value is the absolute state directory. */
    static final String MARKER = "barnunga.localrun.state";

    private static final Path SETSID = Path.of("/usr/bin/setsid");
    private static final String BANNER_PREFIX = "===== ";

    private final String name;
    private final Process process;
    private final Path log;

    private ChildProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code java <jvmArgs> -D<marker>=<state> <mainArgs>} in {@code workingDirectory}, output appended to
     * {@code log}.
     */
    static ChildProcess startJava(String name, Path stateDirectory, Path workingDirectory, Path log,
                                  List<String> jvmArgs, List<String> mainArgs) throws IOException {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            command.add(SETSID.toString());
        }
        command.add(javaExecutable());
        command.add("-D" + MARKER + "=" + stateDirectory.toAbsolutePath());
        command.addAll(jvmArgs);
        command.addAll(mainArgs);

        Files.createDirectories(log.getParent());
        Files.writeString(log, System.lineSeparator() + BANNER_PREFIX + name + " started at " + Instant.now()
                        + " =====" + System.lineSeparator(), StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        // glibc keeps up to 8 malloc arenas per core for a many-threaded JVM; two keep native memory (RSS) down at no
        // measurable cost for these processes (SystemProcesses.SERVICE_JVM_OPTIONS)
        builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
        return new ChildProcess(name, builder.start(), log);
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    String name() {
        return name;
    }

    Path log() {
        return log;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitValue() {
        return process.exitValue();
    }

    Process process() {
        return process;
    }

    /** Asks the process to stop (SIGTERM); see {@link #awaitOrKill(Instant)}. */
    void requestStop() {
        if (process.isAlive()) {
            process.destroy();
        }
    }

    /** Waits until the deadline for the process to exit, then kills it (SIGKILL). Returns true if it stopped by itself. */
    boolean awaitOrKill(Instant deadline) {
        try {
            long millis = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
            if (process.waitFor(millis, TimeUnit.MILLISECONDS)) {
                return true;
            }
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
            return false;
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Kills the process hard and waits until it is gone. {@link Process#destroyForcibly()} sends SIGKILL to the child's
     * pid, which is the JVM itself: {@code setsid} execs the JVM in place (it forks only when it is a process-group
     * leader, which a child of this JVM is not), so the JVM gets no chance to run shutdown hooks or close anything.
     */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException(name + " (pid " + pid() + ") did not die within 30 s of SIGKILL");
        }
    }

    /** Sends a POSIX signal by name (e.g. {@code STOP}, {@code CONT}) with {@code kill}. */
    void signal(String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid())).redirectErrorStream(true).start();
        String output = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new IllegalStateException("kill -" + signal + " " + pid() + " (" + name + ") failed: " + output);
        }
    }

    /** Stops a set of processes together: SIGTERM to all, wait up to {@code grace}, then SIGKILL the rest. */
    static void stopAll(List<ChildProcess> children, Duration grace, java.util.function.Consumer<String> out) {
        for (ChildProcess child : children) {
            child.requestStop();
        }
        Instant deadline = Instant.now().plus(grace);
        for (ChildProcess child : children) {
            boolean clean = child.awaitOrKill(deadline);
            out.accept("  stopped " + child.name() + (clean ? "" : " (killed after " + grace.toSeconds() + " s)"));
        }
    }

    /** Advice for a failure whose cause is the kept state rather than the code, or empty. */
    String stateHint() {
        String log = tail(400);
        if (log.contains("FlywayValidateException") || log.contains("Migration checksum mismatch")) {
            return System.lineSeparator() + System.lineSeparator() + "HINT: a migration of " + name
                    + " changed after the local database applied it; start again with a reset "
                    + "(-Dbarnunga.reset, or --reset) to recreate the databases and topics.";
        }
        return "";
    }

    /** The last {@code lines} lines this run of the process wrote to its log (after the start banner). */
    String tail(int lines) {
        String all = tail(log, 5000);
        int banner = all.lastIndexOf(BANNER_PREFIX + name + " ");
        if (banner >= 0) {
            int lineStart = all.indexOf('\n', banner);
            all = lineStart < 0 ? "" : all.substring(lineStart + 1);
        }
        String[] split = all.split("\\R");
        return String.join(System.lineSeparator(), Arrays.asList(split).subList(Math.max(0, split.length - lines), split.length));
    }

    /** The last {@code lines} lines of a log file (reads at most its last 256 KiB). */
    static String tail(Path file, int lines) {
        if (!Files.exists(file)) {
            return "(no log file " + file + ")";
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            int chunk = (int) Math.min(length, 256 * 1024);
            byte[] bytes = new byte[chunk];
            raf.seek(length - chunk);
            raf.readFully(bytes);
            String[] all = new String(bytes, StandardCharsets.UTF_8).split("\\R");
            return String.join(System.lineSeparator(), Arrays.asList(all).subList(Math.max(0, all.length - lines), all.length));
        } catch (IOException e) {
            return "(could not read " + file + ": " + e.getMessage() + ")";
        }
    }

    /**
     * A process's command line. From {@code /proc} where it exists: {@link ProcessHandle.Info#arguments()} is empty for
     * long command lines such as the broker's (its class path).
     */
    private static List<String> arguments(ProcessHandle process) {
        Path cmdline = Path.of("/proc", Long.toString(process.pid()), "cmdline");
        if (Files.isReadable(cmdline)) {
            try {
                return Arrays.asList(new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).split("\0"));
            } catch (IOException e) {
                return List.of(); // gone meanwhile
            }
        }
        return process.info().arguments().map(Arrays::asList).orElse(List.of());
    }

    /**
     * Stops the children a previous launcher left behind (it was killed hard): every process whose command line
     * carries the marker for this state directory. Only call this while holding the launcher lock.
     */
    static void stopLeftovers(Path stateDirectory, Duration grace, java.util.function.Consumer<String> out) {
        String marker = "-D" + MARKER + "=" + stateDirectory.toAbsolutePath();
        List<ProcessHandle> leftovers = ProcessHandle.allProcesses()
                .filter(p -> p.pid() != ProcessHandle.current().pid())
                .filter(p -> arguments(p).contains(marker))
                .toList();
        if (leftovers.isEmpty()) {
            return;
        }
        out.accept("Stopping " + leftovers.size() + " process(es) left behind by an earlier run: "
                + leftovers.stream().map(p -> Long.toString(p.pid())).toList());
        leftovers.forEach(ProcessHandle::destroy);
        Instant deadline = Instant.now().plus(grace);
        for (ProcessHandle p : leftovers) {
            try {
                long millis = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
                p.onExit().get(millis, TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        }
    }
}
