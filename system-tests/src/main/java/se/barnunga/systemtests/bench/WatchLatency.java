package se.barnunga.systemtests.bench;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.databind.JsonNode;

import se.barnunga.systemtests.Api;
import se.barnunga.systemtests.Personuppgifter;
import se.barnunga.systemtests.ProcessSystem;
import se.barnunga.systemtests.Topics;

/**
 * B2: a concern reported ({@code POST /api/oro} on the concern-service) → its CloudEvent on {@code barnunga.oro.v1} →
 * its same-day protection-assessment watch visible in the deadline-service ({@code GET /api/bevakningar/arenden/{id}}
 * answers 200). The latency runs from the 201 of the command to the sending of the first poll that found the watch;
 * each case is polled every {@link #POLL_MILLIS} ms.
 */
final class WatchLatency {

    static final long POLL_MILLIS = 20;
    static final long GIVE_UP_SECONDS = 60;
    static final int STEADY_RATE = 20;
    static final String TOPIC = "barnunga.bevakning.v1";
    /** The concern-service's topic: the first hop of the chain (its publisher), by the record key (the concern's id). */
    static final String ORO_TOPIC = "barnunga.oro.v1";

    private final ProcessSystem sut;
    private final BenchSize size;
    private final Api api;
    private final Personuppgifter personuppgifter;
    private final String reporter;
    private final String reader;

    WatchLatency(ProcessSystem sut, BenchSize size, Api api, Personuppgifter personuppgifter) {
        this.sut = sut;
        this.size = size;
        this.api = api;
        this.personuppgifter = personuppgifter;
        this.reporter = sut.token("utforare", "UTF-1", "bench-utforare");
        this.reader = sut.token("rapportor", "MYND-1", "bench-rapportor"); // reads every unit's watches
    }

    /** What one series measured. */
    record Series(Latencies watch, Latencies command, Latencies onTopic, Latencies onOroTopic, int sent, int acknowledged,
                  int polled, int seen, long polls, int seenOnTopic) {
    }

    void run(BenchReport report) throws InterruptedException {
        BenchReport.Scenario b2 = report.scenario("B2", "command → CloudEvent on Kafka → watch visible in the deadline-service");
        // the services were (re)started just before: without a warm-up the steady series would measure the JIT compiling
        // the chain's code (and a queue that builds meanwhile), not a steady state
        int warmup = warmup();
        System.out.println("[bench] B2: warm-up, " + warmup + " concerns at " + STEADY_RATE + "/s (not measured)");
        Series warm = series(warmup, 1_000_000_000L / STEADY_RATE, warmup);
        System.out.println("[bench] B2: warm-up done, " + warm.seenOnTopic() + " of " + warm.acknowledged() + " watches on " + TOPIC);
        System.out.println("[bench] B2: " + size.b2Steady() + " concerns at a steady " + STEADY_RATE + "/s");
        Series steady = series(size.b2Steady(), 1_000_000_000L / STEADY_RATE, size.b2PollEvery());
        report(b2, "steady " + STEADY_RATE + "/s", steady);
        System.out.println("[bench] B2: a burst of " + size.b2Burst() + " concerns at once");
        Series burst = series(size.b2Burst(), 0, size.b2PollEvery());
        report(b2, "burst of " + size.b2Burst(), burst);
        b2.note("A concern (`POST /api/oro`, role utförare) is the command; its watch SKYDDSBEDOMNING is what the "
                + "deadline-service makes of the concern's public event. Each concern is polled with "
                + "`GET /api/bevakningar/arenden/{oroId}` (role rapportör) every " + POLL_MILLIS + " ms from its 201 on; the "
                + "latency ends at the sending of the first poll that answered 200, so it is exact to within one poll interval "
                + "plus one poll's own time (the polls add load to the deadline-service: about " + (1000 / POLL_MILLIS)
                + " requests/s per concern in flight, at most 3 at a time, so with many concerns in flight each is polled less "
                + "often: the row 'polls per watch' shows how often).");
        b2.note("Steady: commands sent on a fixed schedule (" + STEADY_RATE + "/s) by 8 threads; burst: all sent at once by "
                + "the same 8 threads. The baseline is the command's own response time (p-for-p) in the same series.");
        b2.note("Only every " + size.b2PollEvery() + ". concern is polled over REST (the polls are audited reads: polling "
                + "every concern would load the deadline-service and PostgreSQL enough to change what is measured). Every "
                + "concern's watch is also found on " + TOPIC + " (BevakningStartad, rule SKYDDSBEDOMNING): that latency ends "
                + "at the record's timestamp, the deadline-service's producer's send time on this machine's clock (ms), so it "
                + "includes the deadline-service's own publisher, one hop more than the REST figure, and adds no load.");
        b2.note("A concern not visible within " + GIVE_UP_SECONDS + " s counts as not seen (the row 'seen' shows it).");
        b2.note("Before the steady series, a warm-up of " + warmup + " concerns at " + STEADY_RATE + "/s runs the whole chain "
                + "once (not measured), and waits until each of their watches is on " + TOPIC + ": the services are started "
                + "just before B2, and the steady series is to measure the chain, not the JIT compiling it.");
    }

