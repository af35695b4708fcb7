package se.barnunga.systemtests;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import se.barnunga.systemtests.attacks.AccessControl;
import se.barnunga.systemtests.attacks.HostileInput;

/**
 * One run of the harness: starts the real system as separate processes, runs the attacks and faults of the mode, checks
 * that every processor is at the head and that nothing personal reached Kafka, and writes the summary.
 *
 * <ul>
 *   <li>{@code short} (every {@code mvn verify}): 1,500 hostile requests, the access-control matrix, fault (a), the
 *   poison events (e), processors at head, privacy.</li>
 *   <li>{@code full}: 10,000 hostile requests, the access-control matrix, faults (a)–(e) with longer loads, processors
 *   at head, privacy.</li>
 * </ul>
 */
public final class SystemTestRun {

    private final Path repositoryRoot;
    private final Path targetDirectory;
    private final RunMode mode;

    public SystemTestRun(Path repositoryRoot, Path targetDirectory, RunMode mode) {
        this.repositoryRoot = repositoryRoot;
        this.targetDirectory = targetDirectory;
        this.mode = mode;
    }

    /** Runs everything and returns the summary (already written to {@code target/summary-<mode>.md} and printed). */
    public RunSummary run() throws Exception {
        RunSummary summary = new RunSummary(mode.name().toLowerCase());
        boolean full = mode == RunMode.FULL;
        Instant start = Instant.now();
        try (ProcessSystem sut = ProcessSystem.start(repositoryRoot, targetDirectory.resolve("system-state"))) {
            summary.figure("system started in", Duration.between(start, Instant.now()).toSeconds() + " s");
            Personuppgifter personuppgifter = new Personuppgifter(summary, 15L);

            // ---- attacks: hostile input generated from the OpenAPI documents, then the access-control matrix (the
            //      whole matrix is about 1,100 requests, so the short budget covers it), then every processor at the head
            summary.step("hostile-input", () -> new HostileInput(sut, summary).run(full ? 10_000 : 1_500));
            summary.step("access-control", () -> new AccessControl(sut, summary).run(full ? 5_000 : 1_500));
            ProcessorChecks.assertProcessorsAtHead(sut, summary);

            Faults faults = new Faults(sut, summary, personuppgifter, full);
            summary.step("a", faults::killAssignmentServiceUnderLoad);
            if (full) {
                summary.step("b", () -> faults.pauseBrokerUnderLoad(Duration.ofSeconds(60)));
                summary.step("c", faults::deadlinesPassWhileDeadlineServiceIsDown);
                summary.step("d", () -> faults.restartPostgresUnderLoad(Duration.ofSeconds(20)));
            }
            summary.step("concerns", () -> faults.reportConcerns(full ? 20 : 5, "concerns"));
            summary.step("e", faults::poisonEventInEachProjection);

            ProcessorChecks.assertProcessorsAtHead(sut, summary);
            DeadLetters.check(sut, summary);
            PrivacyScan.run(sut, summary);
        } finally {
            summary.writeAndPrint(targetDirectory);
        }
        return summary;
    }
}
