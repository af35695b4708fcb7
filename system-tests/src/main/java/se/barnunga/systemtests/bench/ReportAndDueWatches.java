package se.barnunga.systemtests.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import com.fasterxml.jackson.databind.JsonNode;

import se.barnunga.systemtests.Api;
import se.barnunga.systemtests.CaseLoad;
import se.barnunga.systemtests.Personuppgifter;
import se.barnunga.systemtests.ProcessSystem;
import se.barnunga.systemtests.ProcessorChecks;
import se.barnunga.systemtests.RunSummary;
import se.barnunga.systemtests.Topics;

/**
 * B5: {@code N} decisions on intervention made the same day, not carried out: (a) all their start watches due in the
 * same minute – from the deadline-service coming up with its clock past the due time to the last
 * {@code BevakningPasserad} on {@code barnunga.bevakning.v1}, each watch alerted once; (b) the IVO report of the quarter
 * in which their three months pass, with {@code N} reportable decisions.
 *
 * <p>The state is made fast and honestly: ONE real case is walked through the assignment-service's routine over REST
 * up to the decision (and on to the appointed performer), and the deadline-service makes its watches from the real
 * CloudEvents. Then both services are stopped and that case's stored events (and snapshots) and read-model rows are
 * copied {@code N - 1} times in their databases with new case ids (the case id replaced in every copied value), and the
 * processors' tokens are moved past the copies – exactly the state {@code N} such cases would have left, without
 * publishing {@code N} times what the template already published. The services then start again: the alerts are
 * raised by the real sweep through the real aggregates and the real publisher.
 *
 * <p>Time is moved as the system tests move it: the deadline-service is restarted with {@code barnunga.clock.offset}.
 */
final class ReportAndDueWatches {

    static final String TOPIC = "barnunga.bevakning.v1";
    static final String START_RULE = "VERKSTALLIGHET_START";
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    static final String BASELINE_TOPIC = "bench.b5.producer-baseline";
    /** Tables that name cases but are not a case's state (audit, de-duplication, parking): never copied. */
    static final Set<String> NOT_COPIED = Set.of("audit_log", "processed_event", "parked_event", "flyway_schema_history");

    private final ProcessSystem sut;
    private final BenchSize size;
    private final Api api;
    private final Personuppgifter personuppgifter;
    private final RunSummary summary;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    ReportAndDueWatches(ProcessSystem sut, BenchSize size, Api api, Personuppgifter personuppgifter, RunSummary summary) {
        this.sut = sut;
        this.size = size;
        this.api = api;
        this.personuppgifter = personuppgifter;
        this.summary = summary;
    }

