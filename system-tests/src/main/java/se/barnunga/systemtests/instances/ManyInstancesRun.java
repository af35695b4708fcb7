package se.barnunga.systemtests.instances;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import se.barnunga.systemtests.Api;
import se.barnunga.systemtests.DeadLetters;
import se.barnunga.systemtests.Personuppgifter;
import se.barnunga.systemtests.ProcessSystem;
import se.barnunga.systemtests.ProcessorChecks;
import se.barnunga.systemtests.RunMode;
import se.barnunga.systemtests.RunSummary;

/**
 * Many instances, one truth (issue 19, section 2): the real system as separate processes with two instances of every
 * service (different ports, one PostgreSQL) and a three-node Kafka cluster (KRaft, replication factor 3,
 * {@code min.insync.replicas} 2), then:
 * <ol>
 *   <li>every event processor's segments split between the instances, every consumer group's partitions shared;</li>
 *   <li>the second instance of every service killed (-9) under load: the first takes over its segments and partitions
 *   (the times are reported), nothing acknowledged lost; (full form) started again, the work is shared again;</li>
 *   <li>{@code N} deadline watches due in the same minute, swept by two deadline-service instances: each alert exactly
 *   once on the topic (by CloudEvent id and by watch) and in the event store;</li>
 *   <li>a Kafka node killed under load: commands still acknowledged, nothing lost;</li>
 *   <li>at the end: every processor at the head, no dead letter, and in effect nothing skipped or handled twice
 *   (consumer groups against the topics, read models against the store, nothing parked).</li>
 * </ol>
 * {@code short} (every {@code mvn verify}): 200 watches, the killed instances and Kafka node not started again (the
 * deadline step starts both deadline-service instances anew), the node down 20 s; {@code full}: 1,000 watches, the
 * killed instances started again and checked sharing again, the node down 60 s and started again. The figures are
 * printed and written to {@code target/summary-instances.md}.
 */
public final class ManyInstancesRun {

    static final int INSTANCES = 2;
    static final int BROKERS = 3;

    private final Path repositoryRoot;
    private final Path targetDirectory;
    private final RunMode mode;

    public ManyInstancesRun(Path repositoryRoot, Path targetDirectory, RunMode mode) {
        this.repositoryRoot = repositoryRoot;
        this.targetDirectory = targetDirectory;
        this.mode = mode;
    }

    public RunSummary run() throws Exception {
        RunSummary summary = new RunSummary("instances");
        boolean full = mode == RunMode.FULL;
        summary.figure("mode", mode.name().toLowerCase() + " (" + INSTANCES + " instances of every service, " + BROKERS
                + " Kafka nodes)");
        Instant start = Instant.now();
        try (ProcessSystem sut = ProcessSystem.start(repositoryRoot, targetDirectory.resolve("instances-state"), INSTANCES,
                BROKERS)) {
            summary.figure("system started in", Duration.between(start, Instant.now()).toSeconds() + " s");
            Api api = new Api(sut, summary);
            Personuppgifter personuppgifter = new Personuppgifter(summary, 19L);
            Takeover takeover = new Takeover(sut, summary, api, personuppgifter);

            summary.step("shared", () -> takeover.shared("started together"));
            summary.step("takeover", () -> takeover.killSecondInstancesUnderLoad(full));
            summary.step("deadlines", () -> new DeadlinesExactlyOnce(sut, summary, api, personuppgifter)
                    .run(full ? 1000 : 200, Duration.ofSeconds(full ? 20 : 10)));
            summary.step("broker", () -> new BrokerKill(sut, summary, api, personuppgifter)
                    .run(1, Duration.ofSeconds(full ? 60 : 20), full));

            ProcessorChecks.assertProcessorsAtHead(sut, summary);
            DeadLetters.check(sut, summary);
            summary.step("effect", () -> EffectChecks.run(sut, summary));
        } finally {
            summary.figure("whole run", Duration.between(start, Instant.now()).toSeconds() + " s");
            summary.writeAndPrint(targetDirectory);
        }
        return summary;
    }
}
