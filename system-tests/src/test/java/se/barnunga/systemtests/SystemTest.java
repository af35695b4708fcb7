package se.barnunga.systemtests;

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
        RunMode mode = RunMode.fromSystemProperty();
        Path root = SystemTestPaths.root();
        Path target = SystemTestPaths.target();
        RunSummary summary = new SystemTestRun(root, target, mode).run();
        SystemTestPaths.assertNoFindings(summary);
    }
}
