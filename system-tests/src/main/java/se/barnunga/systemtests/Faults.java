package se.barnunga.systemtests;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The fault scenarios, black-box over HTTP and Kafka (the databases only to inject a poison event and to check what is
 * stored). Each records {@code summary.fault(name, survived, details)} with its figures.
 */
public final class Faults {

    private final ProcessSystem sut;
    private final RunSummary summary;
    private final Api api;
    private final Personuppgifter personuppgifter;
    private final boolean full;

    public Faults(ProcessSystem sut, RunSummary summary, Personuppgifter personuppgifter, boolean full) {
        this.sut = sut;
        this.summary = summary;
        this.api = new Api(sut, summary);
        this.personuppgifter = personuppgifter;
        this.full = full;
    }

    // ------------------------------------------------------------------------------------------------------------ (a)

    /** (a) kill -9 the assignment-service under a steady load of commands, start it again: nothing acknowledged lost. */
    public void killAssignmentServiceUnderLoad() throws Exception {
        String name = "a: kill -9 assignment-service under load";
        CaseLoad load = new CaseLoad(sut, api, personuppgifter, "fault-a load");
        load.start(4);
        awaitAcknowledged(load, full ? 200 : 60, Duration.ofSeconds(full ? 60 : 30));
        int beforeKill = load.acknowledgedCommands();
        long pid = sut.pid(ProcessSystem.ASSIGNMENT);
        sut.kill(ProcessSystem.ASSIGNMENT);
        Instant killed = Instant.now();
        CaseLoad.pause(3000); // the load keeps knocking on a dead service
        Duration restart = sut.restart(ProcessSystem.ASSIGNMENT);
        int atRestart = load.acknowledgedCommands();
        awaitAcknowledged(load, atRestart + 1, Duration.ofSeconds(60));
        Duration recovered = Duration.between(killed, Instant.now());
        awaitAcknowledged(load, load.acknowledgedCommands() + (full ? 100 : 30), Duration.ofSeconds(30));
        load.stop();

        Acknowledged.Result result = Acknowledged.verify(sut, load.cases(), Duration.ofSeconds(120));
        int serverErrors = serverErrors("fault-a load");
        summary.figure("a: acknowledged commands before the kill", beforeKill);
        summary.figure("a: time to recover (kill until the first command acknowledged again)", recovered.toMillis() + " ms");
        summary.fault(name, result.nothingLost() && serverErrors == 0,
                "killed pid " + pid + "; restarted and ready in " + restart.toSeconds() + " s; " + result.figures()
                        + "; 5xx answers " + serverErrors + "; commands sent " + load.sentCommands());
    }

    // ------------------------------------------------------------------------------------------------------------ (b)

    /** (b) the broker paused (SIGSTOP) under load: commands still accepted, everything published afterwards, in order. */
    public void pauseBrokerUnderLoad(Duration pause) throws Exception {
        String name = "b: broker paused " + pause.toSeconds() + " s under load";
        CaseLoad load = new CaseLoad(sut, api, personuppgifter, "fault-b load");
        load.start(4);
        awaitAcknowledged(load, 40, Duration.ofSeconds(30));
        sut.pauseBroker();
        Instant paused = Instant.now();
        int atPause = load.acknowledgedCommands();
        CaseLoad.pause(pause.toMillis());
        int duringPause = load.acknowledgedCommands() - atPause;
        sut.resumeBroker();
        Instant resumed = Instant.now();
        awaitAcknowledged(load, load.acknowledgedCommands() + 30, Duration.ofSeconds(60));
        load.stop();
        Acknowledged.Result result = Acknowledged.verify(sut, load.cases(), Duration.ofSeconds(180));
        int serverErrors = serverErrors("fault-b load");
        summary.figure("b: commands acknowledged while the broker was paused", duringPause);
        summary.figure("b: time to recover (resume until everything published)",
                Duration.between(resumed, Instant.now()).toSeconds() + " s");
        summary.fault(name, result.nothingLost() && duringPause > 0 && serverErrors == 0,
                "paused at " + paused + " for " + pause.toSeconds() + " s; commands acknowledged meanwhile " + duringPause
                        + "; " + result.figures() + "; 5xx answers " + serverErrors);
    }

    // ------------------------------------------------------------------------------------------------------------ (c)

