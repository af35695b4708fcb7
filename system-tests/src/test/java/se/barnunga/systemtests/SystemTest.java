package se.barnunga.systemtests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Starts the real system as separate processes and attacks it (see {@link SystemTestRun}); fails if the run has any
 * finding. The short form runs in every {@code mvn verify}; {@code -Dsystemtests.mode=full} runs the full form (see the
 * README, "System tests").
 */
class SystemTest {

    @Test
    void the_running_system_survives_the_faults_and_keeps_personal_data_off_kafka() throws Exception {
        SystemTestRun.Mode mode = SystemTestRun.Mode.valueOf(System.getProperty("systemtests.mode", "short").trim().toUpperCase());
        Path root = Path.of(System.getProperty("barnunga.root", "..")).toAbsolutePath().normalize();
        Path target = Path.of(System.getProperty("systemtests.target", "target")).toAbsolutePath();
        RunSummary summary = new SystemTestRun(root, target, mode).run();
        assertTrue(summary.findings().isEmpty(), () -> summary.findings().size() + " finding(s):\n"
                + String.join("\n", summary.findings()));
    }
}
