package se.barnunga.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import se.barnunga.testing.EmbeddedPostgresServer;

/** PostgreSQL of a run (zonky's embedded binaries), one database per service, its data in {@code <state>/postgres}. */
final class LocalPostgres {

    private LocalPostgres() {
    }

    /** Starts PostgreSQL on the port and data directory and creates every service's database unless it exists. */
    static EmbeddedPostgresServer start(LocalState state, int port, Consumer<String> out) {
        out.accept("Starting PostgreSQL on port " + port + " (data in " + state.postgres() + ")");
        return EmbeddedPostgresServer.start(state.postgres(), port);
    }

    static void createDatabases(EmbeddedPostgresServer pg) {
        for (ServiceDescriptor service : ServiceDescriptor.ALL) {
            pg.createDatabaseIfMissing(service.database());
        }
    }

    /** Stops a PostgreSQL that a run killed hard left behind (found by {@code postmaster.pid} in the data directory). */
    static void stopLeftover(LocalState state, Duration grace, Consumer<String> out) throws IOException, InterruptedException {
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
        out.accept("Stopping a PostgreSQL left behind by an earlier run (pid " + pid + ")");
        // SIGINT is PostgreSQL's "fast" shutdown
        new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
        try {
            postmaster.get().onExit().get(grace.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            postmaster.get().destroyForcibly();
        }
    }
}
