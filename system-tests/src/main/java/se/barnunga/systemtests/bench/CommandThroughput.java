package se.barnunga.systemtests.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import se.barnunga.systemtests.Api;
import se.barnunga.systemtests.Personuppgifter;
import se.barnunga.systemtests.ProcessSystem;

/**
 * B1: {@code POST /api/uppdrag} (a new assignment) at concurrency 1, 4 and 16 against two baselines measured in the
 * same minutes – {@code GET /api/kodlistor} of the same service (authenticated, no database work) and a raw JDBC
 * single-row INSERT + COMMIT on the same PostgreSQL – run interleaved in short rounds so the machine's noise hits all
 * three alike.
 */
final class CommandThroughput {

    static final String CREATE = "POST /api/uppdrag";
    static final String NO_DB = "GET /api/kodlistor";
    static final String JDBC = "JDBC INSERT+COMMIT";
    private static final String SCRATCH_DATABASE = "bench_scratch";

    /** One operation of a workload by worker {@code worker}; true if it succeeded. */
    @FunctionalInterface
    interface Operation {
        boolean run(int worker) throws Exception;
    }

    /** What a workload did at one concurrency over all its rounds. */
    static final class Tally {
        final Latencies latencies = new Latencies();
        final AtomicLong ok = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
        long nanos;

        double perSecond() {
            return nanos == 0 ? 0 : ok.get() * 1e9 / nanos;
        }
    }

    private final ProcessSystem sut;
    private final BenchSize size;
    private final Api api;
    private final Personuppgifter personuppgifter;
    private final String socialsekreterare;

    CommandThroughput(ProcessSystem sut, BenchSize size, Api api, Personuppgifter personuppgifter) {
        this.sut = sut;
        this.size = size;
        this.api = api;
        this.personuppgifter = personuppgifter;
        this.socialsekreterare = sut.token("socialsekreterare", "MYND-1", "bench-socialsekreterare");
    }

