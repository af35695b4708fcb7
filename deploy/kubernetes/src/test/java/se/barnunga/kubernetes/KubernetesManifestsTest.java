package se.barnunga.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads the Kubernetes manifests under {@code deploy/kubernetes} and checks what a production deployment needs of them
 * (docs/operations.md, "Deploying to Kubernetes"), per Quarkus service of the reactor: two replicas and a rolling update
 * that never goes below them, the three probes on the SmallRye Health paths, requests and limits, a locked-down
 * security context, the JVM heap sized from the memory limit as in the local run, the image name the image build must
 * produce, a Service, a PodDisruptionBudget and a NetworkPolicy for the pods, and every secret from a Secret.
 *
 * <p>There is no {@code kustomize} or {@code kubectl} binary on the build machines (and no cluster): the test resolves
 * the kustomizations itself – it reads the files and directories each {@code kustomization.yaml} lists under
 * {@code resources}, recursively – and therefore allows no other kustomize feature (patches, generators, name
 * prefixes, common labels) that it would have to emulate. The manifests are checked here, never applied to a cluster.
 */
class KubernetesManifestsTest {

    /** The module directory: surefire runs the test in it. */
    private static final Path MANIFESTS = Path.of("").toAbsolutePath();
    private static final Path REPOSITORY = MANIFESTS.resolve("../..").normalize();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** An env var whose name says it holds a secret. */
    private static final Pattern SECRET_NAME = Pattern.compile(
            ".*(PASSWORD|PASSWD|SECRET|TOKEN|KEY|SASL|JAAS|PSEUDONYM|CREDENTIAL|PRIVATE|USERNAME|TRUSTSTORE|KEYSTORE).*");
    /**
     * Names that match {@link #SECRET_NAME} but are no secret: where the identity provider publishes its public keys
     * (a JWKS URL), which anybody may fetch.
     */
    private static final Set<String> NOT_SECRET = Set.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
    /**
     * Kafka's connection security, taken from the Secret: no properties file of ours names them – the platform's
     * {@code KafkaConnection} passes every {@code security.*}, {@code sasl.*} and {@code ssl.*} setting of Quarkus'
     * {@code default-kafka-broker} map (which reads {@code KAFKA_*} variables) to each of its Kafka clients. Optional:
     * a plaintext listener needs none of them.
     */
    private static final Set<String> KAFKA_CONNECTION = Set.of(
            "KAFKA_SECURITY_PROTOCOL", "KAFKA_SASL_MECHANISM", "KAFKA_SASL_JAAS_CONFIG");
    /** Standard Quarkus properties a deployment sets that no properties file of ours names. */
    private static final Set<String> QUARKUS_STANDARD = Set.of(
            "quarkus.datasource.jdbc.url", "quarkus.datasource.username", "quarkus.datasource.password",
            "quarkus.otel.exporter.otlp.traces.endpoint", "quarkus.otel.exporter.otlp.traces.protocol");
    /** Process environment that is not configuration of the application. */
    private static final Set<String> PROCESS_ENVIRONMENT = Set.of("JAVA_TOOL_OPTIONS", "MALLOC_ARENA_MAX");

    private static final List<Manifest> manifests = new ArrayList<>();
    private static final Set<Path> listedFiles = new LinkedHashSet<>();
    private static final Set<Path> kustomizations = new LinkedHashSet<>();
    private static String version;
    private static final Map<String, Module> services = new LinkedHashMap<>();

    record Manifest(Path file, JsonNode doc) {
        String kind() {
            return doc.path("kind").asText();
        }

        String name() {
            return doc.path("metadata").path("name").asText();
        }
    }

    /** A Quarkus service of the reactor: its directory, artifactId and {@code quarkus.http.port}. */
    record Module(String directory, String artifactId, int httpPort) {
        @Override
        public String toString() {
            return directory;
        }
    }

