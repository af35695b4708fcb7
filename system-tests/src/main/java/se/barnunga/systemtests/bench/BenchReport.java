package se.barnunga.systemtests.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.barnunga.systemtests.Api;

/**
 * The figures of one benchmark run: per scenario, rows of a figure beside its baseline measured in the same run, the
 * ratio of the two, and the target with met / not met. Written as Markdown ({@code docs/performance.md}) and
 * JSON ({@code docs/performance.json}).
 */
public final class BenchReport {

    /**
     * One figure. {@code baseline}/{@code baselineValue} name and give what it is compared with (null if nothing in
     * the run is comparable); {@code ratio} is value / baseline; {@code target} the target in words and
     * {@code met} whether this run meets it (null if the issue sets none for this figure).
     */
    public record Row(String figure, double value, String unit, String baseline, Double baselineValue, Double ratio,
                      String target, Boolean met) {
    }

    /** One scenario (B1, B2, …): its rows and the notes that say how it was measured. */
    public static final class Scenario {
        public final String id;
        public final String title;
        public final List<Row> rows = new ArrayList<>();
        public final List<String> notes = new ArrayList<>();

        Scenario(String id, String title) {
            this.id = id;
            this.title = title;
        }

        public synchronized Scenario row(Row row) {
            rows.add(row);
            System.out.println("[bench] " + id + "  " + render(row));
            return this;
        }

        public synchronized Scenario note(String note) {
            notes.add(note);
            return this;
        }
    }

    private final String mode;
    private final String started;
    private final Map<String, Object> machine = new LinkedHashMap<>();
    private final Map<String, Scenario> scenarios = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    public BenchReport(String mode, String started) {
        this.mode = mode;
        this.started = started;
    }

    public synchronized void machine(String key, Object value) {
        machine.put(key, value);
    }

    public synchronized void note(String note) {
        notes.add(note);
    }

    public synchronized Scenario scenario(String id, String title) {
        return scenarios.computeIfAbsent(id, i -> new Scenario(id, title));
    }

    public synchronized Map<String, Scenario> scenarios() {
        return Map.copyOf(scenarios);
    }

    // ------------------------------------------------------------------------------------------------- rendering

    public synchronized ObjectNode toJson() {
        ObjectNode root = Api.JSON.createObjectNode();
        root.put("mode", mode);
        root.put("started", started);
        ObjectNode m = root.putObject("machine");
        machine.forEach((k, v) -> m.put(k, String.valueOf(v)));
        ArrayNode n = root.putArray("notes");
        notes.forEach(n::add);
        ObjectNode all = root.putObject("scenarios");
        for (Scenario s : scenarios.values()) {
            ObjectNode sn = all.putObject(s.id);
            sn.put("title", s.title);
            ArrayNode rows = sn.putArray("rows");
            for (Row r : s.rows) {
                ObjectNode rn = rows.addObject();
                rn.put("figure", r.figure());
                rn.put("value", r.value());
                rn.put("unit", r.unit());
                rn.put("baseline", r.baseline());
                if (r.baselineValue() != null) {
                    rn.put("baselineValue", r.baselineValue());
                } else {
                    rn.putNull("baselineValue");
                }
                if (r.ratio() != null) {
                    rn.put("ratio", r.ratio());
                } else {
                    rn.putNull("ratio");
                }
                rn.put("target", r.target());
                if (r.met() != null) {
                    rn.put("met", r.met());
                } else {
                    rn.putNull("met");
                }
            }
            ArrayNode sNotes = sn.putArray("notes");
            s.notes.forEach(sNotes::add);
        }
        return root;
    }

    public synchronized String toMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Performance\n\n");
        md.append("Written by the benchmark command (README, \"Benchmarks\"); do not edit by hand – run it again. Why a target "
                + "is not met – where the time goes, as measured – and the next step for each: `performance-analysis.md`, "
                + "beside this file, written by hand from the runs.\n\n");
        md.append("- Run: ").append(started).append(" (mode `").append(mode).append("`)\n");
        machine.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        md.append('\n');
        for (String note : notes) {
            md.append(note).append("\n\n");
        }
        for (Scenario s : scenarios.values()) {
            md.append("## ").append(s.id).append(" – ").append(s.title).append("\n\n");
            md.append("| figure | value | baseline (same run) | ratio | target | met |\n|---|---|---|---|---|---|\n");
            for (Row r : s.rows) {
                md.append("| ").append(r.figure()).append(" | ").append(number(r.value())).append(' ').append(r.unit())
                        .append(" | ").append(r.baseline() == null ? "–" : r.baseline()
                                + (r.baselineValue() == null ? "" : ": " + number(r.baselineValue()) + " " + r.unit()))
                        .append(" | ").append(r.ratio() == null ? "–" : ratio(r.ratio()))
                        .append(" | ").append(r.target() == null ? "–" : r.target())
                        .append(" | ").append(r.met() == null ? "–" : r.met() ? "met" : "**not met**").append(" |\n");
            }
            md.append('\n');
            for (String note : s.notes) {
                md.append("- ").append(note).append('\n');
            }
            md.append('\n');
        }
        return md.toString();
    }

    /** Writes {@code performance.md} and {@code performance.json} into {@code directory}; returns the Markdown file. */
    public Path write(Path directory) {
        try {
            Files.createDirectories(directory);
            Path md = directory.resolve("performance.md");
            Files.writeString(md, toMarkdown(), StandardCharsets.UTF_8);
            Files.writeString(directory.resolve("performance.json"),
                    Api.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toJson()) + "\n",
                    StandardCharsets.UTF_8);
            return md;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String render(Row r) {
        return r.figure() + ": " + number(r.value()) + " " + r.unit()
                + (r.baselineValue() == null ? "" : " | " + r.baseline() + ": " + number(r.baselineValue()))
                + (r.ratio() == null ? "" : " | ratio " + ratio(r.ratio()))
                + (r.target() == null ? "" : " | target " + r.target() + ": " + (Boolean.TRUE.equals(r.met()) ? "met" : "NOT met"));
    }

    static String number(double v) {
        if (Math.abs(v) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 10 ? "%.1f" : "%.2f", v);
    }

    static String ratio(double r) {
        return r < 1 ? String.format(Locale.ROOT, "%.1f %%", r * 100) : String.format(Locale.ROOT, "%.2f×", r);
    }

    static Double ratioOf(double value, double baseline) {
        return baseline > 0 ? value / baseline : null;
    }
}
