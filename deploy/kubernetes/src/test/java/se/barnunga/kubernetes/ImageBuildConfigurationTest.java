package se.barnunga.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static se.barnunga.kubernetes.Manifests.REPOSITORY;
import static se.barnunga.kubernetes.Manifests.YAML;
import static se.barnunga.kubernetes.Manifests.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

/**
 * Checks, in every build and without building an image, that the image build's configuration (the Jib plugin of the
 * root pom's pluginManagement and each service's profile {@code images}) produces what the Deployments under
 * {@code deploy/kubernetes/base} expect: the image name, the user of the securityContext, the container port, the
 * JVM flags of {@code JAVA_TOOL_OPTIONS}; and that images stay off by default. The built images themselves are checked
 * by {@code deploy/images}' ContainerImageTest (with {@code -Pimages}).
 */
class ImageBuildConfigurationTest {

    private static final String JIB = "jib-maven-plugin";

    private static Element root;
    private static Element jib;
    private static final Map<String, String> rootProperties = new LinkedHashMap<>();
    private static final List<Service> services = new ArrayList<>();

    /** A module whose pom has the profile {@code images}. */
    record Service(String directory, String artifactId, Element pom, Element profile, int httpPort) {
        @Override
        public String toString() {
            return directory;
        }
    }

    @BeforeAll
    static void read() throws Exception {
        if (root != null) {
            return;
        }
        root = parse(REPOSITORY.resolve("pom.xml"));
        for (Element p : children(child(root, "properties"))) {
            rootProperties.put(p.getTagName(), p.getTextContent().trim());
        }
        rootProperties.put("project.version", text(root, "version"));
        jib = children(child(child(child(root, "build"), "pluginManagement"), "plugins")).stream()
                .filter(p -> JIB.equals(text(p, "artifactId"))).findFirst().orElseThrow();
        for (Element module : children(child(root, "modules"))) {
            String dir = module.getTextContent().trim();
            Element pom = parse(REPOSITORY.resolve(dir).resolve("pom.xml"));
            Element profile = profile(pom, "images");
            if (profile != null) {
                Properties p = load(REPOSITORY.resolve(dir).resolve("src/main/resources/application.properties"));
                services.add(new Service(dir, text(pom, "artifactId"), pom, profile,
                        Integer.parseInt(p.getProperty("quarkus.http.port"))));
            }
        }
    }

    static Stream<Service> services() throws Exception {
        read();
        return services.stream();
    }

    @Test
    void theFourServicesBuildAnImageAndNothingBuildsOneByDefault() throws IOException {
        assertThat(services).extracting(Service::directory).containsExactlyInAnyOrder(
                "assignment-service", "followup-service", "concern-service", "deadline-service");
        // the plugin is only managed at the root and declared only inside the profiles: mvn verify builds no image
        assertThat(pluginsOf(child(root, "build"))).doesNotContain(JIB);
        for (Element module : children(child(root, "modules"))) {
            Element pom = parse(REPOSITORY.resolve(module.getTextContent().trim()).resolve("pom.xml"));
            Element build = optionalChild(pom, "build");
            assertThat(build == null ? List.<String>of() : pluginsOf(build)).as("plugins of %s", module.getTextContent()).doesNotContain(JIB);
        }
        Element rootProfile = profile(root, "images");
        assertThat(rootProfile).isNotNull();
        assertThat(children(child(rootProfile, "modules"))).extracting(Node::getTextContent).containsExactly("deploy/images");
        // buildTar: a tarball, no daemon and no registry needed; the push (jib:build) only when asked for
        List<Element> executions = children(child(jib, "executions"));
        assertThat(executions).extracting(e -> text(e, "id")).containsExactly("image-tarball", "image-push");
        assertThat(text(executions.get(0), "phase")).isEqualTo("package");
        assertThat(children(child(executions.get(0), "goals"))).extracting(Node::getTextContent).containsExactly("buildTar");
        assertThat(text(executions.get(1), "phase")).isEqualTo("${barnunga.image.push-phase}");
        assertThat(rootProperties.get("barnunga.image.push-phase")).isEqualTo("none");
        assertThat(children(child(executions.get(1), "goals"))).extracting(Node::getTextContent).containsExactly("build");
        assertThat(rootProperties.get("barnunga.image.registry")).as("no registry in front of the names by default").isEmpty();
    }

