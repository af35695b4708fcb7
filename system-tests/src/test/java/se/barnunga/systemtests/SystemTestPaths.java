package se.barnunga.systemtests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

/** Where the system tests find the repository and write their state and summaries, and the check every run ends with. */
public final class SystemTestPaths {

    private SystemTestPaths() {
    }

    /** The repository root: {@code -Dbarnunga.root}, else the parent of the system-tests module. */
    public static Path root() {
        return Path.of(System.getProperty("barnunga.root", "..")).toAbsolutePath().normalize();
    }

    /** The module's build directory: {@code -Dsystemtests.target}, else {@code target}. */
    public static Path target() {
        return Path.of(System.getProperty("systemtests.target", "target")).toAbsolutePath();
    }

    /** Fails with every finding of the run listed. */
    public static void assertNoFindings(RunSummary summary) {
        assertTrue(summary.findings().isEmpty(), () -> summary.findings().size() + " finding(s):\n"
                + String.join("\n", summary.findings()));
    }
}
