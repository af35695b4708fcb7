package se.barnunga.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The Kubernetes manifests under {@code deploy/kubernetes} as the tests of this module read them, and the reactor's
 * Quarkus services they deploy: {@link #read()} resolves the kustomizations and reads the root pom's modules once per
 * test JVM; the lookups ({@link #of}, {@link #manifest}, {@link #container}, …) serve {@link KubernetesManifestsTest}
 * (the whole set) and {@link ServiceManifestsTest} (per service).
 *
 * <p>There is no {@code kustomize} or {@code kubectl} binary on the build machines (and no cluster): the tests resolve
 * the kustomizations themselves – {@link #read()} reads the files and directories each {@code kustomization.yaml} lists
 * under {@code resources}, recursively – and therefore allow no other kustomize feature (patches, generators, name
 * prefixes, common labels) that they would have to emulate. The manifests are checked here, never applied to a cluster.
 */
final class Manifests {

    /** The module directory: surefire runs the tests in it. */
    static final Path MANIFESTS = Path.of("").toAbsolutePath();
    static final Path REPOSITORY = MANIFESTS.resolve("../..").normalize();
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

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
    static final Set<String> KAFKA_CONNECTION = Set.of(
            "KAFKA_SECURITY_PROTOCOL", "KAFKA_SASL_MECHANISM", "KAFKA_SASL_JAAS_CONFIG");
    /** Standard Quarkus properties a deployment sets that no properties file of ours names. */
    private static final Set<String> QUARKUS_STANDARD = Set.of(
            "quarkus.datasource.jdbc.url", "quarkus.datasource.username", "quarkus.datasource.password",
            "quarkus.otel.exporter.otlp.traces.endpoint", "quarkus.otel.exporter.otlp.traces.protocol");

    static final List<Manifest> manifests = new ArrayList<>();
    static final Set<Path> listedFiles = new LinkedHashSet<>();
    static final Set<Path> kustomizations = new LinkedHashSet<>();
    static String version;
    static final Map<String, Module> services = new LinkedHashMap<>();
    private static boolean complete;

    private Manifests() {
    }

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

    /**
     * Resolves the kustomizations and reads the reactor's Quarkus services, once: the test classes of this module share
     * what it reads. A read that failed is repeated from the start by the next test class, and fails the same way.
     */
    static synchronized void read() throws Exception {
        if (complete) {
            return;
        }
        manifests.clear();
        listedFiles.clear();
        kustomizations.clear();
        version = null;
        services.clear();
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
        complete = true;
    }

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

    static List<Path> allFiles() throws IOException {
        try (Stream<Path> files = Files.walk(MANIFESTS)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !MANIFESTS.relativize(f).startsWith("target"))
                    .filter(f -> !MANIFESTS.relativize(f).startsWith("src")).toList();
        }
    }

    static List<Manifest> of(String kind) {
        return manifests.stream().filter(m -> m.kind().equals(kind)).toList();
    }

    static Manifest manifest(String kind, String name) {
        List<Manifest> found = of(kind).stream().filter(m -> m.name().equals(name)).toList();
        assertThat(found).as("%s %s", kind, name).hasSize(1);
        return found.get(0);
    }

    static JsonNode deployment(Module service) {
        return manifest("Deployment", service.artifactId()).doc();
    }

    static List<JsonNode> containers(Manifest deployment) {
        List<JsonNode> all = new ArrayList<>();
        deployment.doc().path("spec").path("template").path("spec").path("containers").forEach(all::add);
        return all;
    }

    static JsonNode container(Module service) {
        return containers(manifest("Deployment", service.artifactId())).get(0);
    }

    static Map<String, JsonNode> env(Module service) {
        Map<String, JsonNode> env = new LinkedHashMap<>();
        container(service).path("env").forEach(e -> {
            if (env.put(e.path("name").asText(), e) != null) {
                fail("%s is set twice in %s", e.path("name").asText(), service);
            }
        });
        return env;
    }

    static Map<String, String> podLabels(Module service) {
        return selector(deployment(service).path("spec").path("template").path("metadata").path("labels"));
    }

    /** matchLabels of a selector, or a plain label map. */
    static Map<String, String> selector(JsonNode node) {
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

    static boolean selects(JsonNode selector, Map<String, String> labels) {
        Map<String, String> wanted = selector(selector);
        return !wanted.isEmpty() && labels.entrySet().containsAll(wanted.entrySet());
    }

    /** A probe's or Service's port, by number or by the container port's name. */
    static int containerPort(JsonNode container, JsonNode port) {
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

    static List<String> textList(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }

    static boolean looksSecret(String envName) {
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
    static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
    }

    /**
     * Property names the services read: every key of the services' and the platform's properties files (without its
     * profile), every {@code @ConfigProperty(name = …)} of the main sources, and the standard Quarkus datasource names.
     */
    static Set<String> knownPropertyNames() throws IOException {
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

    static Properties load(Path file) {
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