    @Test
    void theDefaultBaseIsAJava17RuntimeImageOfARegistryThatRunsAs185() {
        assertThat(text(child(jib, "configuration"), "from", "image")).isEqualTo("${barnunga.image.base}");
        assertThat(rootProperties.get("barnunga.image.base"))
                .startsWith("registry.access.redhat.com/ubi9/openjdk-17-runtime:").doesNotStartWith("tar://");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void theImageIsTheOneTheDeploymentNamesAndRunsAsItsUser(Service service) {
        JsonNode container = deploymentContainer(service);
        Element configuration = child(jib, "configuration");
        assertThat(resolve(text(configuration, "to", "image"), service)).isEqualTo(container.path("image").asText());
        assertThat(text(configuration, "container", "user")).isEqualTo(
                container.path("securityContext").path("runAsUser").asInt() + ":" + container.path("securityContext").path("runAsGroup").asInt());
        assertThat(text(configuration, "container", "workingDirectory")).isEqualTo("/deployments");
        assertThat(children(child(child(configuration, "container"), "entrypoint"))).extracting(Node::getTextContent)
                .endsWith("-jar", "/deployments/quarkus-run.jar");
        Element path = children(child(child(configuration, "extraDirectories"), "paths")).get(0);
        assertThat(text(path, "from")).isEqualTo("${project.build.directory}/quarkus-app");
        assertThat(text(path, "into")).isEqualTo("/deployments");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void theImageExposesTheServicesPortAndHasTheDeploymentsJvmFlags(Service service) {
        JsonNode container = deploymentContainer(service);
        Element configuration = child(jib, "configuration");
        String port = resolve(text(configuration, "container", "ports", "port"), service);
        assertThat(Integer.parseInt(port)).isEqualTo(service.httpPort())
                .isEqualTo(container.path("ports").get(0).path("containerPort").asInt());
        assertThat(pluginsOf(child(service.profile(), "build"))).containsExactly(JIB);

        Element environment = child(child(configuration, "container"), "environment");
        Map<String, String> deploymentEnv = new LinkedHashMap<>();
        container.path("env").forEach(e -> deploymentEnv.put(e.path("name").asText(), e.path("value").asText(null)));
        for (Element variable : children(environment)) {
            String value = resolve(variable.getTextContent().trim(), service);
            assertThat(normalizeSpace(value)).as("%s of the image and the Deployment of %s", variable.getTagName(), service)
                    .isEqualTo(normalizeSpace(deploymentEnv.get(variable.getTagName())));
        }
        assertThat(children(environment)).extracting(Element::getTagName).contains("JAVA_TOOL_OPTIONS", "MALLOC_ARENA_MAX");
    }

    // ------------------------------------------------------------------ reading

    /** Replaces ${…} by the service's profile properties, its artifactId, and the root's properties and version. */
    private static String resolve(String value, Service service) {
        Map<String, String> properties = new LinkedHashMap<>(rootProperties);
        properties.put("project.artifactId", service.artifactId());
        Element own = optionalChild(service.profile(), "properties");
        if (own != null) {
            children(own).forEach(p -> properties.put(p.getTagName(), p.getTextContent().trim()));
        }
        Matcher m = Pattern.compile("\\$\\{([^}]+)}").matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = properties.get(m.group(1));
            assertThat(v).as("property %s of %s", m.group(1), service).isNotNull();
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static JsonNode deploymentContainer(Service service) {
        Path file = REPOSITORY.resolve("deploy/kubernetes/base").resolve(service.artifactId()).resolve("deployment.yaml");
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                if ("Deployment".equals(doc.path("kind").asText())) {
                    return doc.path("spec").path("template").path("spec").path("containers").get(0);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("no Deployment in " + file);
    }

    private static List<String> pluginsOf(Element build) {
        Element plugins = optionalChild(build, "plugins");
        return plugins == null ? List.of() : children(plugins).stream().map(p -> text(p, "artifactId")).toList();
    }

    private static Element profile(Element pom, String id) {
        Element profiles = optionalChild(pom, "profiles");
        if (profiles == null) {
            return null;
        }
        return children(profiles).stream().filter(p -> id.equals(text(p, "id"))).findFirst().orElse(null);
    }

    private static Element parse(Path pom) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
        } catch (Exception e) {
            throw new IllegalStateException(pom + " is not readable XML", e);
        }
    }

    private static String text(Element parent, String... path) {
        Element e = parent;
        for (String name : path) {
            e = child(e, name);
        }
        return e.getTextContent().trim();
    }

    private static Element child(Element parent, String name) {
        Element e = optionalChild(parent, name);
        assertThat(e).as("<%s> in <%s>", name, parent.getTagName()).isNotNull();
        return e;
    }

    private static Element optionalChild(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent) {
        List<Element> list = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                list.add(e);
            }
        }
        return list;
    }

    private static String normalizeSpace(String s) {
        return s == null ? null : s.trim().replaceAll("\\s+", " ");
    }
}
