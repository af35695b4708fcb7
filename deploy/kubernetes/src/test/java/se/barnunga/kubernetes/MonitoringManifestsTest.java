package se.barnunga.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static se.barnunga.kubernetes.Manifests.MANIFESTS;
import static se.barnunga.kubernetes.Manifests.REPOSITORY;
import static se.barnunga.kubernetes.Manifests.YAML;
import static se.barnunga.kubernetes.Manifests.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * Prometheus can scrape every service: the pods' {@code prometheus.io/*} annotations name {@code /q/metrics} on the
 * container's http port, and the Kustomize component {@code deploy/monitoring/kubernetes} (for the Prometheus Operator)
 * has a PodMonitor that selects every service's pods on their named port {@code http}, keeps the services' own tag
 * {@code service} and gives {@code up} the same label, and a patch that lets the monitoring namespace through each
 * NetworkPolicy to that port – applied here to the base policies as kustomize would.
 */
class MonitoringManifestsTest {

    private static final Path COMPONENT = REPOSITORY.resolve("deploy/monitoring/kubernetes");
    private static final List<String> SERVICES = List.of("assignment-service", "followup-service", "concern-service", "deadline-service");

    private static final Map<String, JsonNode> deployments = new LinkedHashMap<>();
    private static final Map<String, JsonNode> networkPolicies = new LinkedHashMap<>();

    @BeforeAll
    static void read() throws IOException {
        for (String service : SERVICES) {
            deployments.put(service, YAML.readTree(MANIFESTS.resolve("base").resolve(service).resolve("deployment.yaml").toFile()));
            networkPolicies.put(service, YAML.readTree(MANIFESTS.resolve("base").resolve(service).resolve("networkpolicy.yaml").toFile()));
        }
    }

    @Test
    void every_pod_is_annotated_for_scraping_its_metrics_on_the_http_port() {
        deployments.forEach((service, deployment) -> {
            JsonNode annotations = deployment.path("spec").path("template").path("metadata").path("annotations");
            assertThat(annotations.path("prometheus.io/scrape").asText()).as(service).isEqualTo("true");
            assertThat(annotations.path("prometheus.io/path").asText()).as(service).isEqualTo("/q/metrics");
            assertThat(annotations.path("prometheus.io/port").asInt()).as(service).isEqualTo(httpPort(deployment));
        });
    }

    @Test
    void the_pods_name_label_is_the_services_application_name_the_metrics_are_tagged_with() throws IOException {
        for (String service : SERVICES) {
            Properties p = load(REPOSITORY.resolve(service).resolve("src/main/resources/application.properties"));
            assertThat(podLabels(deployments.get(service))).as(service)
                    .containsEntry("app.kubernetes.io/name", p.getProperty("quarkus.application.name"));
        }
    }

    @Test
    void the_pod_monitor_scrapes_every_services_pods_and_keeps_their_service_tag() throws IOException {
        JsonNode kustomization = YAML.readTree(COMPONENT.resolve("kustomization.yaml").toFile());
        assertThat(kustomization.path("kind").asText()).isEqualTo("Component");
        List<JsonNode> monitors = new ArrayList<>();
        for (JsonNode r : kustomization.path("resources")) {
            assertThat(COMPONENT.resolve(r.asText())).exists();
            JsonNode doc = YAML.readTree(COMPONENT.resolve(r.asText()).toFile());
            if (doc.path("kind").asText().equals("PodMonitor")) {
                monitors.add(doc);
            }
        }
        assertThat(monitors).hasSize(1);
        JsonNode spec = monitors.get(0).path("spec");
        assertThat(monitors.get(0).path("apiVersion").asText()).isEqualTo("monitoring.coreos.com/v1");
        deployments.forEach((service, d) -> assertThat(podLabels(d)).as(service).containsAllEntriesOf(matchLabels(spec.path("selector"))));
        assertThat(spec.path("podMetricsEndpoints")).hasSize(1);
        JsonNode endpoint = spec.path("podMetricsEndpoints").get(0);
        assertThat(endpoint.path("path").asText()).isEqualTo("/q/metrics");
        assertThat(endpoint.path("honorLabels").asBoolean()).as("the services' own service tag wins").isTrue();
        String port = endpoint.path("port").asText();
        deployments.forEach((service, d) -> assertThat(namedPort(d, port)).as("port %s of %s", port, service).isEqualTo(httpPort(d)));
        Map<String, String> relabel = new LinkedHashMap<>();
        endpoint.path("relabelings").forEach(r -> relabel.put(r.path("targetLabel").asText(), r.path("sourceLabels").get(0).asText()));
        assertThat(relabel).containsEntry("service", "__meta_kubernetes_pod_label_app_kubernetes_io_name")
                .containsEntry("instance", "__meta_kubernetes_pod_name");
    }