    void run(BenchReport report) throws Exception {
        BenchReport.Scenario b1 = report.scenario("B1", "command throughput: POST /api/uppdrag against its baselines");
        int maxConcurrency = size.concurrencies().stream().mapToInt(Integer::intValue).max().orElse(1);
        String scratchUrl = scratchDatabase();
        List<Connection> connections = new ArrayList<>();
        try {
            for (int i = 0; i < maxConcurrency; i++) {
                Connection c = DriverManager.getConnection(scratchUrl, sut.postgresUser(), "");
                c.setAutoCommit(false);
                connections.add(c);
            }
            String fsync = setting(connections.get(0), "fsync");
            String synchronousCommit = setting(connections.get(0), "synchronous_commit");
            List<PreparedStatement> inserts = new ArrayList<>();
            for (Connection c : connections) {
                inserts.add(c.prepareStatement("INSERT INTO scratch (id, payload) VALUES (?, ?)"));
            }
            String payload = "x".repeat(600); // about the size of a stored UppdragRegistrerat event
            Map<String, Operation> workloads = new LinkedHashMap<>();
            workloads.put(CREATE, worker -> api.sendUncounted(sut.baseUri(ProcessSystem.ASSIGNMENT).resolve("/api/uppdrag"),
                    "POST", socialsekreterare, uppdragBody()).status() == 201);
            workloads.put(NO_DB, worker -> api.sendUncounted(sut.baseUri(ProcessSystem.ASSIGNMENT).resolve("/api/kodlistor"),
                    "GET", socialsekreterare, null).status() == 200);
            workloads.put(JDBC, worker -> {
                PreparedStatement insert = inserts.get(worker);
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, payload);
                insert.executeUpdate();
                connections.get(worker).commit();
                return true;
            });

            if (!size.b1Warmup().isZero()) {
                System.out.println("[bench] B1: warm-up");
                for (Map.Entry<String, Operation> w : workloads.entrySet()) {
                    runFor(w.getValue(), Math.min(4, maxConcurrency), size.b1Warmup().toNanos(), new Tally());
                }
            }
            List<String> names = new ArrayList<>(workloads.keySet());
            for (int concurrency : size.concurrencies()) {
                Map<String, Tally> tallies = new LinkedHashMap<>();
                names.forEach(n -> tallies.put(n, new Tally()));
                for (int round = 0; round < size.b1Rounds(); round++) {
                    System.out.println("[bench] B1: concurrency " + concurrency + ", round " + (round + 1) + " of " + size.b1Rounds());
                    for (int i = 0; i < names.size(); i++) {
                        String name = names.get((i + round) % names.size()); // a different one goes first in each round
                        runFor(workloads.get(name), concurrency, size.b1Round().toNanos(), tallies.get(name));
                    }
                }
                report(b1, concurrency, tallies);
            }
            b1.note("Each concurrency runs " + size.b1Rounds() + " round(s); in a round each workload runs "
                    + size.b1Round().toMillis() + " ms with that many threads, each sending its next request when the last "
                    + "is answered; the order of the three rotates from round to round. Rates count successes only (201, 200, "
                    + "a commit); the latencies are HdrHistogram percentiles of successful operations.");
            b1.note("`" + NO_DB + "` is authenticated (JWT, roles) and answers the code lists from configuration "
                    + "(`Kodlistor`, a `@ConfigMapping`): no database, no audit entry (`KodlistorResource` is not `@Audited`).");
            b1.note("`" + JDBC + "`: one connection per thread to a scratch database `" + SCRATCH_DATABASE + "` on the same "
                    + "PostgreSQL, a prepared single-row INSERT (uuid, 600 characters) and COMMIT. PostgreSQL here: fsync="
                    + fsync + ", synchronous_commit=" + synchronousCommit + ".");
            b1.note("The body of each create is a valid new assignment (the system-test harness's case load), a new child each time.");
        } finally {
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    private void report(BenchReport.Scenario b1, int c, Map<String, Tally> t) {
        Tally create = t.get(CREATE);
        Tally noDb = t.get(NO_DB);
        Tally jdbc = t.get(JDBC);
        double ratio = noDb.perSecond() > 0 ? create.perSecond() / noDb.perSecond() : 0;
        b1.row(new BenchReport.Row("c=" + c + " rate, " + CREATE, create.perSecond(), "/s", NO_DB, noDb.perSecond(),
                BenchReport.ratioOf(create.perSecond(), noDb.perSecond()), "≥ 70 % of " + NO_DB, ratio >= 0.70));
        b1.row(new BenchReport.Row("c=" + c + " rate, " + CREATE, create.perSecond(), "/s", JDBC, jdbc.perSecond(),
                BenchReport.ratioOf(create.perSecond(), jdbc.perSecond()), null, null));
        for (double p : new double[] {50, 95, 99}) {
            String pn = "p" + (int) p;
            double v = create.latencies.percentileMillis(p);
            double vNoDb = noDb.latencies.percentileMillis(p);
            double vJdbc = jdbc.latencies.percentileMillis(p);
            b1.row(new BenchReport.Row("c=" + c + " " + pn + ", " + CREATE, v, "ms", NO_DB, vNoDb,
                    BenchReport.ratioOf(v, vNoDb), null, null));
            b1.row(new BenchReport.Row("c=" + c + " " + pn + ", " + CREATE, v, "ms", JDBC, vJdbc,
                    BenchReport.ratioOf(v, vJdbc), null, null));
        }
        long failed = create.failed.get() + noDb.failed.get() + jdbc.failed.get();
        b1.row(new BenchReport.Row("c=" + c + " operations (create / no-db / jdbc), failed " + failed,
                create.ok.get() + noDb.ok.get() + jdbc.ok.get(), "ops", null, null, null, null, null));
        if (failed > 0) {
            b1.note("c=" + c + ": " + create.failed.get() + " create(s), " + noDb.failed.get() + " no-db request(s) and "
                    + jdbc.failed.get() + " insert(s) failed (not counted in the rates).");
        }
    }

    /** Runs {@code operation} with {@code threads} threads for {@code nanos}, adding to {@code tally}. */
    static void runFor(Operation operation, int threads, long nanos, Tally tally) throws InterruptedException {
        long start = System.nanoTime();
        long end = start + nanos;
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int worker = i;
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    boolean ok;
                    try {
                        ok = operation.run(worker);
                    } catch (Exception e) {
                        ok = false;
                    }
                    if (ok) {
                        tally.latencies.recordNanos(System.nanoTime() - t0);
                        tally.ok.incrementAndGet();
                    } else {
                        tally.failed.incrementAndGet();
                    }
                }
            }, "bench-b1-" + i);
            thread.setDaemon(true);
            workers.add(thread);
            thread.start();
        }
        for (Thread t : workers) {
            t.join();
        }
        tally.nanos += System.nanoTime() - start;
    }

    private String uppdragBody() {
        return """
                {"typ": "BEVILJAD_INSATS",
                 "barn": {"personnummer": "%s", "fornamn": "%s", "efternamn": "%s"},
                 "insatstyp": "FAMILJEBEHANDLING", "behovsomraden": ["FAMILJ_OCH_SOCIALA_RELATIONER"],
                 "behov": "%s", "utforarenhet": "UTF-1"}""".formatted(personuppgifter.barnPersonnummer(),
                personuppgifter.fornamn(), personuppgifter.efternamn(), personuppgifter.behov());
    }

    /** Creates the scratch database and its table on the services' PostgreSQL; returns its JDBC URL. */
    private String scratchDatabase() throws SQLException {
        String serviceUrl = sut.jdbcUrl(ProcessSystem.ASSIGNMENT);
        try (Connection c = DriverManager.getConnection(serviceUrl, sut.postgresUser(), "");
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + SCRATCH_DATABASE + "'")) {
                if (!rs.next()) {
                    s.execute("CREATE DATABASE " + SCRATCH_DATABASE);
                }
            }
        }
        String url = serviceUrl.substring(0, serviceUrl.lastIndexOf('/') + 1) + SCRATCH_DATABASE;
        try (Connection c = DriverManager.getConnection(url, sut.postgresUser(), "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS scratch (id uuid PRIMARY KEY, payload text NOT NULL, "
                    + "at timestamptz NOT NULL DEFAULT now())");
        }
        return url;
    }

    private static String setting(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW " + name)) {
            rs.next();
            String value = rs.getString(1);
            c.commit();
            return value;
        }
    }
}
