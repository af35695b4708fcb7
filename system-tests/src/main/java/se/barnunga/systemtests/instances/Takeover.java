package se.barnunga.systemtests.instances;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.barnunga.systemtests.Acknowledged;
import se.barnunga.systemtests.Api;
import se.barnunga.systemtests.CaseLoad;
import se.barnunga.systemtests.Personuppgifter;
import se.barnunga.systemtests.ProcessSystem;
import se.barnunga.systemtests.RunSummary;

/**
 * Two instances share the work: (1) every event processor's segments are split between the instances (token claims),
 * and every consumer group has both instances as members, each with partitions; (2) under a load of cases, the second
 * instance of every service is killed (SIGKILL): the first takes over every segment (when the dead claims time out) and
 * every partition (when the broker drops the dead members), and nothing acknowledged is lost; (3) the killed instances
 * start again and the work is shared again.
 */
final class Takeover {

    private static final Duration WAIT = Duration.ofSeconds(180);

    private final ProcessSystem sut;
    private final RunSummary summary;
    private final Api api;
    private final Personuppgifter personuppgifter;

    Takeover(ProcessSystem sut, RunSummary summary, Api api, Personuppgifter personuppgifter) {
        this.sut = sut;
        this.summary = summary;
        this.api = api;
        this.personuppgifter = personuppgifter;
    }

    /** (1) Segments and partitions shared; waits for the balance a while (instances started together race for claims). */
    void shared(String label) throws Exception {
        Instant start = Instant.now();
        Map<String, String> notSplit = new LinkedHashMap<>();
        Map<String, Map<String, Map<String, Integer>>> counts = new LinkedHashMap<>();
        while (true) {
            notSplit.clear();
            for (String service : sut.services()) {
                Map<String, Map<String, Integer>> perProcessor = SegmentClaims.countByInstance(SegmentClaims.of(sut, service));
                counts.put(service, perProcessor);
                List<String> instances = sut.instancesOf(service);
                perProcessor.forEach((processor, owners) -> {
                    if (!instances.stream().allMatch(i -> owners.getOrDefault(i, 0) > 0)) {
                        notSplit.put(service + "/" + processor, owners.toString());
                    }
                });
            }
            if (notSplit.isEmpty() || Instant.now().isAfter(start.plus(Duration.ofSeconds(60)))) {
                break;
            }
            Thread.sleep(1000);
        }
        summary.figure(label + ": segments per instance (processor → instance → segments)", counts);
        summary.fault(label + ": every processor's segments split between the instances", notSplit.isEmpty(),
                notSplit.isEmpty() ? "every processor of every service has segments on each instance (after "
                        + Duration.between(start, Instant.now()).toSeconds() + " s)"
                        : "not split: " + notSplit);

        Map<String, ConsumerGroups.Group> groups = awaitGroups(sut.instances(), Duration.ofSeconds(120));
        List<String> unshared = new ArrayList<>();
        Map<String, String> shape = new LinkedHashMap<>();
        for (ConsumerGroups.Group g : groups.values()) {
            int partitions = ConsumerGroups.partitionsOf(sut.kafkaBootstrapServers(), g.topics());
            shape.put(g.name(), g.members().size() + " members, partitions per member " + g.sizes() + " of " + partitions
                    + " on " + g.topics());
            boolean ok = g.members().size() == sut.instances() && g.sizes().stream().allMatch(n -> n > 0)
                    && g.assigned().size() == partitions;
            if (!ok) {
                unshared.add(g.name() + " (" + g.state() + ", " + shape.get(g.name()) + ")");
            }
        }
        summary.figure(label + ": consumer groups", shape);
        summary.fault(label + ": every consumer group's partitions shared by the instances", !groups.isEmpty() && unshared.isEmpty(),
                groups.size() + " groups; " + (unshared.isEmpty() ? "each with " + sut.instances()
                        + " members, every member holding partitions, every partition assigned" : "not shared: " + unshared));
    }

