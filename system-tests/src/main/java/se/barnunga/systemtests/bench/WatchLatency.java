package se.barnunga.systemtests.bench;

import java.net.URI;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import se.barnunga.systemtests.Api;
import se.barnunga.systemtests.Personuppgifter;
import se.barnunga.systemtests.ProcessSystem;

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
    record Series(Latencies watch, Latencies command, int sent, int acknowledged, int seen) {
    }

    void run(BenchReport report) throws InterruptedException {
        BenchReport.Scenario b2 = report.scenario("B2", "command → CloudEvent on Kafka → watch visible in the deadline-service");
        System.out.println("[bench] B2: " + size.b2Steady() + " concerns at a steady " + STEADY_RATE + "/s");
        Series steady = series(size.b2Steady(), 1_000_000_000L / STEADY_RATE);
        report(b2, "steady " + STEADY_RATE + "/s", steady);
        System.out.println("[bench] B2: a burst of " + size.b2Burst() + " concerns at once");
        Series burst = series(size.b2Burst(), 0);
        report(b2, "burst of " + size.b2Burst(), burst);
        b2.note("A concern (`POST /api/oro`, role utförare) is the command; its watch SKYDDSBEDOMNING is what the "
                + "deadline-service makes of the concern's public event. Each concern is polled with "
                + "`GET /api/bevakningar/arenden/{oroId}` (role rapportör) every " + POLL_MILLIS + " ms from its 201 on; the "
                + "latency ends at the sending of the first poll that answered 200, so it is exact to within one poll interval "
                + "plus one poll's own time (the polls add load to the deadline-service: about " + (1000 / POLL_MILLIS)
                + " requests/s per concern in flight).");
        b2.note("Steady: commands sent on a fixed schedule (" + STEADY_RATE + "/s) by 8 threads; burst: all sent at once by "
                + "the same 8 threads. The baseline is the command's own response time (p-for-p) in the same series.");
        b2.note("A concern not visible within " + GIVE_UP_SECONDS + " s counts as not seen (the row 'seen' shows it).");
    }

    private void report(BenchReport.Scenario b2, String label, Series s) {
        for (double p : new double[] {50, 95, 99, 100}) {
            String pn = p == 100 ? "max" : "p" + (int) p;
            double v = p == 100 ? s.watch().maxMillis() : s.watch().percentileMillis(p);
            double base = p == 100 ? s.command().maxMillis() : s.command().percentileMillis(p);
            String target = p == 50 ? "≤ 100 ms" : p == 99 ? "≤ 300 ms" : null;
            Boolean met = p == 50 ? Boolean.valueOf(v <= 100) : p == 99 ? Boolean.valueOf(v <= 300) : null;
            b2.row(new BenchReport.Row(label + ": " + pn + " command 201 → watch visible", v, "ms",
                    "the command's response time, " + pn, base, BenchReport.ratioOf(v, base), target, met));
        }
        b2.row(new BenchReport.Row(label + ": watches seen (of " + s.sent() + " sent, " + s.acknowledged() + " acknowledged)",
                s.seen(), "", null, null, null, null, null));
    }

    /** Sends {@code count} concerns, one every {@code intervalNanos} (0: all at once), and waits for their watches. */
    private Series series(int count, long intervalNanos) throws InterruptedException {
        Latencies watch = new Latencies();
        Latencies command = new Latencies();
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicInteger seen = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(count);
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
                senders.execute(() -> {
                    long t0 = System.nanoTime();
                    Api.Answer answer = api.sendUncounted(sut.baseUri(ProcessSystem.CONCERN).resolve("/api/oro"), "POST",
                            reporter, concernBody());
                    long answered = System.nanoTime();
                    if (answer.status() != 201 || answer.location() == null) {
                        System.out.println("[bench] B2: POST /api/oro answered " + answer);
                        done.countDown();
                        return;
                    }
                    command.recordNanos(answered - t0);
                    acknowledged.incrementAndGet();
                    String oroId = answer.location().substring(answer.location().lastIndexOf('/') + 1);
                    URI uri = sut.baseUri(ProcessSystem.DEADLINE).resolve("/api/bevakningar/arenden/" + oroId);
                    pollers.execute(new Poll(pollers, uri, answered, watch, seen, done));
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
        return new Series(watch, command, count, acknowledged.get(), seen.get());
    }

    /** Polls one case's watches until they are there (or {@link #GIVE_UP_SECONDS} have passed). */
    private final class Poll implements Runnable {
        private final ScheduledExecutorService pollers;
        private final URI uri;
        private final long answered;
        private final Latencies watch;
        private final AtomicInteger seen;
        private final CountDownLatch done;

        Poll(ScheduledExecutorService pollers, URI uri, long answered, Latencies watch, AtomicInteger seen,
             CountDownLatch done) {
            this.pollers = pollers;
            this.uri = uri;
            this.answered = answered;
            this.watch = watch;
            this.seen = seen;
            this.done = done;
        }

        @Override
        public void run() {
            long sent = System.nanoTime();
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

    private String concernBody() {
        return """
                {"barn": [{"personnummer": "%s", "namn": "%s", "relation": null}], "uppdragId": null,
                 "akut": false, "form": "SKRIFTLIG", "omValdEllerOvergrepp": false, "vardnadshavareInformerade": true,
                 "skalAttInteInformera": null, "arbetsledareKonsulterad": true,
                 "beskrivning": "%s",
                 "kontakt": {"namn": "%s", "telefon": "031-7654321"}}""".formatted(personuppgifter.barnPersonnummer(),
                personuppgifter.used(personuppgifter.fornamn() + " " + personuppgifter.efternamn()),
                personuppgifter.used("Barnet kom till förskolan hungrig och berättade om bråk hemma i helgen"),
                personuppgifter.used(personuppgifter.fornamn() + " " + personuppgifter.efternamn()));
    }
}
