package se.barnunga.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static se.barnunga.kubernetes.Manifests.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import se.barnunga.kubernetes.Manifests.Manifest;
import se.barnunga.kubernetes.Manifests.Module;

/**
 * Reads the Kubernetes manifests under {@code deploy/kubernetes} and checks what a production deployment needs of the
 * whole set (docs/operations.md, "Deploying to Kubernetes"): a Deployment for each Quarkus service of the reactor,
 * every YAML file part of the kustomization, no Secret, no development key or value and nothing that looks like a
 * secret in a ConfigMap, every configuration variable a property the services read, and tracing off until configured.
 * What each service's own manifests need is checked by {@link ServiceManifestsTest}; {@link Manifests} reads them –
 * resolving the kustomizations itself, as there is no {@code kustomize} or {@code kubectl} here – for both.
 */
class KubernetesManifestsTest {

    /** Process environment that is not configuration of the application. */
    private static final Set<String> PROCESS_ENVIRONMENT = Set.of("JAVA_TOOL_OPTIONS", "MALLOC_ARENA_MAX");

    @BeforeAll
    static void read() throws Exception {
        Manifests.read();
    }

    // ------------------------------------------------------------------ the whole set

    @Test
    void theReactorsQuarkusServicesAreTheFourAndEachHasADeployment() {
        assertThat(services.keySet()).containsExactlyInAnyOrder(
                "assignment-service", "followup-service", "concern-service", "deadline-service");
        assertThat(of("Deployment").stream().map(Manifest::name))
                .containsExactlyInAnyOrderElementsOf(services.values().stream().map(Module::artifactId).toList());
    }

    @Test
    void everyYamlFileIsAKustomizationOrListedByOne() throws IOException {
        try (Stream<Path> files = Files.walk(MANIFESTS)) {
            List<Path> yaml = files.filter(f -> !MANIFESTS.relativize(f).startsWith("target"))
                    .filter(f -> !MANIFESTS.relativize(f).startsWith("src"))
                    .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).toList();
            assertThat(yaml).isNotEmpty();
            for (Path f : yaml) {
                assertThat(kustomizations.contains(f) || listedFiles.contains(f))
                        .as("%s is neither a kustomization nor listed by one", MANIFESTS.relativize(f)).isTrue();
            }
        }
        assertThat(manifests).allSatisfy(m -> assertThat(m.doc().path("apiVersion").asText()).isNotBlank());
    }

    @Test
    void noSecretObjectIsInTheManifests() {
        assertThat(of("Secret")).as("the Secrets are created by the deployer, not kept here").isEmpty();
    }

    @Test
    void noDevelopmentKeyTokenOrProfileValueAnywhere() throws IOException {
        Properties platform = load(REPOSITORY.resolve("platform/src/main/resources/META-INF/microprofile-config.properties"));
        String testPseudonymKey = platform.getProperty("%test.barnunga.pseudonym.key");
        assertThat(testPseudonymKey).isNotBlank();
        Matcher devKey = Pattern.compile("\"([^\"]*pseudonym-key[^\"]*)\"").matcher(Files.readString(
                REPOSITORY.resolve("deploy/local/src/main/java/se/barnunga/local/SystemProcesses.java")));
        List<String> forbidden = new ArrayList<>(List.of("devkeys", "dev-public.pem", "dev-private", "barnunga.local/dev",
                "%dev.", "%test.", "localhost", "127.0.0.1", "eyJ", "BEGIN PUBLIC KEY", "PRIVATE KEY", testPseudonymKey));
        while (devKey.find()) {
            forbidden.add(devKey.group(1));
            forbidden.add(Base64.getEncoder().encodeToString(devKey.group(1).getBytes(StandardCharsets.US_ASCII)));
        }
        assertThat(forbidden).as("the local run's development pseudonym key was found").hasSizeGreaterThan(12);
        for (Path f : allFiles()) {
            String text = Files.readString(f);
            for (String s : forbidden) {
                assertThat(text).as("%s contains %s", MANIFESTS.relativize(f), s).doesNotContain(s);
            }
        }
    }

    @Test
    void noConfigMapHoldsASecretOrAValueThatLooksLikeOne() {
        assertThat(of("ConfigMap")).isNotEmpty().allSatisfy(cm -> {
            assertThat(cm.doc().has("binaryData")).isFalse();
            cm.doc().path("data").fields().forEachRemaining(e -> {
                assertThat(looksSecret(e.getKey())).as("%s in ConfigMap %s", e.getKey(), cm.name()).isFalse();
                assertThat(looksLikeKeyOrPassword(e.getValue().asText()))
                        .as("value of %s in ConfigMap %s looks like a key or password", e.getKey(), cm.name()).isFalse();
            });
        });
    }

    @Test
    void everyConfigurationVariableIsThePropertyTheServicesRead() throws IOException {
        Set<String> known = knownPropertyNames().stream().map(Manifests::envName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> names = new TreeSet<>();
        of("ConfigMap").forEach(cm -> cm.doc().path("data").fieldNames().forEachRemaining(names::add));
        of("Deployment").forEach(d -> containers(d).forEach(c -> c.path("env").forEach(e -> names.add(e.path("name").asText()))));
        names.removeAll(PROCESS_ENVIRONMENT);
        names.removeAll(KAFKA_CONNECTION);
        assertThat(names).isNotEmpty();
        assertThat(known).containsAll(names);
    }

    @Test
    void tracingIsOffUntilTheDeployerGivesACollector() {
        JsonNode common = manifest("ConfigMap", "barnunga-config").doc().path("data");
        assertThat(common.path("QUARKUS_OTEL_SDK_DISABLED").asText()).isEqualTo("true");
        assertThat(common.path("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT").asText()).endsWith(".example.invalid:4318");
        assertThat(common.path("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL").asText()).isEqualTo("http/protobuf");
    }
}
