package se.barnunga.systemtests;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import se.barnunga.systemtests.instances.ManyInstancesRun;

/**
 * Two instances of every service against one PostgreSQL and a three-node Kafka cluster (see {@link ManyInstancesRun});
 * fails if the run has any finding. The short form runs in every {@code mvn verify}; {@code -Dsystemtests.mode=full}
 * runs the full form (README, "System tests").
 */
class ManyInstancesTest {

    @Test
    void two_instances_of_every_service_share_the_work_and_take_it_over_without_losing_or_doubling_anything() throws Exception {
        RunMode mode = RunMode.fromSystemProperty();
        Path root = SystemTestPaths.root();
        Path target = SystemTestPaths.target();
        RunSummary summary = new ManyInstancesRun(root, target, mode).run();
        SystemTestPaths.assertNoFindings(summary);
    }
}
