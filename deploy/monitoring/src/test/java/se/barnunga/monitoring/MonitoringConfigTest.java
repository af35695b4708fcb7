package se.barnunga.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The dashboard and the alert rules are sound and read only what the services expose: valid structure, every alert with
 * a severity, a summary, a description and a {@code for:} duration, the alerts the operations team needs present,
 * every metric an expression reads on the list in {@code exposed-metrics.txt} (which the deadline-service's
 * {@code OperationsMetricsTest} checks against its {@code /q/metrics}), and figures that every instance reports alike
 * aggregated with {@code max}. Where promtool is installed it also checks the PromQL syntax of the rules and of every
 * dashboard query, and runs the rules' unit tests ({@code prometheus-rules.test.yaml}).
 */
class MonitoringConfigTest {

    private static final Path DIR = Path.of(".");
    private static final Path DASHBOARD = DIR.resolve("grafana-dashboard.json");
    private static final Path RULES = DIR.resolve("prometheus-rules.yaml");
    private static final Path RULE_TESTS = DIR.resolve("prometheus-rules.test.yaml");
    private static final Path EXPOSED = DIR.resolve("exposed-metrics.txt");
    private static final Set<String> SERVICES = Set.of("assignment-service", "followup-service", "concern-service", "deadline-service");
    /** Read from the database the instances share: every instance reports the same figure, so max, never sum. */
    private static final Set<String> SHARED = Set.of("barnunga_watches_open", "barnunga_watches_overdue",
            "barnunga_ivo_requirements_open", "barnunga_publisher_lag", "barnunga_processor_lag", "barnunga_processor_parked");
    private static final Pattern DURATION = Pattern.compile("([0-9]+(ms|s|m|h|d|w|y))+");
    private static final Pattern LABEL_REF = Pattern.compile("\\$labels\\.([a-zA-Z_][a-zA-Z0-9_]*)");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void the_list_of_exposed_metrics_names_each_metric_once_with_who_exposes_it() throws IOException {
        Map<String, List<String>> exposed = exposed();
        assertThat(exposed).containsKeys("barnunga_watches_open", "barnunga_watches_overdue", "barnunga_ivo_requirements_open",
                "barnunga_publisher_lag", "barnunga_processor_lag", "barnunga_processor_parked", "up");
        exposed.forEach((name, by) -> {
            assertThat(name).as("a Prometheus metric name").matches("[a-zA-Z_:][a-zA-Z0-9_:]*");
            assertThat(by).as(name).isNotEmpty().allSatisfy(s -> assertThat(s).isIn(with(SERVICES, "every-service", "prometheus")));
        });
    }

    @Test
    void every_alert_has_an_expression_a_for_duration_a_severity_a_summary_and_a_description() throws IOException {
        JsonNode groups = YAML.readTree(RULES.toFile()).get("groups");
        assertThat(groups.isArray() && groups.size() > 0).as("groups").isTrue();
        Set<String> groupNames = new HashSet<>();
        Set<String> alerts = new HashSet<>();
        for (JsonNode group : groups) {
            assertThat(groupNames.add(group.path("name").asText())).as("unique group name %s", group.path("name")).isTrue();
            assertThat(group.path("rules").size()).as(group.path("name").asText()).isPositive();
            for (JsonNode rule : group.get("rules")) {
                String alert = rule.path("alert").asText();
                assertThat(alert).as("an alerting rule").matches("Barnunga[A-Z][A-Za-z]+");
                assertThat(alerts.add(alert)).as("unique alert %s", alert).isTrue();
                String expr = rule.path("expr").asText();
                assertThat(expr).as(alert).isNotBlank();
                assertThat(PromQl.balanced(expr)).as("%s: balanced", alert).isTrue();
                assertThat(rule.path("for").asText()).as("%s: for", alert).matches(DURATION);
                assertThat(rule.path("labels").path("severity").asText()).as("%s: severity", alert).isIn("critical", "warning", "info");
                String summary = rule.path("annotations").path("summary").asText();
                String description = rule.path("annotations").path("description").asText();
                assertThat(summary).as("%s: summary", alert).isNotBlank().doesNotContain("\n");
                assertThat(description).as("%s: description", alert).isNotBlank();
                // a label an annotation shows must be one an aggregating expression keeps (one it groups by)
                Matcher ref = LABEL_REF.matcher(summary + " " + description);
                while (ref.find() && Pattern.compile("\\bby\\s*\\(").matcher(expr).find()) {
                    assertThat(expr).as("%s shows $labels.%s", alert, ref.group(1)).containsPattern("\\b" + ref.group(1) + "\\b");
                }
            }
        }
    }