    void run(BenchReport report) throws Exception {
        BenchReport.Scenario b5 = report.scenario("B5", "IVO report of a quarter with N reportable decisions; N watches due in the "
                + "same minute, all alerts out");
        // -Dbarnunga.bench.b5.decisions=N overrides the size's N (to try other sizes); -Dbarnunga.bench.b5.svep=page,group,threads
        // runs the sweep with other settings (e.g. 500,1,1: one case per transaction on one thread, as before issue 17)
        int n = Integer.getInteger("barnunga.bench.b5.decisions", size.b5Decisions());
        Map<String, String> sweep = new java.util.LinkedHashMap<>();
        String svep = System.getProperty("barnunga.bench.b5.svep", "").trim();
        if (!svep.isEmpty()) {
            String[] v = svep.split(",");
            sweep.put("barnunga.bevakning.svep-sida", v[0].trim());
            sweep.put("barnunga.bevakning.svep-per-transaktion", v[1].trim());
            sweep.put("barnunga.bevakning.svep-parallellitet", v[2].trim());
            b5.note("Sweep settings of this run: " + sweep + ".");
        }
        System.out.println("[bench] B5: one real case through the routine, then " + (n - 1) + " copies of it");
        String template = template();
        Instant due = startWatchDue(template);
        LocalDate ivoDue = ivoDueDate(template);

        sut.kill(ProcessSystem.ASSIGNMENT);
        sut.kill(ProcessSystem.DEADLINE);
        List<String> ids = new ArrayList<>();
        ids.add(template);
        for (int i = 1; i < n; i++) {
            ids.add(UUID.randomUUID().toString());
        }
        long copyStart = System.nanoTime();
        copy(ProcessSystem.ASSIGNMENT, "uppdrag_id", template, ids.subList(1, ids.size()));
        copy(ProcessSystem.DEADLINE, "arende_id", template, ids.subList(1, ids.size()));
        double copySeconds = (System.nanoTime() - copyStart) / 1e9;
        System.out.printf("[bench] B5: state of %d cases made in %.1f s%n", n, copySeconds);
        sut.restart(ProcessSystem.ASSIGNMENT);

        // (a) due in the same minute: the deadline-service comes up with its clock just past the start watches' due time
        Duration offset = Duration.between(Instant.now(), due).plusSeconds(2);
        Map<String, String> properties = new java.util.LinkedHashMap<>(sweep);
        properties.put("barnunga.clock.offset", offset.toString());
        sut.restart(ProcessSystem.DEADLINE, properties);
        long ready = System.currentTimeMillis();
        long deadlineCpu = ProcStat.cpuMillis(sut.pid(ProcessSystem.DEADLINE));
        long postgresCpu = ProcStat.treeCpuMillis(sut.postmasterPid());
        long brokerCpu = ProcStat.cpuMillis(sut.brokerPid());
        System.out.println("[bench] B5: deadline-service up with its clock past the due time; waiting for " + n + " alerts");
        Alerts alerts = alerts(new HashSet<>(ids), ready, Duration.ofSeconds(Math.max(120, n / 100)));
        deadlineCpu = ProcStat.cpuMillis(sut.pid(ProcessSystem.DEADLINE)) - deadlineCpu;
        postgresCpu = ProcStat.treeCpuMillis(sut.postmasterPid()) - postgresCpu;
        brokerCpu = ProcStat.cpuMillis(sut.brokerPid()) - brokerCpu;
        Producing baseline = producerBaseline(n, alerts.meanRecordBytes());
        reportAlerts(b5, n, alerts, baseline);
        int raised = Math.max(1, alerts.records());
        b5.row(new BenchReport.Row("CPU per alert, from ready to the last alert: deadline-service", (double) deadlineCpu / raised, "ms",
                null, null, null, null, null));
        b5.row(new BenchReport.Row("CPU per alert, from ready to the last alert: PostgreSQL", (double) postgresCpu / raised, "ms",
                null, null, null, null, null));
        b5.note(String.format("The broker's CPU from ready to the last alert: %.3f ms per alert.", (double) brokerCpu / raised));
        ProcessorChecks.assertProcessorsAtHead(sut, summary);

        // (b) the report: the clock in the quarter after the three months passed; the sweep off, so nothing else runs
        LocalDate passed = ivoDue.plusDays(1);
        String quarter = passed.getYear() + "-Q" + ((passed.getMonthValue() - 1) / 3 + 1);
        LocalDate nextQuarter = LocalDate.of(passed.getYear(), ((passed.getMonthValue() - 1) / 3) * 3 + 1, 1).plusMonths(3);
        Instant reportTime = nextQuarter.plusDays(1).atTime(10, 0).atZone(STOCKHOLM).toInstant();
        sut.kill(ProcessSystem.DEADLINE);
        sut.restart(ProcessSystem.DEADLINE, Map.of("barnunga.clock.offset", Duration.between(Instant.now(), reportTime).toString(),
                "barnunga.bevakning.svep-intervall", "off"));
        reportFigures(b5, n, quarter);

        b5.note("State: one case walked over REST through the assignment-service's routine (enquiry … decision today … "
                + "appointed performer), its CloudEvents consumed by the deadline-service; then, with both services stopped, "
                + "that case's stored events, snapshots and read-model rows copied " + (n - 1) + " times in their databases "
                + "with new case ids, and the processors' tokens moved past the copies (" + String.format("%.1f", copySeconds)
                + " s). So the " + n + " cases are what " + n + " such decisions would have left; what is measured runs "
                + "through the real sweep, aggregates, projection, publisher and report code.");
        b5.note("Alerts: the deadline-service is restarted with barnunga.clock.offset so its clock is past the " + START_RULE
                + " watches' common due time (" + due + ") when it is ready; the sweep first runs 5 s after the start. Time "
                + "is from ready to the record timestamp (the producer's send time) of the last BevakningPasserad; every "
                + "CloudEvent id and every watch counted once. Baseline: a plain Kafka producer (acks=all, idempotent) "
                + "sending the same number of records of the same mean size to " + BASELINE_TOPIC + " on the same broker.");
        b5.note("Report: GET /api/ivo/rapporter/" + quarter + " (JSON, role rapportör) with the clock in the next quarter "
                + "and the sweep off; the identifying fields come from the assignment-service in bulk calls "
                + "(POST /api/uppdrag/ivo-uppgifter, 1,000 cases each). Baseline: SELECT count(*) of the same selection over "
                + "JDBC on the deadline-service's database. The statistics (read model only) shown beside it.");
    }