    /** Concerns of the unmeasured warm-up before the steady series: a third of it, at least 2. */
    private int warmup() {
        return Math.max(2, size.b2Steady() / 3);
    }

    private void report(BenchReport.Scenario b2, String label, Series s) {
        for (double p : new double[] {50, 95, 99, 100}) {
            String pn = p == 100 ? "max" : "p" + (int) p;
            double v = p == 100 ? s.watch().maxMillis() : s.watch().percentileMillis(p);
            double base = p == 100 ? s.command().maxMillis() : s.command().percentileMillis(p);
            String target = p == 50 ? "≤ 100 ms" : p == 99 ? "≤ 300 ms" : null;
            Boolean met = p == 50 ? Boolean.valueOf(v <= 100) : p == 99 ? Boolean.valueOf(v <= 300) : null;
            b2.row(new BenchReport.Row(label + ": " + pn + " command 201 → watch visible (REST)", v, "ms",
                    "the command's response time, " + pn, base, BenchReport.ratioOf(v, base), target, met));
        }
        b2.row(new BenchReport.Row(label + ": watches seen over REST (of " + s.polled() + " polled; " + s.sent() + " sent, "
                + s.acknowledged() + " acknowledged)", s.seen(), "", null, null, null, null, null));
        if (s.seen() > 0) {
            b2.row(new BenchReport.Row(label + ": polls per watch seen (mean)", (double) s.polls() / s.seen(), "", null, null,
                    null, null, null));
        }
        for (double p : new double[] {50, 95, 99, 100}) {
            String pn = p == 100 ? "max" : "p" + (int) p;
            double v = p == 100 ? s.onTopic().maxMillis() : s.onTopic().percentileMillis(p);
            double base = p == 100 ? s.command().maxMillis() : s.command().percentileMillis(p);
            b2.row(new BenchReport.Row(label + ": " + pn + " command 201 → BevakningStartad sent to " + TOPIC, v, "ms",
                    "the command's response time, " + pn, base, BenchReport.ratioOf(v, base), null, null));
        }
        b2.row(new BenchReport.Row(label + ": watches on " + TOPIC + " (of " + s.acknowledged() + " acknowledged)",
                s.seenOnTopic(), "", null, null, null, null, null));
        if (s.onOroTopic().count() > 0) { // the first hop alone: where the time of the chain goes
            for (double p : new double[] {50, 99}) {
                String pn = "p" + (int) p;
                double v = s.onOroTopic().percentileMillis(p);
                double base = s.command().percentileMillis(p);
                b2.row(new BenchReport.Row(label + ": " + pn + " command 201 → the concern's event sent to " + ORO_TOPIC
                        + " (first hop: the concern-service's publisher)", v, "ms", "the command's response time, " + pn, base,
                        BenchReport.ratioOf(v, base), null, null));
            }
        }
    }

