package se.barnunga.systemtests.instances;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.databind.JsonNode;

import se.barnunga.systemtests.Api;
import se.barnunga.systemtests.Personuppgifter;
import se.barnunga.systemtests.ProcessSystem;
import se.barnunga.systemtests.RunSummary;
import se.barnunga.systemtests.Topics;

/**
 * Every deadline fires exactly once with two deadline-service instances: {@code N} concerns are reported (over both
 * concern-service instances), each starting its same-day protection-assessment watch ({@code SKYDDSBEDOMNING}, due at
 * the end of the day: all in the same minute); then both deadline-service instances are killed and started together
 * with their clocks two days ahead ({@code barnunga.clock.offset=P2D}) and a sweep every 5 s, so both sweep the same
 * {@code N} due watches at once. Expected: {@code N} {@code BevakningPasserad} on {@code barnunga.bevakning.v1}, one per
 * watch, no CloudEvent id twice, and {@code N} such events in the deadline-service's event store (none twice in effect).
 */
final class DeadlinesExactlyOnce {

    static final String TOPIC = "barnunga.bevakning.v1";
    static final String RULE = "SKYDDSBEDOMNING";
    private static final Pattern SWEPT = Pattern.compile("Bevakningssvep: (\\d+) ärenden kontrollerade");

    private final ProcessSystem sut;
    private final RunSummary summary;
    private final Api api;
    private final Personuppgifter personuppgifter;

    DeadlinesExactlyOnce(ProcessSystem sut, RunSummary summary, Api api, Personuppgifter personuppgifter) {
        this.sut = sut;
        this.summary = summary;
        this.api = api;
        this.personuppgifter = personuppgifter;
    }

    /** {@code n} watches; after the last alert, reads on for {@code readOn} (every instance sweeps each 5 s). */
    void run(int n, Duration readOn) throws Exception {
        String name = "deadlines: " + n + " watches due in the same minute, two deadline-service instances";
        Set<String> oroIds = report(n);
        Instant started = Instant.now();
        int watches = 0;
        while (Instant.now().isBefore(started.plus(Duration.ofSeconds(Math.max(180, n / 4))))) {
            watches = count("SELECT count(*) FROM bevakning_vy WHERE regel_id = ? AND arende_id = ANY(?)", oroIds);
            if (watches >= oroIds.size()) {
                break;
            }
            Thread.sleep(2000);
        }
        int minutes = count("SELECT count(DISTINCT date_trunc('minute', forfaller)) FROM bevakning_vy WHERE regel_id = ? "
                + "AND arende_id = ANY(?)", oroIds);
        summary.figure("deadlines: concerns reported (201) / watches started / distinct due minutes", oroIds.size() + " / "
                + watches + " / " + minutes + " (watches all made after " + Duration.between(started, Instant.now()).toSeconds() + " s)");
        if (watches < oroIds.size()) {
            summary.fault(name, false, "only " + watches + " of " + oroIds.size() + " watches started");
            return;
        }

        List<String> instances = sut.instancesOf(ProcessSystem.DEADLINE);
        for (String instance : instances) {
            sut.kill(instance);
        }
        Map<String, String> clockAhead = Map.of("barnunga.clock.offset", "P2D", "barnunga.bevakning.svep-intervall", "5s");
        for (String instance : instances) {
            sut.startInstance(instance, clockAhead);
        }
        for (String instance : instances) {
            sut.awaitReady(instance);
        }
        Instant ready = Instant.now();
        Alerts alerts = null;
        Instant deadline = ready.plus(Duration.ofSeconds(Math.max(180, n / 5)));
        while (Instant.now().isBefore(deadline)) {
            alerts = alerts(oroIds);
            if (alerts.watches() >= oroIds.size()) {
                break;
            }
            Thread.sleep(3000);
        }
        long allOut = Duration.between(ready, Instant.now()).toSeconds();
        Thread.sleep(readOn.toMillis()); // more sweeps of each instance: a second alert would come now
        alerts = alerts(oroIds);
        int inStore = count("SELECT count(*) FROM domainevententry WHERE payloadtype LIKE ? AND aggregateidentifier = ANY(?)",
                "%BevakningPasserad", oroIds);
        Map<String, Integer> swept = new HashMap<>();
        for (String instance : instances) {
            swept.put(instance, sweptSinceStart(sut.log(instance), instance));
        }
        boolean once = alerts.records() == oroIds.size() && alerts.distinctIds() == oroIds.size()
                && alerts.watches() == oroIds.size() && alerts.maxPerWatch() == 1 && inStore == oroIds.size();
        summary.figure("deadlines: both instances ready → every alert on the topic", allOut + " s");
        summary.figure("deadlines: cases each instance's sweeps found due and checked (from its log)", swept);
        summary.fault(name, once, "BevakningPasserad " + RULE + " on " + TOPIC + ": " + alerts.records() + " records, "
                + alerts.distinctIds() + " distinct CloudEvent ids, " + alerts.watches() + " distinct watches, at most "
                + alerts.maxPerWatch() + " per watch; in the event store " + inStore + " (expected " + oroIds.size()
                + " each)");
    }