    @Test
    void the_component_lets_the_monitoring_namespace_through_every_network_policy_to_the_http_port_only() throws IOException {
        JsonNode kustomization = YAML.readTree(COMPONENT.resolve("kustomization.yaml").toFile());
        assertThat(kustomization.path("patches")).hasSize(1);
        JsonNode patch = kustomization.path("patches").get(0);
        assertThat(patch.path("target").path("kind").asText()).isEqualTo("NetworkPolicy");
        String[] selector = patch.path("target").path("labelSelector").asText().split("=");
        JsonNode operations = YAML.readTree(patch.path("patch").asText());
        networkPolicies.forEach((service, policy) -> {
            assertThat(policy.path("metadata").path("labels").path(selector[0]).asText()).as("%s is patched", service).isEqualTo(selector[1]);
            JsonNode patched = apply(policy, operations);
            JsonNode added = last(patched.path("spec").path("ingress"));
            assertThat(patched.path("spec").path("ingress").size()).isEqualTo(policy.path("spec").path("ingress").size() + 1);
            assertThat(added.path("from")).as("not open to everybody").hasSize(1);
            assertThat(matchLabels(added.path("from").get(0).path("namespaceSelector"))).containsExactly(Map.entry("barnunga.se/monitoring", "true"));
            assertThat(added.path("from").get(0).has("podSelector")).isFalse();
            assertThat(added.path("ports")).hasSize(1);
            assertThat(namedPort(deployments.get(service), added.path("ports").get(0).path("port").asText()))
                    .as("%s: the http port", service).isEqualTo(httpPort(deployments.get(service)));
        });
    }

    /** JSON patch, as far as the component uses it: {@code add} to the end of an array ({@code /a/b/-}). */
    private static JsonNode apply(JsonNode document, JsonNode operations) {
        JsonNode copy = document.deepCopy();
        for (JsonNode op : operations) {
            assertThat(op.path("op").asText()).isEqualTo("add");
            String[] path = op.path("path").asText().substring(1).split("/");
            assertThat(path[path.length - 1]).isEqualTo("-");
            JsonNode parent = copy;
            for (int i = 0; i < path.length - 1; i++) {
                parent = parent.path(path[i]);
            }
            assertThat(parent.isArray()).as(op.path("path").asText()).isTrue();
            ((ArrayNode) parent).add(op.path("value"));
        }
        return copy;
    }

    private static JsonNode last(JsonNode array) {
        return array.get(array.size() - 1);
    }

    private static Map<String, String> podLabels(JsonNode deployment) {
        return matchLabels(deployment.path("spec").path("template").path("metadata").path("labels"));
    }

    private static Map<String, String> matchLabels(JsonNode node) {
        JsonNode labels = node.has("matchLabels") ? node.path("matchLabels") : node;
        Map<String, String> map = new LinkedHashMap<>();
        labels.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        assertThat(map).as("labels of %s", node).isNotEmpty();
        return map;
    }

    private static JsonNode container(JsonNode deployment) {
        return deployment.path("spec").path("template").path("spec").path("containers").get(0);
    }

    private static int httpPort(JsonNode deployment) {
        return namedPort(deployment, "http");
    }

    /** The container port of that name, or -1. */
    private static int namedPort(JsonNode deployment, String name) {
        for (JsonNode p : container(deployment).path("ports")) {
            if (p.path("name").asText().equals(name)) {
                return p.path("containerPort").asInt();
            }
        }
        return -1;
    }
}