    @Test
    void the_alerts_operations_need_are_there() throws IOException {
        Map<String, String> rules = alertExpressions();
        assertThat(alertsReading(rules, "barnunga_publisher_lag")).as("publisher lag").hasSizeGreaterThanOrEqualTo(1);
        assertThat(alertsReading(rules, "barnunga_ivo_requirements_open")).as("overdue IVO watches").hasSize(1);
        assertThat(alertsReading(rules, "barnunga_processor_failing")).as("a processor failing").hasSize(1);
        assertThat(alertsReading(rules, "up")).as("an instance or a service down").hasSizeGreaterThanOrEqualTo(1);
        assertThat(rules.values()).as("DLQ not empty").anySatisfy(e -> assertThat(e)
                .contains("barnunga_processor_parked{kind=\"CONSUMER\"}").containsPattern("\\)\\s*>\\s*0$"));
        assertThat(rules.get("BarnungaIvoWatchesOverdue")).as("overdue IVO watches: any").endsWith("> 0");
        assertThat(rules.get("BarnungaServiceDown")).as("a service with no instance scraped at all")
                .contains(SERVICES.stream().map(s -> "absent(up{service=\"" + s + "\"})").toList());
    }

    @Test
    void the_dashboard_has_the_service_and_instance_variables_and_a_panel_for_each_business_metric() throws IOException {
        JsonNode dashboard = JSON.readTree(DASHBOARD.toFile());
        assertThat(dashboard.path("uid").asText()).isEqualTo("barnunga-drift");
        assertThat(dashboard.path("title").asText()).isNotBlank();
        assertThat(dashboard.path("schemaVersion").asInt()).isGreaterThanOrEqualTo(36);
        Map<String, JsonNode> variables = new LinkedHashMap<>();
        dashboard.path("templating").path("list").forEach(v -> variables.put(v.path("name").asText(), v));
        assertThat(variables).containsKeys("datasource", "service", "instance");
        assertThat(variables.get("datasource").path("query").asText()).isEqualTo("prometheus");
        for (String name : List.of("service", "instance")) {
            JsonNode v = variables.get(name);
            assertThat(v.path("type").asText()).isEqualTo("query");
            assertThat(v.path("query").path("query").asText()).as(name).matches("label_values\\(.+, " + name + "\\)");
            assertThat(v.path("includeAll").asBoolean() && v.path("multi").asBoolean()).as(name).isTrue();
        }

        Set<Integer> ids = new HashSet<>();
        List<int[]> areas = new ArrayList<>();
        Map<String, String> exprByPanel = new LinkedHashMap<>();
        for (JsonNode panel : dashboard.path("panels")) {
            String title = panel.path("title").asText();
            assertThat(title).isNotBlank();
            assertThat(ids.add(panel.path("id").asInt())).as("unique id of %s", title).isTrue();
            JsonNode pos = panel.path("gridPos");
            int[] area = {pos.path("x").asInt(), pos.path("y").asInt(), pos.path("w").asInt(), pos.path("h").asInt()};
            assertThat(area[2]).as(title).isPositive();
            assertThat(area[3]).as(title).isPositive();
            assertThat(area[0] + area[2]).as("%s within 24 columns", title).isLessThanOrEqualTo(24);
            for (int[] other : areas) {
                boolean overlaps = area[0] < other[0] + other[2] && other[0] < area[0] + area[2]
                        && area[1] < other[1] + other[3] && other[1] < area[1] + area[3];
                assertThat(overlaps).as("%s overlaps another panel", title).isFalse();
            }
            areas.add(area);
            if (panel.path("type").asText().equals("row")) {
                continue;
            }
            assertThat(panel.path("datasource").path("uid").asText()).as(title).isEqualTo("${datasource}");
            assertThat(panel.path("targets").size()).as(title).isPositive();
            Set<String> refIds = new HashSet<>();
            for (JsonNode target : panel.path("targets")) {
                String expr = target.path("expr").asText();
                assertThat(refIds.add(target.path("refId").asText())).as(title).isTrue();
                assertThat(PromQl.balanced(expr)).as("%s: balanced", title).isTrue();
                assertThat(expr).as("%s follows the instance variable", title).contains("instance=~\"$instance\"");
                assertThat(expr).as("%s follows the service variable, or is the deadline-service's", title)
                        .containsAnyOf("service=~\"$service\"", "service=\"deadline-service\"");
                exprByPanel.merge(title, expr, (a, b) -> a + "\n" + b);
            }
        }
        for (String metric : List.of("barnunga_watches_open", "barnunga_watches_overdue", "barnunga_ivo_requirements_open",
                "barnunga_publisher_lag", "barnunga_processor_failing", "up")) {
            assertThat(exprByPanel.values()).as("a panel of %s", metric).anySatisfy(e -> assertThat(PromQl.metrics(e)).contains(metric));
        }
        assertThat(exprByPanel.values()).as("projection lag").anySatisfy(e -> assertThat(e)
                .contains("barnunga_processor_lag{").contains("kind=\"PROCESSOR\"").contains("group!=\"contract-publisher\""));
        assertThat(exprByPanel.values()).as("DLQ depth").anySatisfy(e -> assertThat(e)
                .contains("barnunga_processor_parked{").contains("kind=\"CONSUMER\""));
    }

    @Test
    void every_metric_an_expression_reads_is_on_the_list_the_services_are_tested_against_and_the_list_has_no_other()
            throws IOException {
        Map<String, List<String>> exposed = exposed();
        Set<String> read = new TreeSet<>();
        for (String expr : allExpressions()) {
            Set<String> metrics = PromQl.metrics(expr);
            assertThat(metrics).as("metrics of %s", expr).isNotEmpty();
            assertThat(exposed.keySet()).as("exposed, read by %s", expr).containsAll(metrics);
            read.addAll(metrics);
        }
        assertThat(read).as("nothing on the list that no expression reads").containsExactlyInAnyOrderElementsOf(exposed.keySet());
    }