    /**
     * (c) the deadline-service killed; deadlines pass while it is down (it is started again with its clock two days
     * ahead, {@code barnunga.clock.offset=P2D}); each alert exactly once. The watches: the same-day protection assessment
     * ({@code SKYDDSBEDOMNING}) of fresh concerns, which nobody assesses.
     */
    public void deadlinesPassWhileDeadlineServiceIsDown() throws Exception {
        String name = "c: deadline-service killed, deadlines pass while it is down";
        String reporter = sut.token("utforare", "UTF-1", "st-utforare");
        Set<String> oroIds = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            String oroId = lamnaOro(reporter, "fault-c load");
            if (oroId != null) {
                oroIds.add(oroId);
            }
        }
        // the watches must exist before the kill: wait for their BevakningStartad
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        Map<String, String> watches = new HashMap<>(); // bevakningId -> arendeId
        while (Instant.now().isBefore(deadline)) {
            watches = skyddsbedomningWatches(oroIds, "BevakningStartad");
            if (watches.values().containsAll(oroIds)) {
                break;
            }
            CaseLoad.pause(2000);
        }
        if (!watches.values().containsAll(oroIds) || oroIds.isEmpty()) {
            summary.fault(name, false, "the SKYDDSBEDOMNING watches of " + oroIds.size() + " concerns did not start within 120 s (found "
                    + watches.size() + ")");
            return;
        }
        sut.kill(ProcessSystem.DEADLINE);
        Instant killed = Instant.now();
        CaseLoad.pause(2000);
        Duration restart = sut.restart(ProcessSystem.DEADLINE, Map.of("barnunga.clock.offset", "P2D",
                "barnunga.bevakning.svep-intervall", "5s"));
        Set<String> expected = watches.keySet();
        Map<String, Integer> passed = Map.of();
        deadline = Instant.now().plus(Duration.ofSeconds(180));
        while (Instant.now().isBefore(deadline)) {
            passed = alertsPerWatch(expected);
            if (passed.keySet().containsAll(expected)) {
                break;
            }
            CaseLoad.pause(2000);
        }
        Duration recovered = Duration.between(killed, Instant.now());
        // a few more sweeps: a second alert for the same watch would come now
        CaseLoad.pause(20_000);
        Map<String, Integer> alerts = alertsPerWatch(expected);
        long once = expected.stream().filter(w -> alerts.getOrDefault(w, 0) == 1).count();
        long missing = expected.stream().filter(w -> !alerts.containsKey(w)).count();
        long duplicated = expected.stream().filter(w -> alerts.getOrDefault(w, 0) > 1).count();
        summary.figure("c: time to recover (kill until every alert raised)", recovered.toSeconds() + " s");
        summary.fault(name, once == expected.size(),
                expected.size() + " watches (SKYDDSBEDOMNING of " + oroIds.size() + " concerns); restarted with the clock "
                        + "2 days ahead, ready in " + restart.toSeconds() + " s; BevakningPasserad exactly once: " + once
                        + ", missing " + missing + ", more than once (distinct CloudEvent ids) " + duplicated);
    }

    /**
     * Concerns from a performer (free text, a reporter's name and a child's personnummer: none of it may reach Kafka);
     * they also give the concern-service's store events for the poison (e). Returns the concern ids.
     */
    public Set<String> reportConcerns(int count, String attack) {
        String reporter = sut.token("utforare", "UTF-1", "st-utforare");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < count; i++) {
            String oroId = lamnaOro(reporter, attack);
            if (oroId != null) {
                ids.add(oroId);
            }
        }
        // published: the privacy scan must see them on barnunga.oro.v1 (key = the concern's id)
        Instant start = Instant.now();
        Set<String> published = Set.of();
        while (Instant.now().isBefore(start.plus(Duration.ofSeconds(60)))) {
            published = Topics.firstCopiesByKey(Topics.readAll(sut.kafkaBootstrapServers(), List.of("barnunga.oro.v1"))).keySet();
            if (published.containsAll(ids)) {
                break;
            }
            CaseLoad.pause(1000);
        }
        long onKafka = ids.stream().filter(published::contains).count();
        summary.figure(attack + ": concerns reported", ids.size() + " of " + count + ", on barnunga.oro.v1 " + onKafka + " after "
                + Duration.between(start, Instant.now()).toSeconds() + " s");
        if (onKafka < ids.size()) {
            summary.finding("concerns", (ids.size() - onKafka) + " acknowledged concern(s) not published within 60 s");
        }
        return ids;
    }

    private String lamnaOro(String token, String attack) {
        String body = personuppgifter.oroBody();
        Api.Answer answer = api.post(ProcessSystem.CONCERN, attack, "/api/oro", token, body);
        if (answer.status() != 201 || answer.location() == null) {
            summary.finding("fault c", "POST /api/oro answered " + answer.status() + " (expected 201)");
            return null;
        }
        return answer.location().substring(answer.location().lastIndexOf('/') + 1);
    }

    /** bevakningId → arendeId of the SKYDDSBEDOMNING watches of the concerns, from events of the given type. */
    private Map<String, String> skyddsbedomningWatches(Set<String> oroIds, String type) {
        Map<String, String> watches = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> r : Topics.readAll(sut.kafkaBootstrapServers(), List.of("barnunga.bevakning.v1"))) {
            if (!type.equals(Topics.header(r, "ce_type"))) {
                continue;
            }
            JsonNode event = json(r.value());
            if ("SKYDDSBEDOMNING".equals(event.path("regelId").asText()) && oroIds.contains(event.path("arendeId").asText())) {
                watches.put(event.path("bevakningId").asText(), event.path("arendeId").asText());
            }
        }
        return watches;
    }

    /** Distinct CloudEvent ids of BevakningPasserad per watch. */
    private Map<String, Integer> alertsPerWatch(Set<String> watches) {
        Map<String, Set<String>> ids = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> r : Topics.readAll(sut.kafkaBootstrapServers(), List.of("barnunga.bevakning.v1"))) {
            if (!"BevakningPasserad".equals(Topics.header(r, "ce_type"))) {
                continue;
            }
            String watch = json(r.value()).path("bevakningId").asText();
            if (watches.contains(watch)) {
                ids.computeIfAbsent(watch, w -> new HashSet<>()).add(Topics.header(r, "ce_id"));
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        ids.forEach((w, s) -> counts.put(w, s.size()));
        return counts;
    }

    // ------------------------------------------------------------------------------------------------------------ (d)

    /**
     * (d) PostgreSQL stopped and started again under load: meanwhile the services answer (never hang) with 503
     * problem+json and never 500; readiness goes DOWN and UP again; nothing acknowledged is lost.
     */
    public void restartPostgresUnderLoad(Duration down) throws Exception {
        String name = "d: PostgreSQL stopped " + down.toSeconds() + " s under load";
        CaseLoad load = new CaseLoad(sut, api, personuppgifter, "fault-d load");
        load.start(4);
        awaitAcknowledged(load, 40, Duration.ofSeconds(30));
        Map<String, Set<Integer>> readiness = new ConcurrentHashMap<>();
        Map<String, Integer> probeStatuses = new ConcurrentHashMap<>();
        AtomicBoolean probing = new AtomicBoolean(true);
        String ss = sut.token("socialsekreterare", "MYND-1", "st-socialsekreterare");
        Map<String, String> reads = Map.of(ProcessSystem.ASSIGNMENT, "/api/uppdrag",
                ProcessSystem.FOLLOWUP, "/api/uppfoljning/obokade", ProcessSystem.CONCERN, "/api/oro/inkorg?ko=EGEN",
                ProcessSystem.DEADLINE, "/api/bevakningar");
        List<String> notProblem = new ArrayList<>();
        Thread probe = new Thread(() -> {
            while (probing.get()) {
                for (String service : sut.services()) {
                    int ready = api.sendUncounted(sut.baseUri(service).resolve("/q/health/ready"), "GET", null, null).status();
                    readiness.computeIfAbsent(service, s -> ConcurrentHashMap.newKeySet()).add(ready);
                    Api.Answer read = api.get(service, "fault-d probe", reads.get(service), ss);
                    probeStatuses.merge(service + " " + read.status(), 1, Integer::sum);
                    if (read.status() >= 500 && !read.isProblem()) {
                        synchronized (notProblem) {
                            notProblem.add(service + " " + read.status() + " " + read.contentType());
                        }
                    }
                }
                CaseLoad.pause(500);
            }
        }, "fault-d probe");
        probe.setDaemon(true);
        probe.start();
        CaseLoad.pause(2000);
        Map<String, Set<Integer>> readinessBefore = snapshot(readiness);
        readiness.clear();
        sut.stopPostgres();
        Instant stopped = Instant.now();
        CaseLoad.pause(down.toMillis());
        Map<String, Set<Integer>> readinessWhileDown = snapshot(readiness);
        sut.startPostgres();
        Instant started = Instant.now();
        readiness.clear();
        // readiness UP again everywhere, and commands acknowledged again
        Instant deadline = started.plus(Duration.ofSeconds(120));
        boolean allUp = false;
        while (!allUp && Instant.now().isBefore(deadline)) {
            allUp = true;
            for (String service : sut.services()) {
                allUp &= api.sendUncounted(sut.baseUri(service).resolve("/q/health/ready"), "GET", null, null).status() == 200;
            }
            if (!allUp) {
                CaseLoad.pause(1000);
            }
        }
        Duration recovered = Duration.between(started, Instant.now());
        int atRestart = load.acknowledgedCommands();
        awaitAcknowledged(load, atRestart + 30, Duration.ofSeconds(60));
        load.stop();
        probing.set(false);
        probe.join(30_000);
        Acknowledged.Result result = Acknowledged.verify(sut, load.cases(), Duration.ofSeconds(120));

        Map<String, Integer> loadStatuses = statuses("fault-d load");
        int fiveHundred = loadStatuses.getOrDefault("500", 0) + (int) probeStatuses.entrySet().stream()
                .filter(e -> e.getKey().endsWith(" 500")).mapToInt(Map.Entry::getValue).sum();
        int noAnswer = loadStatuses.getOrDefault("0", 0) + (int) probeStatuses.entrySet().stream()
                .filter(e -> e.getKey().endsWith(" 0")).mapToInt(Map.Entry::getValue).sum();
        boolean readinessWentDown = sut.services().stream()
                .allMatch(s -> readinessWhileDown.getOrDefault(s, Set.of()).stream().anyMatch(st -> st != 200));
        summary.figure("d: time to recover (PostgreSQL started until every service ready)", recovered.toSeconds() + " s");
        summary.figure("d: statuses of the reads while probing", new TreeMap<>(probeStatuses));
        summary.figure("d: statuses of the load's commands", loadStatuses);
        summary.figure("d: readiness before / while down", readinessBefore + " / " + readinessWhileDown);
        summary.fault(name, result.nothingLost() && fiveHundred == 0 && noAnswer == 0 && notProblem.isEmpty()
                        && readinessWentDown && allUp,
                "stopped at " + stopped + "; 500 answers " + fiveHundred + ", no answer within " + Api.TIMEOUT.toSeconds()
                        + " s " + noAnswer + ", 5xx without problem+json " + notProblem.size() + "; readiness DOWN in every "
                        + "service while down: " + readinessWentDown + ", UP again everywhere: " + allUp + " after "
                        + recovered.toSeconds() + " s; " + result.figures());
    }

    private static Map<String, Set<Integer>> snapshot(Map<String, Set<Integer>> map) {
        Map<String, Set<Integer>> copy = new TreeMap<>();
        map.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
        return copy;
    }

    // ------------------------------------------------------------------------------------------------------------ (e)

    /** (e) a poison event in each service's projections: see {@link PoisonEvents}. */
    public void poisonEventInEachProjection() throws Exception {
        new PoisonEvents(sut, summary, api, personuppgifter, this::reportConcerns).run();
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    private static void awaitAcknowledged(CaseLoad load, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (load.acknowledgedCommands() < count && Instant.now().isBefore(deadline)) {
            CaseLoad.pause(200);
        }
    }

    /** The summary's counts for an attack: status → count over all services. */
    private Map<String, Integer> statuses(String attack) {
        Map<String, Integer> counts = new TreeMap<>();
        summary.requestsOf(attack).forEach((status, n) -> counts.merge(String.valueOf(status), n, Integer::sum));
        return counts;
    }

    private int serverErrors(String attack) {
        return summary.requestsOf(attack).entrySet().stream().filter(e -> e.getKey() >= 500)
                .mapToInt(Map.Entry::getValue).sum();
    }

    private static JsonNode json(byte[] value) {
        try {
            return Api.JSON.readTree(value);
        } catch (java.io.IOException e) {
            return Api.JSON.createObjectNode();
        }
    }
}