    // ------------------------------------------------------------------------------------------------ the state

    /** One case walked over REST up to the decision and beyond; returns its id once the deadline-service has its watches. */
    private String template() throws Exception {
        CaseLoad load = new CaseLoad(sut, api, personuppgifter, "bench-b5");
        String id = null;
        for (int attempt = 0; attempt < 3 && id == null; attempt++) {
            load.walkOneCase();
            for (CaseLoad.Fall f : load.cases()) {
                if (f.acknowledged.contains(CaseLoad.Steg.ANSVARIG_UTFORARE)) {
                    id = f.uppdragId;
                }
            }
        }
        if (id == null) {
            throw new IllegalStateException("B5: no case made it through the routine");
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (startWatchDueOrNull(id) == null) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("B5: the deadline-service made no " + START_RULE + " watch for " + id);
            }
            Thread.sleep(200);
        }
        ProcessorChecks.assertProcessorsAtHead(sut, summary);
        return id;
    }

    private Instant startWatchDue(String id) throws SQLException {
        return startWatchDueOrNull(id);
    }

    private Instant startWatchDueOrNull(String id) throws SQLException {
        try (Connection c = connect(ProcessSystem.DEADLINE);
             PreparedStatement s = c.prepareStatement("SELECT forfaller FROM bevakning_vy WHERE arende_id = ? AND regel_id = ?")) {
            s.setString(1, id);
            s.setString(2, START_RULE);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getTimestamp(1).toInstant() : null;
            }
        }
    }

    private LocalDate ivoDueDate(String id) throws SQLException {
        try (Connection c = connect(ProcessSystem.DEADLINE);
             PreparedStatement s = c.prepareStatement("SELECT min(forfallodatum) FROM bevakning_vy WHERE arende_id = ? AND ivo")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next() || rs.getDate(1) == null) {
                    throw new IllegalStateException("B5: the template case has no IVO watch");
                }
                return rs.getDate(1).toLocalDate();
            }
        }
    }

    private Connection connect(String service) throws SQLException {
        return DriverManager.getConnection(sut.jdbcUrl(service), sut.postgresUser(), "");
    }

    /**
     * Copies the template case's events, snapshots and read-model rows (every table with {@code idColumn} but the
     * {@link #NOT_COPIED}) once per id, replacing the template's id in every text and payload, and moves every
     * processor's token past the copies. The service must be stopped.
     */
    private void copy(String service, String idColumn, String template, List<String> ids) throws SQLException {
        try (Connection c = connect(service)) {
            c.setAutoCommit(false);
            List<String> tables = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT table_name FROM information_schema.columns "
                    + "WHERE table_schema = current_schema() AND column_name = ? ORDER BY table_name")) {
                s.setString(1, idColumn);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        if (!NOT_COPIED.contains(rs.getString(1))) {
                            tables.add(rs.getString(1));
                        }
                    }
                }
            }
            for (int from = 0; from < ids.size(); from += 5000) {
                List<String> part = ids.subList(from, Math.min(ids.size(), from + 5000));
                Array chunk = c.createArrayOf("text", part.toArray());
                List<EventStoreCopies.Copy> copies = EventStoreCopies.copiesOf(template, part);
                EventStoreCopies.copy(c, "domainevententry", copies, EventStoreCopies.Order.BY_COPY);
                EventStoreCopies.copy(c, "snapshotevententry", copies, EventStoreCopies.Order.BY_COPY);
                for (String table : tables) {
                    copyRows(c, table, idColumn, template, chunk);
                }
                c.commit();
            }
            EventStoreCopies.moveTokensToHead(c);
            c.commit();
        }
    }

    private static void copyRows(Connection c, String table, String idColumn, String template, Array ids) throws SQLException {
        List<String> columns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        int replaced = 0;
        try (PreparedStatement s = c.prepareStatement("SELECT column_name, data_type FROM information_schema.columns "
                + "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String col = rs.getString(1);
                    String type = rs.getString(2);
                    columns.add(col);
                    if (type.equals("character varying") || type.equals("text")) {
                        values.add("replace(t." + col + ", ?, n.id)");
                        replaced++;
                    } else if (type.equals("jsonb")) {
                        // the assignment-service's ivo_vy keeps its record and events as JSONB, naming the case
                        values.add("replace(t." + col + "::text, ?, n.id)::jsonb");
                        replaced++;
                    } else if (type.equals("bytea")) {
                        values.add("convert_to(replace(convert_from(t." + col + ", 'UTF8'), ?, n.id), 'UTF8')");
                        replaced++;
                    } else {
                        values.add("t." + col);
                    }
                }
            }
        }
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + String.join(", ", values)
                + " FROM " + table + " t CROSS JOIN unnest(?::text[]) AS n(id) WHERE t." + idColumn + " = ?";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int p = 1;
            for (int i = 0; i < replaced; i++) {
                s.setString(p++, template);
            }
            s.setArray(p++, ids);
            s.setString(p, template);
            s.executeUpdate();
        }
    }

    // ----------------------------------------------------------------------------------------------- the alerts

    /** What was found on the topic for our cases' start watches. */
    record Alerts(int records, int distinctIds, int distinctWatches, int maxPerWatch, long firstMillis, long lastMillis,
                  long readyMillis, long bytes, int otherAlerts) {
        double meanRecordBytes() {
            return records == 0 ? 500 : (double) bytes / records;
        }
    }

    private Alerts alerts(Set<String> ids, long ready, Duration giveUp) throws InterruptedException {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, sut.kafkaBootstrapServers());
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        Set<String> ceIds = new HashSet<>();
        Map<String, Integer> perWatch = new HashMap<>();
        int records = 0;
        int other = 0;
        long bytes = 0;
        long first = Long.MAX_VALUE;
        long last = 0;
        long deadline = System.nanoTime() + giveUp.toNanos();
        long quietUntil = Long.MAX_VALUE;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                    .map(i -> new TopicPartition(TOPIC, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (System.nanoTime() < Math.min(deadline, quietUntil)) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    String type = header(r, "ce_type");
                    if (!"BevakningPasserad".equals(type) && !"BevakningPåminnelse".equals(type)) {
                        continue;
                    }
                    JsonNode event;
                    try {
                        event = Api.JSON.readTree(r.value());
                    } catch (java.io.IOException e) {
                        continue;
                    }
                    if (!ids.contains(event.path("arendeId").asText())) {
                        continue;
                    }
                    if (!"BevakningPasserad".equals(type) || !START_RULE.equals(event.path("regelId").asText())) {
                        other++;
                        continue;
                    }
                    records++;
                    bytes += r.serializedValueSize() + r.serializedKeySize();
                    for (Header h : r.headers()) {
                        bytes += h.key().length() + (h.value() == null ? 0 : h.value().length);
                    }
                    ceIds.add(header(r, "ce_id"));
                    perWatch.merge(event.path("bevakningId").asText(), 1, Integer::sum);
                    first = Math.min(first, r.timestamp());
                    last = Math.max(last, r.timestamp());
                }
                if (perWatch.size() >= ids.size() && quietUntil == Long.MAX_VALUE) {
                    quietUntil = System.nanoTime() + Duration.ofSeconds(5).toNanos(); // read on a little: any duplicate?
                    System.out.println("[bench] B5: all " + ids.size() + " alerts seen; reading on 5 s for duplicates");
                }
            }
        }
        int max = perWatch.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return new Alerts(records, ceIds.size(), perWatch.size(), max, first == Long.MAX_VALUE ? ready : first, last, ready,
                bytes, other);
    }

    private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** What a plain producer did with the same number of records of the same size. */
    record Producing(int records, double seconds) {
        double rate() {
            return records / seconds;
        }
    }

    private Producing producerBaseline(int n, double meanBytes) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, sut.kafkaBootstrapServers());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        byte[] value = new byte[(int) Math.max(100, meanBytes - 40)];
        java.util.Arrays.fill(value, (byte) 'x');
        long start = System.nanoTime();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p)) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                sent.add(producer.send(new ProducerRecord<>(BASELINE_TOPIC, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8), value)));
            }
            producer.flush();
            for (Future<RecordMetadata> f : sent) {
                f.get();
            }
        }
        return new Producing(n, (System.nanoTime() - start) / 1e9);
    }

    private void reportAlerts(BenchReport.Scenario b5, int n, Alerts a, Producing baseline) {
        double allOut = (a.lastMillis() - a.readyMillis()) / 1000.0;
        double spread = Math.max(0.001, (a.lastMillis() - a.firstMillis()) / 1000.0);
        boolean exactlyOnce = a.records() == n && a.distinctIds() == n && a.distinctWatches() == n && a.maxPerWatch() == 1;
        b5.row(new BenchReport.Row(n + " watches due: ready → last alert on " + TOPIC, allOut, "s",
                "plain producer, same records (acks=all, idempotent)", baseline.seconds(),
                BenchReport.ratioOf(allOut, baseline.seconds()), "≤ 60 s, each once", allOut <= 60 && exactlyOnce));
        b5.row(new BenchReport.Row("ready → first alert (the sweep's first run is 5 s after the start)",
                (a.firstMillis() - a.readyMillis()) / 1000.0, "s", null, null, null, null, null));
        b5.row(new BenchReport.Row("alert rate, first → last alert", a.records() / spread, "/s",
                "plain producer's rate, same records", baseline.rate(), BenchReport.ratioOf(a.records() / spread, baseline.rate()),
                null, null));
        b5.row(new BenchReport.Row("alerts (BevakningPasserad " + START_RULE + ") on the topic (of " + n + " due; distinct "
                + "CloudEvent ids " + a.distinctIds() + ", distinct watches " + a.distinctWatches() + ", most per watch "
                + a.maxPerWatch() + ")", a.records(), "", null, null, null, "each once", exactlyOnce));
        if (a.otherAlerts() > 0) {
            b5.row(new BenchReport.Row("other alerts of the same cases in the same sweep", a.otherAlerts(), "", null, null, null,
                    null, null));
        }
    }

    // ----------------------------------------------------------------------------------------------- the report

    private void reportFigures(BenchReport.Scenario b5, int n, String quarter) throws Exception {
        String rapportor = sut.token("rapportor", "STAB-1", "bench-rapportor");
        URI report = sut.baseUri(ProcessSystem.DEADLINE).resolve("/api/ivo/rapporter/" + quarter);
        URI statistics = sut.baseUri(ProcessSystem.DEADLINE).resolve("/api/ivo/statistik/" + quarter);
        int rounds = n >= 10_000 ? 3 : 2;
        Latencies reportTimes = new Latencies();
        Latencies statisticsTimes = new Latencies();
        Latencies countTimes = new Latencies();
        int listed = -1;
        int status = 0;
        long[] cpu = new long[3]; // CPU during the report requests: deadline-service, assignment-service, PostgreSQL
        for (int i = 0; i < rounds; i++) {
            countTimes.recordNanos(timedCount(quarter));
            long[] cpu0 = reportCpu();
            long t0 = System.nanoTime();
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(report).timeout(Duration.ofMinutes(10))
                    .header("Authorization", "Bearer " + rapportor).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            long took = System.nanoTime() - t0;
            long[] cpu1 = reportCpu();
            for (int k = 0; k < cpu.length; k++) {
                cpu[k] += cpu1[k] - cpu0[k];
            }
            status = r.statusCode();
            if (status != 200) {
                System.out.println("[bench] B5: the report answered " + status + ": "
                        + new String(r.body(), 0, Math.min(300, r.body().length), StandardCharsets.UTF_8));
                summary.finding("B5", "GET " + report.getPath() + " answered " + status);
                break;
            }
            reportTimes.recordNanos(took);
            JsonNode json = Api.JSON.readTree(r.body());
            listed = json.path("ejVerkstallda").size() + json.path("verkstalldaEllerAvslutadeEfterRapport").size();
            long s0 = System.nanoTime();
            HttpResponse<byte[]> s = http.send(HttpRequest.newBuilder(statistics).timeout(Duration.ofMinutes(5))
                    .header("Authorization", "Bearer " + rapportor).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (s.statusCode() == 200) {
                statisticsTimes.recordNanos(System.nanoTime() - s0);
            }
            System.out.printf("[bench] B5: report %d: %.0f ms, %d entries%n", i + 1, took / 1e6, listed);
        }
        double count = countTimes.percentileMillis(50);
        if (status == 200) {
            double v = reportTimes.percentileMillis(50);
            b5.row(new BenchReport.Row("IVO report " + quarter + ", " + listed + " entries (" + n + " decisions made): "
                    + "response time, median of " + rounds, v, "ms", "SELECT count(*) of the same selection (JDBC), median",
                    count, BenchReport.ratioOf(v, count), "≤ 2000 ms", v <= 2000));
        } else {
            b5.row(new BenchReport.Row("IVO report " + quarter + ": HTTP status (not 200: no time)", status, "", null, null,
                    null, "≤ 2000 ms", false));
        }
        if (status == 200) {
            String[] processes = {"deadline-service", "assignment-service", "PostgreSQL"};
            for (int k = 0; k < cpu.length; k++) {
                b5.row(new BenchReport.Row("CPU per report (mean of " + rounds + "): " + processes[k], (double) cpu[k] / rounds,
                        "ms", null, null, null, null, null));
            }
        }
        if (statisticsTimes.count() > 0) {
            double v = statisticsTimes.percentileMillis(50);
            b5.row(new BenchReport.Row("IVO statistics " + quarter + " (read model only): response time, median", v, "ms",
                    "SELECT count(*) of the same selection (JDBC), median", count, BenchReport.ratioOf(v, count), null, null));
        }
    }

    /** CPU used so far by the deadline-service, the assignment-service and PostgreSQL (all its processes), in ms. */
    private long[] reportCpu() {
        return new long[] {ProcStat.cpuMillis(sut.pid(ProcessSystem.DEADLINE)), ProcStat.cpuMillis(sut.pid(ProcessSystem.ASSIGNMENT)),
                ProcStat.treeCpuMillis(sut.postmasterPid())};
    }

    private long timedCount(String quarter) throws SQLException {
        int year = Integer.parseInt(quarter.substring(0, 4));
        int q = quarter.charAt(6) - '0';
        LocalDate first = LocalDate.of(year, (q - 1) * 3 + 1, 1);
        LocalDate last = first.plusMonths(3).minusDays(1);
        try (Connection c = connect(ProcessSystem.DEADLINE);
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM arende_vy WHERE arendetyp = 'UPPDRAG' "
                     + "AND lagrum IN ('SOL_2025_11_1', 'SOL_2001_4_1') AND beslutsdatum <= ? "
                     + "AND (avslutsdatum IS NULL OR avslutsdatum >= ?)")) {
            s.setObject(1, last);
            s.setObject(2, first);
            long t0 = System.nanoTime();
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                rs.getLong(1);
            }
            return System.nanoTime() - t0;
        }
    }
}
