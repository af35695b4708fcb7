package se.barnunga.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.barnunga.local.SystemProcesses;
import se.barnunga.testing.DevTokens;

/**
 * Runs the assignment-service's built image with podman (daemonless, rootful) against the local run's PostgreSQL and
 * Kafka broker (started here by the launcher's {@link SystemProcesses} on free ports) and waits for
 * {@code /q/health/ready}: the image starts the service, as user 185, under the Deployment's restrictions (read-only root
 * file system with a tmpfs at /tmp, every capability dropped, no new privileges, the 640 MiB memory limit), configured
 * only by environment variables as in Kubernetes, and the JVM sizes its heap from that limit (30 % = 192 MiB).
 *
 * <p>Skipped where podman is not installed. The container shares the host's network namespace (loopback only: the
 * database and the broker listen on localhost), so the service listens on a free port given by
 * {@code QUARKUS_HTTP_PORT} rather than on the image's exposed port.
 */
class PodmanSmokeTest {

    private static final String SERVICE = "assignment-service";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(120);
    /** The Deployment's memory limit and the heap MaxRAMPercentage=30 makes of it. */
    private static final String MEMORY_LIMIT = "640m";
    private static final long EXPECTED_MAX_HEAP = 192L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theAssignmentServicesImageBecomesReadyAgainstTheLocalPostgresqlAndKafka() throws Exception {
        assumeTrue(onPath("podman"), "podman is not installed");
        Services.Service service = Services.all().stream().filter(s -> s.directory().equals(SERVICE)).findFirst().orElseThrow();
        String image = "barnunga/" + service.artifactId() + ":" + Services.version();
        assertThat(service.tarball()).as("build the images first (mvn -B package -DskipTests -Pimages)").isRegularFile();

        Result load = run(List.of("podman", "load", "-i", service.tarball().toString()));
        assertThat(load.exitCode()).as("podman load: %s", load.output()).isZero();
        assertThat(load.output()).contains(image);

        Path state = Path.of("target/smoke-state").toAbsolutePath();
        SystemProcesses processes = new SystemProcesses(SystemProcesses.Config.freePorts(Services.ROOT, state,
                line -> System.out.println("[smoke] " + line)));
        String container = "barnunga-smoke-" + UUID.randomUUID().toString().substring(0, 8);
        try {
            processes.lockState();
            processes.stopLeftovers();
            processes.reset();
            processes.startPostgres();
            processes.startBroker();
            Path publicKey = DevTokens.writePublicKey(state.resolve("keys/dev-public.pem"));
            int port = processes.httpPort(SERVICE);

            List<String> command = new ArrayList<>(List.of("podman"));
            String runtime = runtime();
            if (!runtime.isEmpty()) {
                command.addAll(List.of("--runtime", runtime));
            }
            command.addAll(List.of("run", "--detach", "--name", container,
                    "--network", "host",
                    // the Deployment's securityContext and limits
                    "--user", "185:185", "--read-only", "--tmpfs", "/tmp:rw,size=64m", "--cap-drop", "ALL",
                    "--security-opt", "no-new-privileges", "--memory", MEMORY_LIMIT,
                    // below the hard limits of a process without CAP_SYS_RESOURCE (podman's defaults are above them)
                    "--ulimit", "nofile=8192:8192", "--ulimit", "nproc=4096:4096",
                    "--volume", publicKey + ":/etc/barnunga/dev-public.pem:ro",
                    "--env", "QUARKUS_HTTP_PORT=" + port,
                    "--env", "QUARKUS_DATASOURCE_JDBC_URL=" + processes.jdbcUrl(SERVICE),
                    "--env", "QUARKUS_DATASOURCE_USERNAME=" + processes.postgresUser(),
                    "--env", "KAFKA_BOOTSTRAP_SERVERS=" + processes.bootstrapServers(),
                    "--env", "MP_JWT_VERIFY_PUBLICKEY_LOCATION=/etc/barnunga/dev-public.pem",
                    "--env", "MP_JWT_VERIFY_ISSUER=" + DevTokens.ISSUER,
                    "--env", "BARNUNGA_PSEUDONYM_KEY=" + SystemProcesses.DEV_PSEUDONYM_KEY,
                    image));
            Instant started = Instant.now();
            Result run = run(command);
            assertThat(run.exitCode()).as("podman run: %s", run.output()).isZero();

            JsonNode health = awaitReady(container, URI.create("http://localhost:" + port + "/q/health/ready"));
            System.out.printf("[smoke] %s ready %d ms after podman run%n", image, Duration.between(started, Instant.now()).toMillis());
            assertThat(health.path("status").asText()).isEqualTo("UP");
            List<String> checks = new ArrayList<>();
            health.path("checks").forEach(c -> checks.add(c.path("name").asText() + "=" + c.path("status").asText()));
            assertThat(checks).isNotEmpty().allMatch(c -> c.endsWith("=UP"));

            Result uid = run(List.of("podman", "exec", container, "id", "-u"));
            assertThat(uid.output().trim()).isEqualTo("185");
            // a second JVM in the same container (same memory limit, same JAVA_TOOL_OPTIONS) reports the heap it gets
            Result flags = run(List.of("podman", "exec", container, "java", "-XX:+PrintFlagsFinal", "-version"));
            Matcher heap = Pattern.compile("MaxHeapSize\\s*=\\s*(\\d+)").matcher(flags.output());
            assertThat(heap.find()).as("java -XX:+PrintFlagsFinal: %s", flags.output()).isTrue();
            assertThat(Long.parseLong(heap.group(1))).isEqualTo(EXPECTED_MAX_HEAP);
        } finally {
            Result logs = run(List.of("podman", "logs", "--tail", "40", container));
            System.out.println("[smoke] last lines of the container's log:" + System.lineSeparator() + logs.output());
            run(List.of("podman", "rm", "--force", "--time", "20", container));
            processes.close();
        }
    }

    /** Polls readiness until 200, failing early when the container has stopped. */
    private static JsonNode awaitReady(String container, URI readiness) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            Result state = run(List.of("podman", "inspect", "--format", "{{.State.Running}}", container));
            if (!state.output().trim().equals("true")) {
                fail("the container stopped before it was ready: " + run(List.of("podman", "logs", "--tail", "60", container)).output());
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return JSON.readTree(response.body());
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(1000);
        }
        return fail("not ready within %s; last answer: %s", READY_TIMEOUT, last);
    }

    /** {@code barnunga.podman.runtime}, else runc where installed (crun refuses hybrid cgroup hierarchies), else podman's default. */
    private static String runtime() {
        String configured = System.getProperty("barnunga.podman.runtime", "").trim();
        if (!configured.isEmpty()) {
            return configured;
        }
        return onPath("runc") ? "runc" : "";
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private record Result(int exitCode, String output) {
    }

    /** Runs a command to its end (bounded: killed after {@link #COMMAND_TIMEOUT}), with stderr merged into the output. */
    private static Result run(List<String> command) throws IOException, InterruptedException {
        Path output = Files.createTempFile("podman", ".out");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command + " did not end within " + COMMAND_TIMEOUT);
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
