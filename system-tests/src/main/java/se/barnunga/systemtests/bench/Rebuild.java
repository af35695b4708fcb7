package se.barnunga.systemtests.bench;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

import se.barnunga.systemtests.Api;
import se.barnunga.systemtests.CaseLoad;
import se.barnunga.systemtests.Personuppgifter;
import se.barnunga.systemtests.ProcessSystem;
import se.barnunga.systemtests.ProcessorChecks;

/**
 * B4: the operators' rebuild of the assignment-service's case list {@code uppdrag-vy} from an event store of about
 * {@link BenchSize#b4Events()} events, while the service keeps answering.
 *
 * <p>Why {@code uppdrag-vy}: every command of the assignment-service – the service with the most events per case (7 on
 * the routine's way to an appointed ansvarig utförare) – stores an event that this projection handles, as an insert
 * (a new case) or an update of the case's row: the replay is the projection's real mix of work, row for row.
 *
 * <p>The events are generated fast, not through REST: a few cases are walked through the API (the harness's
 * {@link CaseLoad}), the service is stopped, and their stored events are copied in PostgreSQL ({@link EventStoreCopies})
 * – payload and metadata as serialized by the service, each copy under a new aggregate id
 * (also replaced inside the payload, so each copy is a case of its own in the read model), a new event id, the same
 * sequence numbers, and global indexes in the order of the originals – interleaved: of the copies made by one statement
 * (about 100,000 events), first every copy's first event, then every copy's second, and so on, so that the events of
 * one case are far apart in the store as in real life (a case lives for months), and a batch of the replay touches
 * many rows, not one row many times. Every event processor's token is then moved to the
 * new head before the service starts again, so the copies are not published to Kafka nor projected live: the rebuild is
 * the first to read them.
 *
 * <p>Baselines in the same run: a plain JDBC read of the same event rows in global-index order on the same PostgreSQL
 * (the rate of just reading them), and a {@code GET /api/uppdrag/{id}} before the rebuild against the same GET during it.
 */
final class Rebuild {

    static final String PROCESSOR = "uppdrag-vy";
    static final String RATE = "rebuild rate of " + PROCESSOR;
    static final String READ = "JDBC read of the same events in global-index order";
    static final String GETS = "GET /api/uppdrag/{id}";
    static final String CPU = "CPU of the assignment-service per 1,000 events replayed";
    private static final Duration GIVE_UP = Duration.ofMinutes(20);
    private static final int GETS_BEFORE = 50;
    private static final long GET_PAUSE_MILLIS = 100;
    private static final long COPY_ROWS_PER_STATEMENT = 100_000;

    private final ProcessSystem sut;
    private final BenchSize size;
    private final Api api;
    private final Personuppgifter personuppgifter;
    private final String drift;
    private final String socialsekreterare;

    Rebuild(ProcessSystem sut, BenchSize size, Api api, Personuppgifter personuppgifter) {
        this.sut = sut;
        this.size = size;
        this.api = api;
        this.personuppgifter = personuppgifter;
        this.drift = ProcessorChecks.driftToken(sut);
        this.socialsekreterare = sut.token("socialsekreterare", "MYND-1", "bench-socialsekreterare");
    }

