package se.barnunga.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one run of the harness did and found: requests sent by service, attack and status; faults survived or not;
 * figures; and findings – each finding fails the run. Thread-safe; written to {@code system-tests/target/} and printed.
 */
public final class RunSummary {

    private final Instant started = Instant.now();
    private final String mode;
    /** service → attack → status → count */
    private final Map<String, Map<String, Map<Integer, Integer>>> requests = new TreeMap<>();
    private final List<String> faults = new ArrayList<>();
    private final Map<String, String> figures = new TreeMap<>();
    private final List<String> findings = new ArrayList<>();
    private final java.util.Set<String> personalData = new java.util.LinkedHashSet<>();

    public RunSummary(String mode) {
        this.mode = mode;
    }

    /** One request sent by an attack and the status it got. */
    public synchronized void request(String service, String attack, int status) {
        requests.computeIfAbsent(service, s -> new TreeMap<>())
                .computeIfAbsent(attack, a -> new TreeMap<>())
                .merge(status, 1, Integer::sum);
    }

    /** Something the system must never do, with enough detail to reproduce it (never personal data). */
    public synchronized void finding(String category, String detail) {
        findings.add(category + ": " + detail);
    }

    public synchronized void fault(String name, boolean survived, String details) {
        faults.add((survived ? "SURVIVED " : "FAILED   ") + name + " – " + details);
        if (!survived) {
            findings.add("fault " + name + ": " + details);
        }
    }

    /** One step of a run (a fault, a check), which may throw. */
    @FunctionalInterface
    public interface Step {
        void run() throws Exception;
    }

    /**
     * Runs a step of a run; one that throws is a failed step (a finding), not the end of the run: the other steps and
     * the final checks still run.
     */
    public void step(String name, Step step) {
        try {
            step.run();
        } catch (Exception | AssertionError e) {
            fault(name, false, "the harness failed: " + e);
            e.printStackTrace(System.out);
        }
    }

    public synchronized void figure(String name, Object value) {
        figures.put(name, String.valueOf(value));
    }

    /**
     * A name, personnummer or free text that the run sent to the system: the privacy check looks for each of them on
     * every topic afterwards (none may appear there).
     */
    public synchronized void usedPersonalData(String value) {
        if (value != null && value.length() >= 4) {
            personalData.add(value);
        }
    }

    public synchronized java.util.Set<String> personalDataUsed() {
        return java.util.Set.copyOf(personalData);
    }

    public synchronized List<String> findings() {
        return List.copyOf(findings);
    }

    public synchronized int requestCount() {
        return requests.values().stream().flatMap(m -> m.values().stream()).flatMap(m -> m.values().stream())
                .mapToInt(Integer::intValue).sum();
    }

    public synchronized int requestCount(int status) {
        return requests.values().stream().flatMap(m -> m.values().stream())
                .mapToInt(m -> m.getOrDefault(status, 0)).sum();
    }

    /** Status → count of the requests of one attack, over all services. */
    public synchronized Map<Integer, Integer> requestsOf(String attack) {
        Map<Integer, Integer> counts = new TreeMap<>();
        requests.values().forEach(attacks -> attacks.getOrDefault(attack, Map.of())
                .forEach((status, n) -> counts.merge(status, n, Integer::sum)));
        return counts;
    }

    public synchronized String render() {
        StringBuilder out = new StringBuilder();
        out.append("# System-test run (").append(mode).append(")\n\n");
        out.append("started ").append(started).append(", took ").append(Duration.between(started, Instant.now()).toSeconds()).append(" s\n\n");
        out.append("## Requests by service, attack and status (").append(requestCount()).append(" in all)\n\n");
        requests.forEach((service, attacks) -> attacks.forEach((attack, statuses) ->
                out.append("- ").append(service).append(" / ").append(attack).append(": ").append(statuses).append('\n')));
        out.append("\n## Faults\n\n");
        faults.forEach(f -> out.append("- ").append(f).append('\n'));
        out.append("\n## Figures\n\n");
        figures.forEach((k, v) -> out.append("- ").append(k).append(": ").append(v).append('\n'));
        out.append("\n## Findings (each fails the run): ").append(findings.size()).append("\n\n");
        findings.forEach(f -> out.append("- ").append(f).append('\n'));
        return out.toString();
    }

    /** Writes {@code summary-<mode>.md} into the directory, prints the summary and where it was written. */
    public void writeAndPrint(Path directory) {
        Path file = write(directory);
        System.out.println(render());
        System.out.println("Summary written to " + file.toAbsolutePath());
    }

    /** Writes {@code summary-<mode>.md} into the directory and returns its path. */
    public Path write(Path directory) {
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve("summary-" + mode + ".md");
            Files.writeString(file, render(), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
