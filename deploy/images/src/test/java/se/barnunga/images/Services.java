package se.barnunga.images;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The services that build an image: the modules of the root pom whose pom has a profile {@code images}, with their
 * artifactId, {@code quarkus.http.port}, image tarball and Kubernetes Deployment.
 */
final class Services {

    static final Path ROOT = Path.of(System.getProperty("barnunga.root", "../..")).toAbsolutePath().normalize();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, ImageTarball> IMAGES = new ConcurrentHashMap<>();
    private static List<Service> all;
    private static String version;

    record Service(String directory, String artifactId, int httpPort) {

        Path directoryPath() {
            return ROOT.resolve(directory);
        }

        Path tarball() {
            return directoryPath().resolve("target/jib-image.tar");
        }

        /** The image tarball, read once per test JVM. */
        ImageTarball image() {
            if (!Files.isRegularFile(tarball())) {
                throw new AssertionError(tarball() + " is missing: build the images first (mvn -B package -DskipTests -Pimages)");
            }
            return IMAGES.computeIfAbsent(directory, d -> ImageTarball.read(tarball()));
        }

        /** The one container of the service's Deployment under deploy/kubernetes/base. */
        JsonNode deploymentContainer() {
            try (Stream<Path> files = Files.walk(ROOT.resolve("deploy/kubernetes/base"))) {
                for (Path f : files.filter(p -> p.getFileName().toString().equals("deployment.yaml")).toList()) {
                    try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(f.toFile())) {
                        while (docs.hasNext()) {
                            JsonNode doc = docs.next();
                            if ("Deployment".equals(doc.path("kind").asText())
                                    && artifactId.equals(doc.path("metadata").path("name").asText())) {
                                return doc.path("spec").path("template").path("spec").path("containers").get(0);
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            throw new AssertionError("no Deployment " + artifactId + " under deploy/kubernetes/base");
        }

        /** The Deployment's literal environment values. */
        Map<String, String> deploymentEnvironment() {
            Map<String, String> env = new LinkedHashMap<>();
            deploymentContainer().path("env").forEach(e -> {
                if (e.has("value")) {
                    env.put(e.path("name").asText(), e.path("value").asText());
                }
            });
            return env;
        }

        @Override
        public String toString() {
            return directory;
        }
    }

    private Services() {
    }

    static synchronized List<Service> all() {
        if (all == null) {
            all = read();
        }
        return all;
    }

    static String version() {
        all();
        return version;
    }

    private static List<Service> read() {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            Element root = factory.newDocumentBuilder().parse(ROOT.resolve("pom.xml").toFile()).getDocumentElement();
            version = child(root, "version").getTextContent().trim();
            List<Service> services = new ArrayList<>();
            for (Node n = child(root, "modules").getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element module)) {
                    continue;
                }
                String dir = module.getTextContent().trim();
                Element pom = factory.newDocumentBuilder().parse(ROOT.resolve(dir).resolve("pom.xml").toFile())
                        .getDocumentElement();
                if (!hasImagesProfile(pom)) {
                    continue;
                }
                Properties p = new Properties();
                try (Reader r = Files.newBufferedReader(ROOT.resolve(dir).resolve("src/main/resources/application.properties"),
                        StandardCharsets.UTF_8)) {
                    p.load(r);
                }
                services.add(new Service(dir, child(pom, "artifactId").getTextContent().trim(),
                        Integer.parseInt(p.getProperty("quarkus.http.port"))));
            }
            return List.copyOf(services);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean hasImagesProfile(Element pom) {
        for (Node profiles = pom.getFirstChild(); profiles != null; profiles = profiles.getNextSibling()) {
            if (profiles instanceof Element e && e.getTagName().equals("profiles")) {
                for (Node p = e.getFirstChild(); p != null; p = p.getNextSibling()) {
                    if (p instanceof Element profile && "images".equals(child(profile, "id").getTextContent().trim())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">");
    }
}