    @BeforeAll
    static void read() throws Exception {
        resolveKustomization(MANIFESTS);
        var factory = DocumentBuilderFactory.newInstance();
        var root = factory.newDocumentBuilder().parse(REPOSITORY.resolve("pom.xml").toFile()).getDocumentElement();
        version = child(root, "version");
        for (Node n = firstElement(root, "modules").getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element module) {
                String dir = module.getTextContent().trim();
                Path properties = REPOSITORY.resolve(dir).resolve("src/main/resources/application.properties");
                if (!Files.exists(properties)) {
                    continue;
                }
                Properties p = load(properties);
                if (p.getProperty("quarkus.http.port") == null) {
                    continue;
                }
                var pom = factory.newDocumentBuilder().parse(REPOSITORY.resolve(dir).resolve("pom.xml").toFile())
                        .getDocumentElement();
                services.put(dir, new Module(dir, child(pom, "artifactId"), Integer.parseInt(p.getProperty("quarkus.http.port"))));
            }
        }
    }

    static Stream<Module> services() throws Exception {
        if (services.isEmpty()) {
            read();
        }
        return services.values().stream();
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
        Set<String> known = knownPropertyNames().stream().map(KubernetesManifestsTest::envName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> names = new TreeSet<>();
        of("ConfigMap").forEach(cm -> cm.doc().path("data").fieldNames().forEachRemaining(names::add));
        of("Deployment").forEach(d -> containers(d).forEach(c -> c.path("env").forEach(e -> names.add(e.path("name").asText()))));
        names.removeAll(PROCESS_ENVIRONMENT);
        names.removeAll(KAFKA_CONNECTION);
        assertThat(names).isNotEmpty();
        assertThat(known).containsAll(names);
    }

    // ------------------------------------------------------------------ per service

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

    @Test
    void tracingIsOffUntilTheDeployerGivesACollector() {
        JsonNode common = manifest("ConfigMap", "barnunga-config").doc().path("data");
        assertThat(common.path("QUARKUS_OTEL_SDK_DISABLED").asText()).isEqualTo("true");
        assertThat(common.path("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT").asText()).endsWith(".example.invalid:4318");
        assertThat(common.path("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL").asText()).isEqualTo("http/protobuf");
    }

    // ------------------------------------------------------------------ reading

    /** Reads a kustomization directory: its {@code resources}, files or directories with their own kustomization. */
    private static void resolveKustomization(Path directory) {
        Path file = directory.resolve("kustomization.yaml");
        assertThat(file).as("kustomization in %s", directory).exists();
        kustomizations.add(file);
        JsonNode k = readAll(file).get(0);
        assertThat(k.path("kind").asText()).isEqualTo("Kustomization");
        Set<String> fields = new TreeSet<>();
        k.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).as("%s may use only plain resources (this test does not emulate kustomize)", file)
                .isSubsetOf("apiVersion", "kind", "resources");
        for (JsonNode r : k.path("resources")) {
            Path resource = directory.resolve(r.asText()).normalize();
            assertThat(resource).as("resource %s of %s", r.asText(), file).exists();
            assertThat(resource.startsWith(MANIFESTS)).isTrue();
            if (Files.isDirectory(resource)) {
                resolveKustomization(resource);
            } else {
                assertThat(listedFiles.add(resource)).as("%s listed twice", resource).isTrue();
                readAll(resource).forEach(doc -> manifests.add(new Manifest(resource, doc)));
            }
        }
    }

    /** Every document of a (possibly multi-document) YAML file. */
    private static List<JsonNode> readAll(Path file) {
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            List<JsonNode> all = new ArrayList<>();
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
                    all.add(doc);
                }
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(file + " is not valid YAML", e);
        }
    }

    private static List<Path> allFiles() throws IOException {
        try (Stream<Path> files = Files.walk(MANIFESTS)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !MANIFESTS.relativize(f).startsWith("target"))
                    .filter(f -> !MANIFESTS.relativize(f).startsWith("src")).toList();
        }
    }

    private static List<Manifest> of(String kind) {
        return manifests.stream().filter(m -> m.kind().equals(kind)).toList();
    }

    private static Manifest manifest(String kind, String name) {
        List<Manifest> found = of(kind).stream().filter(m -> m.name().equals(name)).toList();
        assertThat(found).as("%s %s", kind, name).hasSize(1);
        return found.get(0);
    }

    private static JsonNode deployment(Module service) {
        return manifest("Deployment", service.artifactId()).doc();
    }

    private static List<JsonNode> containers(Manifest deployment) {
        List<JsonNode> all = new ArrayList<>();
        deployment.doc().path("spec").path("template").path("spec").path("containers").forEach(all::add);
        return all;
    }

    private static JsonNode container(Module service) {
        return containers(manifest("Deployment", service.artifactId())).get(0);
    }

    private static Map<String, JsonNode> env(Module service) {
        Map<String, JsonNode> env = new LinkedHashMap<>();
        container(service).path("env").forEach(e -> {
            if (env.put(e.path("name").asText(), e) != null) {
                fail("%s is set twice in %s", e.path("name").asText(), service);
            }
        });
        return env;
    }

    private static Map<String, String> podLabels(Module service) {
        return selector(deployment(service).path("spec").path("template").path("metadata").path("labels"));
    }

    /** matchLabels of a selector, or a plain label map. */
    private static Map<String, String> selector(JsonNode node) {
        JsonNode labels = node.has("matchLabels") ? node.path("matchLabels") : node.has("selector") ? node.path("selector") : node;
        assertThat(node.has("matchExpressions")).as("matchExpressions are not checked").isFalse();
        Map<String, String> map = new LinkedHashMap<>();
        labels.fields().forEachRemaining(e -> {
            if (e.getValue().isValueNode()) {
                map.put(e.getKey(), e.getValue().asText());
            }
        });
        return map;
    }

    private static boolean selects(JsonNode selector, Map<String, String> labels) {
        Map<String, String> wanted = selector(selector);
        return !wanted.isEmpty() && labels.entrySet().containsAll(wanted.entrySet());
    }

    /** A probe's or Service's port, by number or by the container port's name. */
    private static int containerPort(JsonNode container, JsonNode port) {
        if (port.isInt()) {
            return port.asInt();
        }
        for (JsonNode p : container.path("ports")) {
            if (p.path("name").asText().equals(port.asText())) {
                return p.path("containerPort").asInt();
            }
        }
        throw new AssertionError("no container port named " + port);
    }

    private static List<String> textList(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }

    private static boolean looksSecret(String envName) {
        return SECRET_NAME.matcher(envName).matches() && !NOT_SECRET.contains(envName);
    }

    /** A PEM block, a JWT, a credential assignment or a long base64 string with the mixed alphabet of random bytes. */
    static boolean looksLikeKeyOrPassword(String value) {
        if (value.contains("-----BEGIN") || value.contains("eyJ") || value.matches("(?is).*(password|passwd|secret|jaas)\\s*[=:].*")) {
            return true;
        }
        Matcher m = Pattern.compile("[A-Za-z0-9+/_-]{24,}={0,2}").matcher(value);
        while (m.find()) {
            String t = m.group();
            if (t.matches(".*[0-9].*") && t.matches(".*[a-z].*") && t.matches(".*[A-Z].*")) {
                return true;
            }
        }
        return false;
    }

    /** SmallRye Config's environment-variable form of a property name. */
    private static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
    }

    /**
     * Property names the services read: every key of the services' and the platform's properties files (without its
     * profile), every {@code @ConfigProperty(name = …)} of the main sources, and the standard Quarkus datasource names.
     */
    private static Set<String> knownPropertyNames() throws IOException {
        Set<String> known = new TreeSet<>(QUARKUS_STANDARD);
        List<Path> files = new ArrayList<>();
        files.add(REPOSITORY.resolve("platform/src/main/resources/META-INF/microprofile-config.properties"));
        services.keySet().forEach(dir -> files.add(REPOSITORY.resolve(dir).resolve("src/main/resources/application.properties")));
        for (Path f : files) {
            load(f).stringPropertyNames().forEach(k -> known.add(k.replaceFirst("^%[a-z]+\\.", "")));
        }
        Pattern configProperty = Pattern.compile("@ConfigProperty\\(name\\s*=\\s*\"([^\"]+)\"");
        for (String dir : new ArrayList<>(List.of("platform")) {{ addAll(services.keySet()); }}) {
            try (Stream<Path> sources = Files.walk(REPOSITORY.resolve(dir).resolve("src/main/java"))) {
                for (Path s : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                    configProperty.matcher(Files.readString(s)).results().forEach(r -> known.add(r.group(1)));
                }
            }
        }
        return known;
    }

    private static Properties load(Path file) {
        Properties p = new Properties();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** Mi of a Kubernetes quantity ({@code 640Mi}, {@code 1Gi}) or a JVM size ({@code 192m}). */
    static long mebibytes(String quantity) {
        Matcher m = Pattern.compile("(\\d+)(Mi|Gi|m|M|g|G)").matcher(quantity.trim());
        assertThat(m.matches()).as("memory quantity %s", quantity).isTrue();
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "Gi", "g", "G" -> n * 1024;
            default -> n;
        };
    }

    private static String child(Element parent, String name) {
        return firstElement(parent, name).getTextContent().trim();
    }

    private static Element firstElement(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no <" + name + "> in " + parent.getTagName());
    }
}