    /**
     * Sends {@code count} concerns, one every {@code intervalNanos} (0: all at once); polls every
     * {@code pollEvery}-th for its watch over REST, and then finds every concern's watch on the topic.
     */
    private Series series(int count, long intervalNanos, int pollEvery) throws InterruptedException {
        Latencies watch = new Latencies();
        Latencies command = new Latencies();
        Latencies onTopic = new Latencies();
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicInteger polled = new AtomicInteger();
        AtomicInteger seen = new AtomicInteger();
        AtomicLong polls = new AtomicLong();
        Map<String, Long> answeredAt = new ConcurrentHashMap<>(); // oroId → epoch millis of its 201
        int toPoll = (count + pollEvery - 1) / pollEvery;
        CountDownLatch done = new CountDownLatch(toPoll);
        ExecutorService senders = Executors.newFixedThreadPool(8);
        ScheduledExecutorService pollers = Executors.newScheduledThreadPool(3);
        try {
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                long due = start + i * intervalNanos;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                boolean poll = i % pollEvery == 0;
                senders.execute(() -> {
                    long t0 = System.nanoTime();
                    Api.Answer answer = api.sendUncounted(sut.baseUri(ProcessSystem.CONCERN).resolve("/api/oro"), "POST",
                            reporter, personuppgifter.oroBody());
                    long answered = System.nanoTime();
                    long answeredMillis = System.currentTimeMillis();
                    if (answer.status() != 201 || answer.location() == null) {
                        System.out.println("[bench] B2: POST /api/oro answered " + answer);
                        if (poll) {
                            done.countDown();
                        }
                        return;
                    }
                    command.recordNanos(answered - t0);
                    acknowledged.incrementAndGet();
                    String oroId = answer.location().substring(answer.location().lastIndexOf('/') + 1);
                    answeredAt.put(oroId, answeredMillis);
                    if (poll) {
                        polled.incrementAndGet();
                        URI uri = sut.baseUri(ProcessSystem.DEADLINE).resolve("/api/bevakningar/arenden/" + oroId);
                        pollers.execute(new Poll(pollers, uri, answered, watch, seen, polls, done));
                    }
                });
            }
            if (!done.await(GIVE_UP_SECONDS + 30, TimeUnit.SECONDS)) {
                System.out.println("[bench] B2: " + done.getCount() + " watch(es) not seen in time");
            }
        } finally {
            senders.shutdownNow();
            pollers.shutdownNow();
            senders.awaitTermination(10, TimeUnit.SECONDS);
            pollers.awaitTermination(10, TimeUnit.SECONDS);
        }
        int seenOnTopic = findOnTopic(answeredAt, onTopic);
        Latencies onOroTopic = new Latencies();
        findConcernsOnTopic(answeredAt, onOroTopic);
        return new Series(watch, command, onTopic, onOroTopic, count, acknowledged.get(), polled.get(), seen.get(),
                polls.get(), seenOnTopic);
    }

    /**
     * The SKYDDSBEDOMNING BevakningStartad of each concern on the deadline-service's topic: its record timestamp (the
     * producer's send time, on this machine's clock) minus the concern's 201. Returns how many were found.
     */
    private int findOnTopic(Map<String, Long> answeredAt, Latencies onTopic) throws InterruptedException {
        Map<String, Long> sentAt = new HashMap<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(GIVE_UP_SECONDS);
        while (sentAt.size() < answeredAt.size() && System.nanoTime() < deadline) {
            for (ConsumerRecord<byte[], byte[]> r : Topics.readAll(sut.kafkaBootstrapServers(), List.of(TOPIC))) {
                if (!"BevakningStartad".equals(Topics.header(r, "ce_type"))) {
                    continue;
                }
                try {
                    JsonNode event = Api.JSON.readTree(r.value());
                    String arende = event.path("arendeId").asText();
                    if ("SKYDDSBEDOMNING".equals(event.path("regelId").asText()) && answeredAt.containsKey(arende)) {
                        sentAt.merge(arende, r.timestamp(), Math::min);
                    }
                } catch (java.io.IOException e) {
                    // not ours: the privacy and contract checks of the system tests look at such records
                }
            }
            if (sentAt.size() < answeredAt.size()) {
                Thread.sleep(1000);
            }
        }
        sentAt.forEach((arende, millis) -> onTopic.recordNanos(TimeUnit.MILLISECONDS.toNanos(millis - answeredAt.get(arende))));
        return sentAt.size();
    }

    /**
     * The first record of each concern on the concern-service's topic (keyed by the concern's id): its timestamp minus
     * the concern's 201 is the first hop of the chain, the concern-service's publisher.
     */
    private void findConcernsOnTopic(Map<String, Long> answeredAt, Latencies onOroTopic) {
        Map<String, Long> sentAt = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> r : Topics.readAll(sut.kafkaBootstrapServers(), List.of(ORO_TOPIC))) {
            String key = r.key() == null ? null : new String(r.key(), java.nio.charset.StandardCharsets.UTF_8);
            if (key != null && answeredAt.containsKey(key)) {
                sentAt.merge(key, r.timestamp(), Math::min);
            }
        }
        sentAt.forEach((oroId, millis) -> onOroTopic.recordNanos(TimeUnit.MILLISECONDS.toNanos(millis - answeredAt.get(oroId))));
    }

    /** Polls one case's watches until they are there (or {@link #GIVE_UP_SECONDS} have passed). */
    private final class Poll implements Runnable {
        private final ScheduledExecutorService pollers;
        private final URI uri;
        private final long answered;
        private final Latencies watch;
        private final AtomicInteger seen;
        private final AtomicLong polls;
        private final CountDownLatch done;

        Poll(ScheduledExecutorService pollers, URI uri, long answered, Latencies watch, AtomicInteger seen,
             AtomicLong polls, CountDownLatch done) {
            this.pollers = pollers;
            this.uri = uri;
            this.answered = answered;
            this.watch = watch;
            this.seen = seen;
            this.polls = polls;
            this.done = done;
        }

        @Override
        public void run() {
            long sent = System.nanoTime();
            polls.incrementAndGet();
            Api.Answer answer = api.sendUncounted(uri, "GET", reader, null);
            if (answer.status() == 200 && answer.json().path("bevakningar").size() > 0) {
                watch.recordNanos(sent - answered);
                seen.incrementAndGet();
                done.countDown();
            } else if (System.nanoTime() - answered > TimeUnit.SECONDS.toNanos(GIVE_UP_SECONDS)) {
                System.out.println("[bench] B2: no watch at " + uri + " after " + GIVE_UP_SECONDS + " s (last answer " + answer + ")");
                done.countDown();
            } else if (!pollers.isShutdown()) {
                pollers.schedule(this, POLL_MILLIS, TimeUnit.MILLISECONDS);
            }
        }
    }
}
