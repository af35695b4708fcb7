package se.barnunga.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static se.barnunga.kubernetes.Manifests.*;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import se.barnunga.kubernetes.Manifests.Manifest;
import se.barnunga.kubernetes.Manifests.Module;

/**
 * Checks what a production deployment needs of each Quarkus service's Kubernetes manifests (docs/operations.md,
 * "Deploying to Kubernetes"): two replicas and a rolling update that never goes below them, the three probes on the
 * SmallRye Health paths, requests and limits, a locked-down security context, the JVM heap sized from the memory limit
 * as in the local run, the image name the image build must produce, a Service, a PodDisruptionBudget and a
 * NetworkPolicy for the pods, and every secret from a Secret. {@link Manifests} reads the manifests; the whole set is
 * checked by {@link KubernetesManifestsTest}.
 */
class ServiceManifestsTest {

    @BeforeAll
    static void read() throws Exception {
        Manifests.read();
    }

    static Stream<Module> services() throws Exception {
        if (services.isEmpty()) {
            read();
        }
        return services.values().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void deploymentHasTwoReplicasAndARollingUpdateThatKeepsThem(Module service) {
        JsonNode spec = deployment(service).path("spec");
        assertThat(spec.path("replicas").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(spec.path("strategy").path("type").asText()).isEqualTo("RollingUpdate");
        assertThat(spec.path("strategy").path("rollingUpdate").path("maxUnavailable").asText()).isEqualTo("0");
        assertThat(spec.path("strategy").path("rollingUpdate").path("maxSurge").asText()).isEqualTo("1");
        assertThat(podLabels(service)).containsAllEntriesOf(selector(spec.path("selector")));
        assertThat(containers(manifest("Deployment", service.artifactId()))).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void probesAskTheHealthEndpointsOnTheServicesPort(Module service) {
        JsonNode c = container(service);
        assertThat(c.path("startupProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/started");
        assertThat(c.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/ready");
        assertThat(c.path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/live");
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            assertThat(containerPort(c, c.path(probe).path("httpGet").path("port")))
                    .as("%s port of %s", probe, service).isEqualTo(service.httpPort());
        }
        // liveness must not kill a pod during Flyway and the processors' start: the startup probe allows a minute at least
        JsonNode startup = c.path("startupProbe");
        assertThat(startup.path("periodSeconds").asInt(10) * startup.path("failureThreshold").asInt(3)).isGreaterThanOrEqualTo(60);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void requestsAndLimitsAreSetAndTheHeapIsSizedFromTheLimitAsInTheLocalRun(Module service) throws IOException {
        JsonNode resources = container(service).path("resources");
        for (String kind : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                assertThat(resources.path(kind).path(resource).asText()).as("%s.%s of %s", kind, resource, service).isNotBlank();
            }
        }
        long requested = mebibytes(resources.path("requests").path("memory").asText());
        long limit = mebibytes(resources.path("limits").path("memory").asText());
        assertThat(requested).isLessThanOrEqualTo(limit);

        String javaOptions = env(service).get("JAVA_TOOL_OPTIONS").path("value").asText();
        assertThat(javaOptions).doesNotContain("-Xmx").doesNotContain("-Xms");
        Matcher percentage = Pattern.compile("-XX:MaxRAMPercentage=([0-9.]+)").matcher(javaOptions);
        assertThat(percentage.find()).as("JAVA_TOOL_OPTIONS of %s sets -XX:MaxRAMPercentage", service).isTrue();
        double heap = limit * Double.parseDouble(percentage.group(1)) / 100;

        // the heap cap and the other flags chosen in issue 17 (deploy/local, SystemProcesses.SERVICE_JVM_OPTIONS)
        String local = Files.readString(REPOSITORY.resolve("deploy/local/src/main/java/se/barnunga/local/SystemProcesses.java"));
        Matcher options = Pattern.compile("SERVICE_JVM_OPTIONS = List\\.of\\(([^;]*)\\);").matcher(local);
        assertThat(options.find()).isTrue();
        List<String> localFlags = Pattern.compile("\"([^\"]+)\"").matcher(options.group(1)).results().map(r -> r.group(1)).toList();
        String xmx = localFlags.stream().filter(f -> f.startsWith("-Xmx")).findFirst().orElseThrow();
        assertThat(heap).as("heap of %s in MiB", service).isCloseTo(mebibytes(xmx.substring(4)), org.assertj.core.data.Offset.offset(1.0));
        localFlags.stream().filter(f -> !f.startsWith("-Xm")).forEach(f -> assertThat(javaOptions).contains(f));
        // what is left beside the heap holds at least metaspace, code cache and direct memory at their caps
        long nonHeapCaps = localFlags.stream().filter(f -> f.matches("-XX:(MaxMetaspaceSize|ReservedCodeCacheSize|MaxDirectMemorySize)=.*"))
                .mapToLong(f -> mebibytes(f.substring(f.indexOf('=') + 1))).sum();
        assertThat(limit - heap).isGreaterThan(nonHeapCaps + 64);
        assertThat(env(service).get("MALLOC_ARENA_MAX").path("value").asText()).isEqualTo("2");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void runsAsAFixedNonRootUserWithAReadOnlyRootFilesystemAndNoPrivileges(Module service) {
        JsonNode pod = deployment(service).path("spec").path("template").path("spec");
        JsonNode c = container(service);
        JsonNode podSecurity = pod.path("securityContext");
        JsonNode security = c.path("securityContext");
        assertThat(security.path("runAsNonRoot").asBoolean(podSecurity.path("runAsNonRoot").asBoolean(false))).isTrue();
        int uid = security.path("runAsUser").asInt(podSecurity.path("runAsUser").asInt(0));
        assertThat(uid).isGreaterThan(0);
        assertThat(security.path("readOnlyRootFilesystem").asBoolean(false)).isTrue();
        assertThat(security.path("allowPrivilegeEscalation").asBoolean(true)).isFalse();
        assertThat(security.path("privileged").asBoolean(false)).isFalse();
        assertThat(textList(security.path("capabilities").path("drop"))).contains("ALL");
        assertThat(security.path("capabilities").path("add").isMissingNode()).isTrue();
        String seccomp = security.path("seccompProfile").path("type").asText(podSecurity.path("seccompProfile").path("type").asText());
        assertThat(seccomp).isEqualTo("RuntimeDefault");
        assertThat(pod.path("automountServiceAccountToken").asBoolean(true)).isFalse();
        assertThat(pod.path("hostNetwork").asBoolean(false)).isFalse();

        // the only writable place is an emptyDir at /tmp
        Map<String, String> mounts = new HashMap<>();
        c.path("volumeMounts").forEach(m -> mounts.put(m.path("mountPath").asText(), m.path("name").asText()));
        assertThat(mounts).containsKey("/tmp");
        JsonNode tmp = null;
        for (JsonNode v : pod.path("volumes")) {
            if (v.path("name").asText().equals(mounts.get("/tmp"))) {
                tmp = v;
            }
        }
        assertThat(tmp).isNotNull();
        assertThat(tmp.has("emptyDir")).isTrue();
        assertThat(mounts).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void imageIsTheNameTheImageBuildMustProduce(Module service) {
        assertThat(version).isNotBlank();
        assertThat(container(service).path("image").asText()).isEqualTo("barnunga/" + service.artifactId() + ":" + version);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void serviceOnPort8080ReachesTheContainersHttpPort(Module service) {
        Manifest svc = manifest("Service", service.artifactId());
        assertThat(podLabels(service)).containsAllEntriesOf(selector(svc.doc().path("spec")));
        assertThat(selector(svc.doc().path("spec"))).isNotEmpty();
        JsonNode ports = svc.doc().path("spec").path("ports");
        assertThat(ports).hasSize(1);
        assertThat(ports.get(0).path("port").asInt()).isEqualTo(8080);
        assertThat(containerPort(container(service), ports.get(0).path("targetPort"))).isEqualTo(service.httpPort());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void podDisruptionBudgetKeepsOneInstance(Module service) {
        List<Manifest> pdbs = of("PodDisruptionBudget").stream()
                .filter(p -> selects(p.doc().path("spec").path("selector"), podLabels(service))).toList();
        assertThat(pdbs).hasSize(1);
        assertThat(pdbs.get(0).doc().path("apiVersion").asText()).isEqualTo("policy/v1");
        assertThat(pdbs.get(0).doc().path("spec").path("minAvailable").asInt()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void networkPolicyLetsInOnlyTheGatewayAndTheOtherServicesAndLetsOutOnlyWhatTheServiceNeeds(Module service) {
        List<Manifest> policies = of("NetworkPolicy").stream()
                .filter(p -> selects(p.doc().path("spec").path("podSelector"), podLabels(service))).toList();
        assertThat(policies).hasSize(1);
        JsonNode spec = policies.get(0).doc().path("spec");
        assertThat(textList(spec.path("policyTypes"))).containsExactlyInAnyOrder("Ingress", "Egress");

        assertThat(spec.path("ingress")).isNotEmpty();
        for (JsonNode rule : spec.path("ingress")) {
            assertThat(rule.path("from")).as("an ingress rule without peers admits everybody").isNotEmpty();
            for (JsonNode peer : rule.path("from")) {
                assertThat(peer.has("ipBlock")).isFalse();
                boolean gateway = selector(peer.path("namespaceSelector")).containsKey("barnunga.se/api-gateway");
                boolean barnunga = !peer.has("namespaceSelector")
                        && "barnunga".equals(selector(peer.path("podSelector")).get("app.kubernetes.io/part-of"));
                assertThat(gateway || barnunga).as("ingress peer %s of %s", peer, service).isTrue();
            }
            assertThat(rule.path("ports")).isNotEmpty()
                    .allSatisfy(p -> assertThat(p.path("port").asInt()).isEqualTo(service.httpPort()));
        }

        Set<String> egressPorts = new TreeSet<>();
        for (JsonNode rule : spec.path("egress")) {
            assertThat(rule.path("ports")).as("an egress rule without ports opens every port").isNotEmpty();
            rule.path("ports").forEach(p -> egressPorts.add(p.path("protocol").asText("TCP") + "/" + p.path("port").asText()));
        }
        assertThat(egressPorts).contains("UDP/53", "TCP/53", "TCP/5432", "TCP/9092", "TCP/443", "TCP/4317", "TCP/4318");

        Module assignment = services.get("assignment-service");
        boolean callsAssignment = false;
        for (JsonNode rule : spec.path("egress")) {
            for (JsonNode peer : rule.path("to")) {
                if (assignment.artifactId().equals(selector(peer.path("podSelector")).get("app.kubernetes.io/name"))) {
                    callsAssignment = true;
                    assertThat(rule.path("ports").get(0).path("port").asInt()).isEqualTo(assignment.httpPort());
                }
            }
        }
        assertThat(callsAssignment).as("egress of %s to the assignment-service", service)
                .isEqualTo(service.directory().equals("deadline-service"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void everySecretComesFromASecretAndTheConfigMapsExist(Module service) {
        JsonNode c = container(service);
        Set<String> configMapNames = of("ConfigMap").stream().map(Manifest::name).collect(Collectors.toSet());
        for (JsonNode from : c.path("envFrom")) {
            if (from.has("configMapRef")) {
                String name = from.path("configMapRef").path("name").asText();
                assertThat(configMapNames).as("ConfigMap %s of %s", name, service).contains(name);
                manifest("ConfigMap", name).doc().path("data").fieldNames()
                        .forEachRemaining(key -> assertThat(looksSecret(key)).as("%s from ConfigMap %s", key, name).isFalse());
            } else {
                assertThat(from.has("secretRef")).as("envFrom of %s: %s", service, from).isTrue();
            }
        }
        Map<String, JsonNode> env = env(service);
        env.forEach((name, e) -> {
            if (looksSecret(name)) {
                assertThat(e.has("value")).as("%s of %s has a literal value", name, service).isFalse();
                assertThat(e.path("valueFrom").has("secretKeyRef")).as("%s of %s comes from a Secret", name, service).isTrue();
                assertThat(e.path("valueFrom").path("secretKeyRef").path("name").asText()).isNotBlank();
                assertThat(e.path("valueFrom").path("secretKeyRef").path("key").asText()).isNotBlank();
            }
            if (KAFKA_CONNECTION.contains(name)) {
                assertThat(e.path("valueFrom").path("secretKeyRef").path("optional").asBoolean(false))
                        .as("%s is optional: a plaintext listener needs none", name).isTrue();
            }
        });
        assertThat(env).containsKeys("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD", "BARNUNGA_PSEUDONYM_KEY");
        Set<String> all = new TreeSet<>(env.keySet());
        c.path("envFrom").forEach(from -> {
            if (from.has("configMapRef")) {
                manifest("ConfigMap", from.path("configMapRef").path("name").asText()).doc().path("data").fieldNames()
                        .forEachRemaining(all::add);
            }
        });
        assertThat(all).contains("QUARKUS_DATASOURCE_JDBC_URL", "KAFKA_BOOTSTRAP_SERVERS", "MP_JWT_VERIFY_ISSUER",
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "QUARKUS_OTEL_SDK_DISABLED", "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT");
    }
}
