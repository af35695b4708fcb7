package se.barnunga.systemtests.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import se.barnunga.systemtests.Api;
import se.barnunga.systemtests.SystemTestPaths;

/**
 * Every benchmark scenario in its tiny form ({@link BenchSize#TINY}) against the real processes, so the benchmarks
 * cannot rot: the report is written with every scenario, and every figure was measured. No timing is asserted.
 */
class BenchSmokeTest {

    @Test
    void every_scenario_runs_and_measures_each_figure() throws Exception {
        Path root = SystemTestPaths.root();
        Path target = SystemTestPaths.target();
        Path reportDirectory = target.resolve("bench-smoke");
        new Bench(root, target.resolve("bench-state"), BenchSize.TINY).run(reportDirectory);

        JsonNode json = Api.JSON.readTree(reportDirectory.resolve("performance.json").toFile());
        String markdown = Files.readString(reportDirectory.resolve("performance.md"));
        assertThat(json.path("mode").asText()).isEqualTo("tiny");
        assertThat(json.path("machine").path("cores").asInt()).isPositive();
        assertThat(json.path("machine").path("Java").asText()).isNotBlank();
        for (String id : new String[] {"B1", "B2", "B3", "B4", "B5", "B6", "B7"}) {
            JsonNode rows = json.path("scenarios").path(id).path("rows");
            assertThat(rows.size()).as(id + " rows").isPositive();
            assertThat(markdown).contains("## " + id + " – ");
            for (JsonNode row : rows) {
                String figure = id + ": " + row.path("figure").asText();
                assertThat(row.path("value").isNumber()).as(figure).isTrue();
                if (!figure.contains("above idle")) { // CPU above idle may be ±0 in a few seconds of tiny load
                    assertThat(row.path("value").asDouble()).as(figure).isPositive();
                }
                if (!row.path("ratio").isNull()) {
                    assertThat(row.path("baselineValue").asDouble()).as(id + " baseline of " + row.path("figure").asText())
                            .isPositive();
                }
                if (!row.path("target").isNull()) {
                    assertThat(row.path("met").isBoolean()).as(id + " met of " + row.path("figure").asText()).isTrue();
                }
            }
        }
        // B1 compares at each concurrency against both baselines; B2 saw every watch; B6 timed the whole start and one alone
        assertThat(json.path("scenarios").path("B1").path("rows").toString())
                .contains("c=1 rate", "c=4 rate", "c=16 rate", CommandThroughput.NO_DB, CommandThroughput.JDBC);
        for (JsonNode row : json.path("scenarios").path("B1").path("rows")) {
            if (row.path("figure").asText().contains("operations")) {
                assertThat(row.path("figure").asText()).as("B1 failed operations").contains("failed 0");
            }
        }
        int watchCounts = 0;
        for (JsonNode row : json.path("scenarios").path("B2").path("rows")) {
            String figure = row.path("figure").asText();
            int value = (int) row.path("value").asDouble();
            if (figure.contains("watches seen over REST")) { // every polled concern's watch became visible
                assertThat(figure).as("B2").contains("(of " + value + " polled;");
                watchCounts++;
            }
            if (figure.contains("watches on barnunga.bevakning.v1")) { // every acknowledged concern's watch was published
                assertThat(figure).as("B2").contains("(of " + value + " acknowledged)");
                watchCounts++;
            }
        }
        assertThat(watchCounts).as("B2: REST and topic counts of the steady series and the burst").isEqualTo(4);
        assertThat(json.path("scenarios").path("B2").path("rows").toString()).as("B2: the first hop measured apart")
                .contains("steady 20/s: p50 command 201 → the concern's event sent to " + WatchLatency.ORO_TOPIC);
        // B3: every public event of the backlog reached the topic, compared with the producer's rate for the same records
        JsonNode b3Rate = json.path("scenarios").path("B3").path("rows").get(0);
        assertThat(b3Rate.path("figure").asText()).as("B3").startsWith("publisher rate, public events on " + PublisherRate.TOPIC);
        java.util.regex.Matcher counts = java.util.regex.Pattern.compile("\\((\\d+) of (\\d+) expected")
                .matcher(b3Rate.path("figure").asText());
        assertThat(counts.find()).as("B3 counts in " + b3Rate.path("figure").asText()).isTrue();
        assertThat(counts.group(1)).as("B3: the whole backlog on the topic").isEqualTo(counts.group(2));
        assertThat(b3Rate.path("baselineValue").asDouble()).as("B3 producer rate").isPositive();
        assertThat(b3Rate.path("met").isBoolean()).as("B3 met").isTrue();
        assertThat(json.path("scenarios").path("B3").path("rows").toString()).contains("stored events worked off",
                "service launched → ready", "backlog written by SQL");
        assertThat(json.path("scenarios").path("B6").path("rows").toString()).contains("whole system", "alone", ": time to ready",
                ": idle RSS");
        // B5: every due watch alerted exactly once on the topic, and the report answered and listed every decision
        int b5Rows = 0;
        for (JsonNode row : json.path("scenarios").path("B5").path("rows")) {
            String figure = row.path("figure").asText();
            if (figure.startsWith("alerts (BevakningPasserad")) {
                int due = BenchSize.TINY.b5Decisions();
                assertThat((int) row.path("value").asDouble()).as("B5 alerts").isEqualTo(due);
                assertThat(figure).as("B5").contains("(of " + due + " due; distinct CloudEvent ids " + due + ", distinct watches "
                        + due + ", most per watch 1)");
                assertThat(row.path("met").asBoolean()).as("B5 each once").isTrue();
                b5Rows++;
            }
            if (figure.startsWith("IVO report ")) {
                assertThat(figure).as("B5 report").contains("response time").contains(BenchSize.TINY.b5Decisions() + " decisions made");
                int entries = Integer.parseInt(figure.replaceAll(".*, (\\d+) entries.*", "$1"));
                assertThat(entries).as("B5 report lists every decision").isGreaterThanOrEqualTo(BenchSize.TINY.b5Decisions());
                b5Rows++;
            }
            if (figure.contains("ready → last alert") || figure.startsWith("alert rate")) {
                b5Rows++;
            }
        }
        assertThat(b5Rows).as("B5: all out, rate, exactly once, report").isEqualTo(4);
        assertThat(json.path("scenarios").path("B7").path("rows").toString()).contains("PostgreSQL", "broker",
                "whole system: CPU per decision");
        // B4 rebuilt the projection from the copied events into every expected row, measured its rate against the plain
        // read and the GETs meanwhile, and every GET during the rebuild was answered
        assertThat(json.path("scenarios").path("B4").path("rows").toString()).contains(Rebuild.RATE, Rebuild.READ,
                "during the rebuild", "rows in uppdrag_vy after the rebuild", Rebuild.CPU);
        for (JsonNode row : json.path("scenarios").path("B4").path("rows")) {
            String figure = row.path("figure").asText();
            if (figure.startsWith(Rebuild.CPU)) {
                assertThat(row.path("value").asDouble()).as("B4: " + figure + " measured").isPositive();
            }
            if (figure.startsWith("rows in uppdrag_vy") || figure.contains("answered 200 during the rebuild")) {
                assertThat(row.path("met").asBoolean()).as("B4: " + figure + " = " + row.path("value").asDouble()
                        + " (baseline " + row.path("baselineValue").asText() + ")").isTrue();
            }
        }
    }
}
