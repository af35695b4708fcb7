package se.barnunga.systemtests.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import se.barnunga.systemtests.Api;
import se.barnunga.systemtests.Personuppgifter;
import se.barnunga.systemtests.ProcessSystem;
import se.barnunga.systemtests.ProcessorChecks;
import se.barnunga.systemtests.RunSummary;

/**
 * The benchmarks on the system-test harness: starts the real system as separate processes (timing it: B6), runs B1,
 * B2, B7, B4, B5 and B3 against it with progress on the console, and writes {@code performance.md} and {@code performance.json}.
 * See the README, "Benchmarks". {@link BenchSize#TINY} is the smoke form of every {@code mvn verify}.
 */
public final class Bench {

    private final Path repositoryRoot;
    private final Path stateDirectory;
    private final BenchSize size;
    private final Set<String> only;

    public Bench(Path repositoryRoot, Path stateDirectory, BenchSize size) {
        this(repositoryRoot, stateDirectory, size, Set.of());
    }

    /**
     * @param only the scenarios to run (e.g. {@code B2}, {@code B7}); empty runs all. B6 always runs: it starts the
     *             system the others measure.
     */
    public Bench(Path repositoryRoot, Path stateDirectory, BenchSize size, Set<String> only) {
        this.repositoryRoot = repositoryRoot;
        this.stateDirectory = stateDirectory;
        this.size = size;
        this.only = only;
    }

    /** The scenarios named by {@code -Dbarnunga.bench.only=B2,B7} (none: all). */
    public static Set<String> onlyFromSystemProperty() {
        String value = System.getProperty("barnunga.bench.only", "").trim();
        return value.isEmpty() ? Set.of()
                : Arrays.stream(value.split(",")).map(String::trim).map(s -> s.toUpperCase(Locale.ROOT))
                        .collect(Collectors.toUnmodifiableSet());
    }

    private boolean runs(String scenario) {
        return only.isEmpty() || only.contains(scenario);
    }

    /** Runs every scenario and writes the report into {@code reportDirectory}; returns the report. */
    public BenchReport run(Path reportDirectory) throws Exception {
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        BenchReport report = new BenchReport(size.name(), started.toString());
        describeMachine(report);
        RunSummary summary = new RunSummary("bench");
        try (ProcessSystem sut = Startup.run(repositoryRoot, stateDirectory, size, report)) {
            Api api = new Api(sut, summary);
            Personuppgifter personuppgifter = new Personuppgifter(summary, 17L);
            if (runs("B1")) {
                new CommandThroughput(sut, size, api, personuppgifter).run(report);
                ProcessorChecks.assertProcessorsAtHead(sut, summary);
            }
            if (runs("B2")) {
                new WatchLatency(sut, size, api, personuppgifter).run(report);
            }
            if (runs("B7")) {
                new CpuPerDecision(sut, size, api, personuppgifter, summary).run(report);
            }
            if (runs("B4")) { // it restarts the assignment-service with a store of about a million events
                new Rebuild(sut, size, api, personuppgifter).run(report);
            }
            if (runs("B5")) { // it restarts the assignment- and deadline-services, the latter with its clock moved
                new ReportAndDueWatches(sut, size, api, personuppgifter, summary).run(report);
            }
            if (runs("B3")) { // last: it stops and restarts services and leaves a large backlog on the topic
                new PublisherRate(sut, size, api, personuppgifter).run(report, summary);
            }
            for (String finding : summary.findings()) {
                report.note("Finding of the harness during the run: " + finding);
            }
        }
        report.machine("load average at the end", ProcStat.loadAverage());
        report.machine("run took", Math.round((Instant.now().toEpochMilli() - started.toEpochMilli()) / 1000.0) + " s");
        Path file = report.write(reportDirectory);
        System.out.println(report.toMarkdown());
        System.out.println("[bench] report written to " + file + " and " + file.resolveSibling("performance.json"));
        return report;
    }

    private static void describeMachine(BenchReport report) {
        report.machine("cores", Runtime.getRuntime().availableProcessors());
        report.machine("RAM", ProcStat.memTotalMib() + " MiB");
        report.machine("Java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vm.vendor") + ")");
        report.machine("OS", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        report.machine("load average at the start", ProcStat.loadAverage());
        report.note("Every process of the system (PostgreSQL, the broker, four services) and the load generator run on this "
                + "one machine, which may be shared with other work: absolute figures are noisy. Compare the ratios – each "
                + "figure beside a baseline measured in the same minutes – and treat a single run's absolute numbers with "
                + "care. A target is \"met\" or \"not met\" for this run only.");
    }

    /** {@code main(["full"|"tiny"])} from the repository root, with the services built (see the README). */
    public static void main(String[] args) throws Exception {
        BenchSize size = args.length > 0 && args[0].equalsIgnoreCase("tiny") ? BenchSize.TINY : BenchSize.FULL;
        Path root = Path.of(System.getProperty("barnunga.root", ".")).toAbsolutePath().normalize();
        new Bench(root, root.resolve("system-tests/target/bench-state"), size).run(root.resolve("docs"));
    }
}