    void run(BenchReport report) throws Exception {
        BenchReport.Scenario b4 = report.scenario("B4", "rebuild of the projection " + PROCESSOR + " from the event store");

        // 1. template cases through the API, projected live
        System.out.println("[bench] B4: walking " + size.b4Templates() + " template case(s) through the API");
        CaseLoad load = new CaseLoad(sut, api, personuppgifter, "bench-b4");
        for (int i = 0; i < size.b4Templates(); i++) {
            load.walkOneCase();
        }
        List<String> templates = load.cases().stream().map(f -> f.uppdragId).toList();
        if (templates.isEmpty()) {
            throw new IllegalStateException("B4: no template case was created");
        }
        awaitAtHead();
        String url = sut.jdbcUrl(ProcessSystem.ASSIGNMENT);
        long rowsBefore = count(url, "SELECT count(*) FROM uppdrag_vy");

        // 2. the copies, with the service stopped
        sut.kill(ProcessSystem.ASSIGNMENT);
        Copies copies = copy(url, templates);
        b4.row(new BenchReport.Row("events in the store (" + copies.added + " copied from " + copies.templateEvents
                + " events of " + templates.size() + " cases walked through the API)", copies.total, "events", null, null,
                null, null, null));
        Duration restart = sut.restart(ProcessSystem.ASSIGNMENT);
        System.out.println("[bench] B4: assignment-service ready again after " + restart.toMillis() + " ms");
        awaitAtHead();

        // 3. the baselines
        double readRate = readAll(url, copies.total);
        Latencies getsBefore = new Latencies();
        String caseUri = "/api/uppdrag/" + templates.get(0);
        for (int i = 0; i < GETS_BEFORE; i++) {
            get(caseUri, getsBefore, new AtomicInteger());
            Thread.sleep(GET_PAUSE_MILLIS);
        }

        // 4. the rebuild, with a reader meanwhile
        Latencies getsDuring = new Latencies();
        AtomicInteger failedDuring = new AtomicInteger();
        AtomicBoolean rebuilding = new AtomicBoolean(true);
        Thread reader = new Thread(() -> {
            do { // at least one, also when a tiny rebuild is done before the first
                get(caseUri, getsDuring, failedDuring);
                try {
                    Thread.sleep(GET_PAUSE_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            } while (rebuilding.get());
        }, "bench-b4-reader");
        reader.setDaemon(true);
        long t0 = System.nanoTime();
        Cpu cpu0 = cpu();
        Api.Answer started = api.sendUncounted(processorUri().resolve(PROCESSOR + "/rebuild"), "POST", drift, null);
        if (started.status() != 202) {
            throw new IllegalStateException("B4: the rebuild was not started: " + started);
        }
        reader.start();
        JsonNode done;
        try {
            done = awaitRebuilt(t0);
        } finally {
            rebuilding.set(false);
            reader.join(TimeUnit.SECONDS.toMillis(30));
        }
        double wallSeconds = (System.nanoTime() - t0) / 1e9;
        Cpu used = cpu().minus(cpu0);
        long replayEnd = done.path("replayEnd").asLong();
        double seconds = Duration.between(Instant.parse(done.path("rebuildStartedAt").asText()),
                Instant.parse(done.path("rebuildFinishedAt").asText())).toMillis() / 1000.0;
        double rate = done.path("eventsPerSecond").isNumber() ? done.path("eventsPerSecond").asDouble()
                : replayEnd / Math.max(0.001, seconds);

        // 5. the figures
        b4.row(new BenchReport.Row(RATE + " (" + replayEnd + " positions in " + String.format(java.util.Locale.ROOT, "%.1f",
                seconds) + " s, as the service reports it)", rate, "events/s", READ, readRate,
                BenchReport.ratioOf(rate, readRate), "≥ 20,000 events/s", rate >= 20_000));
        b4.row(new BenchReport.Row("rebuild wall time, POST …/rebuild → finished seen by the harness", wallSeconds, "s", null,
                null, null, null, null));
        cpuRows(b4, "", used, replayEnd);
        for (double p : new double[] {50, 99}) {
            String pn = "p" + (int) p;
            double v = getsDuring.percentileMillis(p);
            double base = getsBefore.percentileMillis(p);
            b4.row(new BenchReport.Row(pn + " " + GETS + " during the rebuild", v, "ms", "before it, " + pn, base,
                    BenchReport.ratioOf(v, base), null, null));
        }
        b4.row(new BenchReport.Row(GETS + " answered 200 during the rebuild (of " + (getsDuring.count() + failedDuring.get())
                + ")", getsDuring.count(), "", null, null, null, "the service keeps answering",
                failedDuring.get() == 0 && getsDuring.count() > 0));
        long expected = rowsBefore + copies.copies * templates.size();
        long rows = count(url, "SELECT count(*) FROM uppdrag_vy");
        b4.row(new BenchReport.Row("rows in uppdrag_vy after the rebuild", rows, "rows", "expected (before + copies × cases)",
                (double) expected, BenchReport.ratioOf(rows, expected), "= expected", rows == expected));
        b4.row(new BenchReport.Row("generation of the copies by INSERT … SELECT (not part of the rebuild)", copies.perSecond,
                "events/s", null, null, null, null, null));
        b4.note("The rate is the service's own figure on `GET /api/drift/processors/" + PROCESSOR + "`: the positions "
                + "replayed (the store's head at the reset) over the time from the reset to the replay reaching that head, "
                + "sampled every second. The baseline reads the same rows (every column, in global-index order, fetch size "
                + "1,000) with plain JDBC from the same PostgreSQL right before the rebuild: what just reading them costs.");
        b4.note("The events: " + templates.size() + " cases walked through the API (" + copies.templateEvents + " events), "
                + "copied " + copies.copies + " times in PostgreSQL under new aggregate ids with the service stopped, every "
                + "processor's token moved to the new head, then `ANALYZE`; see `Rebuild`. A reader sends `" + GETS + "` (the "
                + "case file, read from the event store) every " + GET_PAUSE_MILLIS + " ms during the rebuild; before it, "
                + GETS_BEFORE + " of them at the same pace are the baseline.");
        b4.note("Replay settings of the service: see docs/operations.md, \"Rebuilding a read model\".");

        // 6. variants of the service's settings, each a rebuild of its own after a restart with them (tuning only)
        for (String variant : variants()) {
            Map<String, String> properties = new LinkedHashMap<>();
            for (String pair : variant.split(",")) {
                String[] kv = pair.trim().split("=", 2);
                properties.put(kv[0].startsWith("barnunga.") || kv[0].startsWith("quarkus.") ? kv[0] : "barnunga.axon." + kv[0], kv[1]);
            }
            sut.kill(ProcessSystem.ASSIGNMENT);
            sut.restart(ProcessSystem.ASSIGNMENT, properties);
            awaitAtHead();
            long v0 = System.nanoTime();
            Cpu vCpu0 = cpu();
            Api.Answer again = api.sendUncounted(processorUri().resolve(PROCESSOR + "/rebuild"), "POST", drift, null);
            if (again.status() != 202) {
                throw new IllegalStateException("B4: the rebuild with " + properties + " was not started: " + again);
            }
            JsonNode p = awaitRebuilt(v0);
            Cpu vUsed = cpu().minus(vCpu0);
            double r = p.path("eventsPerSecond").asDouble();
            long vRows = count(url, "SELECT count(*) FROM uppdrag_vy");
            b4.row(new BenchReport.Row(RATE + " with " + properties + " (rows " + vRows + " of " + expected + ")", r,
                    "events/s", READ, readRate, BenchReport.ratioOf(r, readRate), null, null));
            cpuRows(b4, " with " + properties, vUsed, p.path("replayEnd").asLong());
        }
    }

    /** CPU used by the assignment-service and by PostgreSQL (all its processes), in milliseconds (/proc). */
    private record Cpu(long service, long postgres) {
        Cpu minus(Cpu before) {
            return new Cpu(service - before.service, postgres - before.postgres);
        }
    }

    private Cpu cpu() {
        return new Cpu(ProcStat.cpuMillis(sut.pid(ProcessSystem.ASSIGNMENT)), ProcStat.treeCpuMillis(sut.postmasterPid()));
    }

    /**
     * CPU per 1,000 replayed events of the service and of PostgreSQL over the rebuild: on a machine shared with other
     * work, a figure that depends far less on what else runs than the rate does.
     */
    private static void cpuRows(BenchReport.Scenario b4, String label, Cpu used, long events) {
        double perThousand = 1000.0 / Math.max(1, events);
        b4.row(new BenchReport.Row(CPU + label, used.service() * perThousand,
                "ms", "PostgreSQL's (all backends)", used.postgres() * perThousand,
                BenchReport.ratioOf(used.service(), used.postgres()), null, null));
    }

    /**
     * Tuning variants from {@code BARNUNGA_BENCH_B4_VARIANTS} (environment): {@code ;}-separated, each a
     * {@code ,}-separated list of {@code key=value} service properties ({@code barnunga.axon.} is prefixed to a bare key).
     */
    private static List<String> variants() {
        String value = System.getenv("BARNUNGA_BENCH_B4_VARIANTS");
        return value == null || value.isBlank() ? List.of()
                : java.util.Arrays.stream(value.split(";")).map(String::trim).filter(v -> !v.isEmpty()).toList();
    }

    private URI processorUri() {
        return sut.baseUri(ProcessSystem.ASSIGNMENT).resolve("/api/drift/processors/");
    }

    private void get(String path, Latencies latencies, AtomicInteger failed) {
        long t = System.nanoTime();
        Api.Answer answer = api.sendUncounted(sut.baseUri(ProcessSystem.ASSIGNMENT).resolve(path), "GET", socialsekreterare, null);
        if (answer.status() == 200) {
            latencies.recordNanos(System.nanoTime() - t);
        } else {
            failed.incrementAndGet();
            System.out.println("[bench] B4: " + path + " answered " + answer);
        }
    }

    /** Waits until {@value #PROCESSOR} is at the head and not replaying. */
    private void awaitAtHead() throws InterruptedException {
        Instant deadline = Instant.now().plus(ProcessorChecks.AT_HEAD_WITHIN);
        while (true) {
            Api.Answer a = api.sendUncounted(processorUri().resolve(PROCESSOR), "GET", drift, null);
            if (a.status() == 200 && a.json().path("lag").asLong(-1) == 0 && !a.json().path("replaying").asBoolean()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("B4: " + PROCESSOR + " not at the head: " + a);
            }
            Thread.sleep(250);
        }
    }

    /** Polls the processor until the rebuild is reported finished; returns the last detail. */
    private JsonNode awaitRebuilt(long t0) throws InterruptedException {
        long deadline = t0 + GIVE_UP.toNanos();
        long lastPrint = 0;
        while (System.nanoTime() < deadline) {
            Api.Answer a = api.sendUncounted(processorUri().resolve(PROCESSOR), "GET", drift, null);
            if (a.status() == 200) {
                JsonNode p = a.json();
                if (!p.path("replaying").asBoolean() && !p.path("rebuildFinishedAt").isNull()
                        && !p.path("rebuildFinishedAt").isMissingNode()) {
                    return p;
                }
                if (System.nanoTime() - lastPrint > TimeUnit.SECONDS.toNanos(5)) {
                    lastPrint = System.nanoTime();
                    System.out.println("[bench] B4: rebuilding, position " + p.path("position").asText() + " of "
                            + p.path("replayEnd").asText() + ", " + p.path("eventsPerSecond").asText() + " events/s");
                }
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("B4: the rebuild did not finish within " + GIVE_UP);
    }

    private record Copies(long templateEvents, long copies, long added, long total, double perSecond) {
    }

    /**
     * Copies the template cases' events until the store holds about {@link BenchSize#b4Events()} events, then moves every
     * processor's token to the new head (claims released, so the restarted service claims them at once).
     */
    private Copies copy(String url, List<String> templates) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, sut.postgresUser(), "")) {
            c.setAutoCommit(false);
            String ids = String.join(",", templates.stream().map(id -> "'" + id.replace("'", "") + "'").toList());
            long templateEvents = count(c, "SELECT count(*) FROM domainevententry WHERE aggregateidentifier IN (" + ids + ")");
            long existing = count(c, "SELECT count(*) FROM domainevententry");
            long copies = Math.max(1, (size.b4Events() - existing + templateEvents - 1) / templateEvents);
            long perStatement = Math.max(1, COPY_ROWS_PER_STATEMENT / templateEvents);
            System.out.println("[bench] B4: copying " + templateEvents + " events " + copies + " times");
            long t0 = System.nanoTime();
            for (long from = 0; from < copies; from += perStatement) {
                // every copy's first event, then every copy's second…: a case's events spread as in a real store
                EventStoreCopies.copy(c, "domainevententry",
                        EventStoreCopies.copies(templates, Math.min(perStatement, copies - from)), EventStoreCopies.Order.INTERLEAVED);
                c.commit();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            long head = EventStoreCopies.moveTokensToHead(c);
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE domainevententry");
            }
            long total = count(c, "SELECT count(*) FROM domainevententry");
            long added = copies * templateEvents;
            System.out.println("[bench] B4: " + added + " events copied in " + Math.round(seconds) + " s, head " + head);
            return new Copies(templateEvents, copies, added, total, added / Math.max(0.001, seconds));
        }
    }

    /** Reads every event row in global-index order as the storage engine would; returns rows per second. */
    private double readAll(String url, long expected) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, sut.postgresUser(), "")) {
            c.setAutoCommit(false); // a cursor: fetch size applies
            long t0 = System.nanoTime();
            long rows = 0;
            long bytes = 0;
            try (Statement s = c.createStatement()) {
                s.setFetchSize(1000);
                try (ResultSet rs = s.executeQuery("SELECT globalindex, type, aggregateidentifier, sequencenumber, "
                        + "eventidentifier, timestamp, payloadtype, payloadrevision, payload, metadata FROM domainevententry "
                        + "ORDER BY globalindex")) {
                    while (rs.next()) {
                        rows++;
                        bytes += rs.getLong(1) + rs.getString(3).length() + rs.getBytes(9).length;
                        byte[] metadata = rs.getBytes(10);
                        bytes += metadata == null ? 0 : metadata.length;
                    }
                }
            }
            c.commit();
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.println("[bench] B4: read " + rows + " of " + expected + " rows in " + Math.round(seconds * 10) / 10.0
                    + " s (checksum " + bytes % 1000 + ")");
            return rows / Math.max(0.001, seconds);
        }
    }

    private long count(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, sut.postgresUser(), "")) {
            return count(c, sql);
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
