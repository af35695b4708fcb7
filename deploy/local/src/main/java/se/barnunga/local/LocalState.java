package se.barnunga.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The git-ignored state of the local run, {@code <repository root>/.local/}: it survives restarts until reset.
 *
 * <pre>
 * .local/local-run.lock      held while a launcher runs (kept by a reset)
 * .local/postgres/           PostgreSQL data directory
 * .local/kafka/              Kafka log directory (topics and the KRaft metadata log)
 * .local/kafka-&lt;n&gt;-nodes/    the log directories of a cluster of n nodes (node-1/, …; -Dbarnunga.brokers=n)
 * .local/kafka-cluster-id    the Kafka cluster id the storage was formatted with
 * .local/config/             generated configuration (server.properties, logging)
 * .local/keys/dev-public.pem the development public key the services verify tokens with
 * .local/logs/&lt;name&gt;.log     output of postgres, kafka and every service
 * .local/tokens.txt          development tokens of the latest start
 * </pre>
 */
record LocalState(Path root, Path directory) {

    static final String LOCK_FILE = "local-run.lock";

    static LocalState under(Path repositoryRoot) {
        Path root = repositoryRoot.toAbsolutePath().normalize();
        return new LocalState(root, root.resolve(".local"));
    }

    Path lockFile() {
        return directory.resolve(LOCK_FILE);
    }

    Path postgres() {
        return directory.resolve("postgres");
    }

    Path kafka() {
        return directory.resolve("kafka");
    }

    Path kafkaClusterId() {
        return directory.resolve("kafka-cluster-id");
    }

    Path config() {
        return directory.resolve("config");
    }

    Path logs() {
        return directory.resolve("logs");
    }

    Path log(String name) {
        return logs().resolve(name + ".log");
    }

    Path publicKey() {
        return directory.resolve("keys").resolve("dev-public.pem");
    }

    Path tokens() {
        return directory.resolve("tokens.txt");
    }

    void createDirectories() throws IOException {
        for (Path dir : new Path[] {directory, config(), logs(), kafka(), publicKey().getParent()}) {
            Files.createDirectories(dir);
        }
    }

    /** Deletes all state except the lock file (which this launcher holds). */
    void reset() throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> children = Files.list(directory)) {
            for (Path child : children.filter(p -> !p.getFileName().toString().equals(LOCK_FILE)).toList()) {
                deleteRecursively(child);
            }
        }
    }

    /**
     * The repository root: {@code -Dbarnunga.root} if given, else the nearest directory upward from the working
     * directory whose {@code pom.xml} is the parent POM itself (its own artifactId is {@code barnunga-parent}).
     */
    static Path findRepositoryRoot() {
        String configured = System.getProperty("barnunga.root", "").trim();
        if (!configured.isEmpty()) {
            Path root = Path.of(configured).toAbsolutePath().normalize();
            if (!isParentPomDirectory(root)) {
                throw new IllegalStateException("-Dbarnunga.root=" + configured
                        + " does not contain the barnunga-parent pom.xml");
            }
            return root;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (isParentPomDirectory(dir)) {
                return dir;
            }
        }
        throw new IllegalStateException("could not find the repository root (a pom.xml with artifactId barnunga-parent) "
                + "above " + Path.of("").toAbsolutePath() + "; run from inside the repository or pass -Dbarnunga.root=<dir>");
    }

    private static boolean isParentPomDirectory(Path dir) {
        Path pom = dir.resolve("pom.xml");
        if (!Files.isRegularFile(pom)) {
            return false;
        }
        try {
            // a module's pom names barnunga-parent too, inside its <parent> element: look at the pom's own artifactId
            String own = Files.readString(pom, StandardCharsets.UTF_8).replaceAll("(?s)<parent>.*?</parent>", "");
            return own.contains("<artifactId>barnunga-parent</artifactId>");
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