    @Test
    void figures_every_instance_reports_alike_are_aggregated_with_max_never_summed() throws IOException {
        List<String> figures = new ArrayList<>(alertExpressions().values());
        figures.addAll(dashboardExpressions(false));
        for (String expr : figures) {
            for (String metric : SHARED) {
                assertThat(PromQl.enclosing(expr, metric)).as("%s in %s", metric, expr).allSatisfy(f -> assertThat(f).isEqualTo("max"));
            }
        }
        // the helper itself sees a sum where there is one
        assertThat(PromQl.enclosing("sum by (service) (barnunga_publisher_lag{a=\"b\"})", "barnunga_publisher_lag")).containsExactly("sum");
        assertThat(PromQl.metrics("sum by (x) (rate(a_total{b=\"c d\"}[5m])) > 0 unless on (x) up")).containsExactly("a_total", "up");
    }

    @Test
    void promtool_accepts_the_rules_and_every_dashboard_query_and_the_rules_pass_their_unit_tests() throws Exception {
        assumeTrue(onPath("promtool"), "promtool is not installed (Debian: apt-get install prometheus)");
        assertThat(promtool("check", "rules", RULES.toString())).as("promtool check rules").isZero();
        assertThat(promtool("test", "rules", RULE_TESTS.toString())).as("promtool test rules").isZero();
        // the dashboard's queries as recording rules, Grafana's variables replaced by what they stand for
        StringBuilder recording = new StringBuilder("groups:\n  - name: dashboard\n    rules:\n");
        int i = 0;
        for (String expr : dashboardExpressions(true)) {
            String promql = expr.replace("$__rate_interval", "5m").replace("$service", ".*").replace("$instance", ".*");
            recording.append("      - record: dashboard:query").append(i++).append("\n        expr: ")
                    .append(JSON.writeValueAsString(promql)).append('\n');
        }
        Path file = Files.createTempFile("dashboard-queries", ".yaml");
        try {
            Files.writeString(file, recording, StandardCharsets.UTF_8);
            assertThat(promtool("check", "rules", file.toString())).as("promtool check of the dashboard's queries").isZero();
        } finally {
            Files.delete(file);
        }
    }

    private static Map<String, List<String>> exposed() throws IOException {
        Map<String, List<String>> exposed = new LinkedHashMap<>();
        for (String line : Files.readAllLines(EXPOSED, StandardCharsets.UTF_8)) {
            String[] parts = line.strip().split("\\s+");
            if (parts[0].isEmpty() || parts[0].startsWith("#")) {
                continue;
            }
            assertThat(exposed.put(parts[0], List.of(parts).subList(1, parts.length))).as("listed once: %s", parts[0]).isNull();
        }
        return exposed;
    }

    private static Map<String, String> alertExpressions() throws IOException {
        Map<String, String> rules = new LinkedHashMap<>();
        for (JsonNode group : YAML.readTree(RULES.toFile()).get("groups")) {
            for (JsonNode rule : group.get("rules")) {
                rules.put(rule.path("alert").asText(), rule.path("expr").asText().strip());
            }
        }
        return rules;
    }

    private static List<String> alertsReading(Map<String, String> rules, String metric) {
        return rules.entrySet().stream().filter(e -> PromQl.metrics(e.getValue()).contains(metric)).map(Map.Entry::getKey).toList();
    }

    /** The panels' queries, and with {@code variables} the metric selectors of the variables' label_values queries. */
    private static List<String> dashboardExpressions(boolean variables) throws IOException {
        JsonNode dashboard = JSON.readTree(DASHBOARD.toFile());
        List<String> exprs = new ArrayList<>();
        dashboard.path("panels").forEach(p -> p.path("targets").forEach(t -> exprs.add(t.path("expr").asText())));
        Pattern labelValues = Pattern.compile("label_values\\((.+),\\s*[a-zA-Z_][a-zA-Z0-9_]*\\)");
        for (JsonNode v : dashboard.path("templating").path("list")) {
            if (variables && v.path("type").asText().equals("query")) {
                Matcher m = labelValues.matcher(v.path("query").path("query").asText());
                assertThat(m.matches()).as("variable %s", v.path("name")).isTrue();
                exprs.add(m.group(1));
            }
        }
        return exprs;
    }

    private static List<String> allExpressions() throws IOException {
        List<String> all = new ArrayList<>(alertExpressions().values());
        all.addAll(dashboardExpressions(true));
        return all;
    }

    private static Set<String> with(Set<String> set, String... more) {
        Set<String> all = new HashSet<>(set);
        all.addAll(List.of(more));
        return all;
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && List.of(path.split(File.pathSeparator)).stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    private static int promtool(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("promtool"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(DIR.toFile()).redirectErrorStream(true).inheritIO().start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("promtool ended").isTrue();
        return p.exitValue();
    }
}
