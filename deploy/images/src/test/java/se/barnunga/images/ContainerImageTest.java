package se.barnunga.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads each service's built image, {@code <service>/target/jib-image.tar}, and checks what the Kubernetes manifests and
 * the operations guide rely on: the image name the Deployment names, the non-root user 185 the securityContext runs
 * as, the entrypoint that starts the Quarkus fast-jar, the exposed port (the service's {@code quarkus.http.port}, the
 * Deployment's containerPort and its probes' port), the same JVM flags as the Deployment's {@code JAVA_TOOL_OPTIONS},
 * the fast-jar laid out in {@code /deployments} file for file as the build made it (so the image is of this build),
 * in layers that change least first, and read-only for the user that runs it.
 *
 * <p>Runs only with {@code -Pimages} (this module is in the reactor only then), where a missing tarball is a failure.
 */
class ContainerImageTest {

    static Stream<Services.Service> services() {
        return Services.all().stream();
    }

    @Test
    void theImagesAreThoseOfTheFourServices() {
        assertThat(Services.all()).extracting(Services.Service::directory).containsExactlyInAnyOrder(
                "assignment-service", "followup-service", "concern-service", "deadline-service");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void isNamedAsTheDeploymentNamesItAndRunsAsTheUserOfItsSecurityContext(Services.Service service) {
        ImageTarball image = service.image();
        String name = "barnunga/" + service.artifactId() + ":" + Services.version();
        assertThat(image.tags()).containsExactly(name);
        JsonNode container = service.deploymentContainer();
        assertThat(container.path("image").asText()).isEqualTo(name);

        int runAsUser = container.path("securityContext").path("runAsUser").asInt(-1);
        int runAsGroup = container.path("securityContext").path("runAsGroup").asInt(-1);
        assertThat(runAsUser).isEqualTo(185);
        assertThat(image.config().path("User").asText()).isEqualTo(runAsUser + ":" + runAsGroup);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void startsTheFastJarOnTheServicesPortWithTheDeploymentsJvmFlags(Services.Service service) {
        ImageTarball image = service.image();
        assertThat(image.config().path("WorkingDir").asText()).isEqualTo("/deployments");
        List<String> entrypoint = image.entrypoint();
        assertThat(entrypoint).first().isEqualTo("java");
        assertThat(entrypoint).endsWith("-jar", "/deployments/quarkus-run.jar");
        assertThat(entrypoint).contains("-Djava.util.logging.manager=org.jboss.logmanager.LogManager");
        // no heap flag on the command line: it would win over JAVA_TOOL_OPTIONS, which a Deployment may change
        assertThat(entrypoint).noneMatch(a -> a.startsWith("-Xm") || a.contains("RAMPercentage"));
        assertThat(image.config().path("Cmd").isMissingNode() || image.config().path("Cmd").isNull()
                || image.config().path("Cmd").isEmpty()).as("no Cmd that would be appended as arguments").isTrue();

        JsonNode ports = image.config().path("ExposedPorts");
        assertThat(ports.size()).isEqualTo(1);
        assertThat(ports.has(service.httpPort() + "/tcp")).as("exposed ports %s", ports).isTrue();
        JsonNode container = service.deploymentContainer();
        assertThat(container.path("ports").get(0).path("containerPort").asInt()).isEqualTo(service.httpPort());

        Map<String, String> env = image.environment();
        Map<String, String> deploymentEnv = service.deploymentEnvironment();
        assertThat(normalizeSpace(env.get("JAVA_TOOL_OPTIONS")))
                .isEqualTo(normalizeSpace(deploymentEnv.get("JAVA_TOOL_OPTIONS")))
                .contains("-XX:MaxRAMPercentage=30", "-XX:+ExitOnOutOfMemoryError");
        assertThat(env.get("MALLOC_ARENA_MAX")).isEqualTo(deploymentEnv.get("MALLOC_ARENA_MAX")).isEqualTo("2");
        assertThat(env.get("PATH")).as("the base image's PATH, where java is").isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void holdsTheBuildsFastJarFileForFileInDeployments(Services.Service service) throws IOException {
        ImageTarball image = service.image();
        Path quarkusApp = service.directoryPath().resolve("target/quarkus-app");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(quarkusApp)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).hasSizeGreaterThan(100);
        for (Path file : files) {
            String path = "deployments/" + quarkusApp.relativize(file).toString().replace('\\', '/');
            ImageTarball.Entry entry = image.entry(path);
            assertThat(entry).as("%s in the image of %s", path, service).isNotNull();
            try (InputStream in = Files.newInputStream(file)) {
                assertThat(entry.sha256()).as("content of %s (an image of another build?)", path)
                        .isEqualTo(ImageTarball.sha256(in));
            }
            // owned by root and not writable by the user 185 that runs the service
            assertThat(entry.uid()).as("owner of %s", path).isZero();
            assertThat(entry.mode() & 0022).as("mode of %s", path).isZero();
        }
        assertThat(image.entry("deployments/quarkus-run.jar")).isNotNull();
        assertThat(image.entry("deployments/quarkus/quarkus-application.dat")).isNotNull();
        assertThat(image.entry("deployments/app/" + service.artifactId() + "-" + Services.version() + ".jar")).isNotNull();
        // nothing of Jib's own layout for Maven projects (classes, resources and libraries under /app)
        image.layers().forEach(l -> assertThat(l.entries().keySet()).noneMatch(p -> p.equals("app") || p.startsWith("app/")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void layersChangeLeastFirstThirdPartyLibrariesThenOurLibrariesThenTheApplication(Services.Service service) {
        ImageTarball image = service.image();
        int boot = layerOfFirst(image, "deployments/lib/boot/");
        int thirdParty = layerOfFirst(image, "deployments/lib/main/io.quarkus.");
        int platform = image.layerOf("deployments/lib/main/se.barnunga.platform-" + Services.version() + ".jar");
        int contracts = image.layerOf("deployments/lib/main/se.barnunga.contracts-" + Services.version() + ".jar");
        int run = image.layerOf("deployments/quarkus-run.jar");
        int app = image.layerOf("deployments/app/" + service.artifactId() + "-" + Services.version() + ".jar");
        assertThat(List.of(boot, thirdParty, platform, contracts, run, app)).doesNotContain(-1);
        assertThat(boot).isEqualTo(thirdParty);
        assertThat(platform).isEqualTo(contracts).isGreaterThan(thirdParty);
        assertThat(run).isEqualTo(app).isGreaterThan(platform).isEqualTo(image.layers().size() - 1);
        assertThat(image.history().get(thirdParty).path("comment").asText()).isEqualTo("fast-jar-libs");
        assertThat(image.history().get(platform).path("comment").asText()).isEqualTo("fast-jar-project-libs");
        assertThat(image.history().get(run).path("comment").asText()).isEqualTo("fast-jar-application");
    }

    private static int layerOfFirst(ImageTarball image, String prefix) {
        for (int i = 0; i < image.layers().size(); i++) {
            if (image.layers().get(i).entries().keySet().stream().anyMatch(p -> p.startsWith(prefix) && p.endsWith(".jar"))) {
                return i;
            }
        }
        return -1;
    }

    private static String normalizeSpace(String s) {
        return s == null ? null : s.trim().replaceAll("\\s+", " ");
    }
}
