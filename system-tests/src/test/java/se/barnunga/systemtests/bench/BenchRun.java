package se.barnunga.systemtests.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import se.barnunga.systemtests.SystemTestPaths;

/**
 * The benchmark command (README, "Benchmarks"): runs only with {@code -Dsystemtests.mode=bench} and writes
 * {@code docs/performance.md} and {@code docs/performance.json} of the repository.
 */
class BenchRun {

    @Test
    void benchmarks_of_the_running_system_are_written_to_docs() throws Exception {
        assumeTrue("bench".equals(System.getProperty("systemtests.mode")), "only with -Dsystemtests.mode=bench");
        Path root = SystemTestPaths.root();
        Path target = SystemTestPaths.target();
        Set<String> only = Bench.onlyFromSystemProperty();
        // a partial run (-Dbarnunga.bench.only=B2,B7) never overwrites the full report in docs/
        Path reportDirectory = only.isEmpty() ? root.resolve("docs") : target.resolve("bench-" + String.join("-", new TreeSet<>(only)));
        // -Dbarnunga.bench.size=tiny: a partial run in the smoke sizes, to try a scenario quickly (never written to docs/)
        BenchSize size = !only.isEmpty() && "tiny".equalsIgnoreCase(System.getProperty("barnunga.bench.size")) ? BenchSize.TINY
                : BenchSize.FULL;
        BenchReport report = new Bench(root, target.resolve("bench-state"), size, only).run(reportDirectory);
        assertThat(report.scenarios()).containsKeys(only.isEmpty() ? new String[] {"B1", "B2", "B3", "B4", "B5", "B6", "B7"}
                : only.toArray(String[]::new));
    }
}