    /** Reports {@code n} concerns, alternating between the concern-service's instances, 8 at a time. */
    private Set<String> report(int n) throws InterruptedException {
        String reporter = sut.token("utforare", "UTF-1", "mi-utforare");
        List<String> instances = sut.instancesOf(ProcessSystem.CONCERN).stream().filter(sut::isAlive).toList();
        Set<String> ids = ConcurrentHashMap.newKeySet();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        ExecutorService senders = Executors.newFixedThreadPool(8);
        Instant start = Instant.now();
        for (int i = 0; i < n; i++) {
            String instance = instances.get(i % instances.size());
            senders.execute(() -> {
                Api.Answer a = api.sendUncounted(sut.baseUri(instance).resolve("/api/oro"), "POST", reporter,
                        personuppgifter.oroBody());
                summary.request(instance, "deadlines: concerns", a.status());
                statuses.computeIfAbsent(a.status(), s -> new AtomicInteger()).incrementAndGet();
                if (a.status() == 201 && a.location() != null) {
                    ids.add(a.location().substring(a.location().lastIndexOf('/') + 1));
                }
            });
        }
        senders.shutdown();
        if (!senders.awaitTermination(30, TimeUnit.MINUTES)) {
            senders.shutdownNow();
        }
        summary.figure("deadlines: " + n + " concerns sent in", Duration.between(start, Instant.now()).toSeconds() + " s");
        return new HashSet<>(ids);
    }

    record Alerts(int records, int distinctIds, int watches, int maxPerWatch) {
    }

    private Alerts alerts(Set<String> oroIds) {
        Set<String> ceIds = new HashSet<>();
        Map<String, Integer> perWatch = new HashMap<>();
        int records = 0;
        for (ConsumerRecord<byte[], byte[]> r : Topics.readAll(sut.kafkaBootstrapServers(), List.of(TOPIC))) {
            if (!"BevakningPasserad".equals(Topics.header(r, "ce_type"))) {
                continue;
            }
            JsonNode event;
            try {
                event = Api.JSON.readTree(r.value());
            } catch (java.io.IOException e) {
                continue;
            }
            if (!RULE.equals(event.path("regelId").asText()) || !oroIds.contains(event.path("arendeId").asText())) {
                continue;
            }
            records++;
            ceIds.add(Topics.header(r, "ce_id"));
            perWatch.merge(event.path("bevakningId").asText(), 1, Integer::sum);
        }
        return new Alerts(records, ceIds.size(), perWatch.size(),
                perWatch.values().stream().mapToInt(Integer::intValue).max().orElse(0));
    }

    private int count(String sql, Set<String> oroIds) throws Exception {
        return count(sql, RULE, oroIds);
    }

    private int count(String sql, String first, Set<String> oroIds) throws Exception {
        try (Connection c = DriverManager.getConnection(sut.jdbcUrl(ProcessSystem.DEADLINE), sut.postgresUser(), "");
             PreparedStatement s = c.prepareStatement(sql)) {
            Array ids = c.createArrayOf("text", new ArrayList<>(oroIds).toArray());
            s.setString(1, first);
            s.setArray(2, ids);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** The cases the instance's sweeps checked since its last start, summed from its log. */
    static int sweptSinceStart(Path log, String instance) throws java.io.IOException {
        String text = Files.readString(log, StandardCharsets.UTF_8);
        int banner = text.lastIndexOf("===== " + instance + " started");
        Matcher m = SWEPT.matcher(banner < 0 ? text : text.substring(banner));
        int sum = 0;
        while (m.find()) {
            sum += Integer.parseInt(m.group(1));
        }
        return sum;
    }
}