    /** (2) + (3): the second instances killed under load, taken over, and ({@code restart}) started again. */
    void killSecondInstancesUnderLoad(boolean restart) throws Exception {
        CaseLoad load = new CaseLoad(sut, api, personuppgifter, "instances load");
        load.start(4);
        awaitAcknowledged(load, 30, Duration.ofSeconds(90));
        List<String> killed = new ArrayList<>();
        Map<String, String> survivors = new LinkedHashMap<>();
        for (String service : sut.services()) {
            List<String> instances = sut.instancesOf(service);
            killed.add(instances.get(1));
            survivors.put(service, instances.get(0));
        }
        Instant killedAt = Instant.now();
        for (String instance : killed) {
            sut.kill(instance);
        }
        summary.figure("takeover: instances killed (SIGKILL, together) under a load of 4 threads", killed);

        // segments: every segment of every processor held by the survivor
        Map<String, Long> segmentsTakenOver = new LinkedHashMap<>();
        // consumer groups: the survivor alone in every group, holding every partition
        long groupsTakenOver = -1;
        Instant deadline = killedAt.plus(WAIT);
        while (Instant.now().isBefore(deadline) && (segmentsTakenOver.size() < survivors.size() || groupsTakenOver < 0)) {
            long seconds = Duration.between(killedAt, Instant.now()).toMillis();
            for (Map.Entry<String, String> e : survivors.entrySet()) {
                if (!segmentsTakenOver.containsKey(e.getKey())
                        && SegmentClaims.allHeldBy(SegmentClaims.of(sut, e.getKey()), List.of(e.getValue()))) {
                    segmentsTakenOver.put(e.getKey(), seconds);
                }
            }
            if (groupsTakenOver < 0 && groupsHeldAlone()) {
                groupsTakenOver = seconds;
            }
            Thread.sleep(500);
        }
        int acknowledgedAtKill = load.acknowledgedCommands();
        awaitAcknowledged(load, acknowledgedAtKill + 20, Duration.ofSeconds(60));
        load.stop();
        Acknowledged.Result result = Acknowledged.verify(sut, load.cases(), Duration.ofSeconds(120));
        long slowest = segmentsTakenOver.values().stream().mapToLong(Long::longValue).max().orElse(-1);
        summary.figure("takeover: kill → every segment held by the surviving instance, per service (ms)", segmentsTakenOver);
        summary.figure("takeover: kill → every partition of every consumer group held by the survivor (ms)", groupsTakenOver);
        summary.figure("takeover: load statuses", summary.requestsOf("instances load"));
        summary.fault("takeover: the second instance of every service killed (-9) under load",
                segmentsTakenOver.size() == survivors.size() && groupsTakenOver >= 0 && result.nothingLost(),
                "segments taken over in " + segmentsTakenOver.size() + " of " + survivors.size() + " services (slowest "
                        + slowest + " ms after the kill; claims time out after 10 s), consumer groups rebalanced onto the "
                        + "survivors after " + groupsTakenOver + " ms (the dead members' session timeout is 45 s); "
                        + result.figures());

        if (!restart) {
            return;
        }
        // (3) started again: shared again
        Instant restarted = Instant.now();
        for (String instance : killed) {
            sut.startInstance(instance, Map.of());
        }
        for (String instance : killed) {
            sut.awaitReady(instance);
        }
        summary.figure("takeover: killed instances ready again after", Duration.between(restarted, Instant.now()).toSeconds() + " s");
        shared("after restart");
    }

    private boolean groupsHeldAlone() throws Exception {
        Map<String, ConsumerGroups.Group> groups = ConsumerGroups.describe(sut.kafkaBootstrapServers(), sut.services());
        for (ConsumerGroups.Group g : groups.values()) {
            if (g.members().size() != 1
                    || g.assigned().size() != ConsumerGroups.partitionsOf(sut.kafkaBootstrapServers(), g.topics())) {
                return false;
            }
        }
        return !groups.isEmpty();
    }

    /** The groups once each has {@code members} members with an assignment (or what there is after the timeout). */
    private Map<String, ConsumerGroups.Group> awaitGroups(int members, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        Map<String, ConsumerGroups.Group> groups;
        while (true) {
            groups = ConsumerGroups.describe(sut.kafkaBootstrapServers(), sut.services());
            boolean settled = !groups.isEmpty() && groups.values().stream()
                    .allMatch(g -> g.members().size() == members && g.sizes().stream().allMatch(n -> n > 0));
            if (settled || Instant.now().isAfter(deadline)) {
                return groups;
            }
            Thread.sleep(1000);
        }
    }

    static void awaitAcknowledged(CaseLoad load, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (load.acknowledgedCommands() < count && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
