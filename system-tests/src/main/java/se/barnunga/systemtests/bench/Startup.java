package se.barnunga.systemtests.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.barnunga.local.SystemProcesses;
import se.barnunga.systemtests.ProcessSystem;

/**
 * B6: the whole system from built jars to all ready (PostgreSQL, broker, four services started together, as the
 * launcher does), then each service alone – the others stopped, PostgreSQL and the broker up – its time to ready and
 * its idle RSS; then the four started again for the other scenarios.
 */
final class Startup {

    private static final Duration READY_POLL = Duration.ofMillis(50);

    private Startup() {
    }

    /** Starts the system from nothing, measures, and returns it running (all four services ready). */
    static ProcessSystem run(Path repositoryRoot, Path stateDirectory, BenchSize size, BenchReport report)
            throws IOException, InterruptedException {
        BenchReport.Scenario b6 = report.scenario("B6", "start: time to ready and idle RSS");
        double jvmFloor = jvmStartMillis() / 1000.0;
        SystemProcesses processes = new SystemProcesses(SystemProcesses.Config.freePorts(repositoryRoot, stateDirectory,
                line -> System.out.println("[system] " + line)));
        try {
            processes.lockState();
            processes.stopLeftovers();
            processes.reset();
            List<String> services = processes.runnableServices();
            if (!services.containsAll(SystemProcesses.SERVICE_NAMES)) {
                throw new IllegalStateException("the benchmarks need every service built; built: " + services);
            }
            processes.requireFreePorts(services);

            System.out.println("[bench] B6: starting the whole system from built jars");
            long start = System.nanoTime();
            processes.startAll(services);
            double whole = (System.nanoTime() - start) / 1e9;
            ProcessSystem sut = ProcessSystem.of(processes, services);
            b6.row(new BenchReport.Row("whole system, built jars to all ready (PostgreSQL, broker, 4 services together)",
                    whole, "s", null, null, null, null, null));

            // the tiny form restarts one service beside the others (two more starts of all four would cost CI a minute)
            List<String> alone = size.b6AllAlone() ? services : List.of(ProcessSystem.CONCERN);
            String how = size.b6AllAlone() ? " alone" : " alone (tiny form: the other services kept running)";
            for (String service : alone) {
                processes.stopService(service);
            }
            double brokerRss = ProcStat.rssMib(sut.brokerPid());
            for (String service : alone) {
                System.out.println("[bench] B6: " + service + " alone");
                long t0 = System.nanoTime();
                processes.startService(service, Map.of());
                awaitReady(processes, service);
                double ready = (System.nanoTime() - t0) / 1e9;
                Thread.sleep(size.b6Settle().toMillis());
                double rss = ProcStat.rssMib(processes.servicePid(service));
                b6.row(new BenchReport.Row(service + how + ": time to ready", ready, "s",
                        "JVM start floor (java -version)", jvmFloor, BenchReport.ratioOf(ready, jvmFloor), "≤ 5 s",
                        ready <= 5.0));
                b6.row(new BenchReport.Row(service + how + ": idle RSS after " + size.b6Settle().toSeconds() + " s", rss,
                        "MiB", "the broker's JVM, idle", brokerRss, BenchReport.ratioOf(rss, brokerRss),
                        "≤ 300 MB (286 MiB)", rss * 1024 * 1024 <= 300_000_000.0));
                processes.stopService(service);
            }
            System.out.println("[bench] B6: starting " + alone + " again for the other scenarios");
            for (String service : alone) {
                processes.startService(service, Map.of());
            }
            Instant deadline = Instant.now().plus(SystemProcesses.READY_TIMEOUT);
            for (String service : alone) {
                processes.awaitReady(service, deadline);
            }
            b6.note("Whole system: from the launcher's start of PostgreSQL to the last service's `/q/health/ready` 200, on empty "
                    + "databases and topics (so every service runs its Flyway migrations).");
            b6.note("Alone: each service started with the others stopped and PostgreSQL and the broker up; its databases are "
                    + "already migrated by the whole-system start. Ready is the first 200 of `/q/health/ready`, polled every "
                    + READY_POLL.toMillis() + " ms from the moment the JVM is launched. RSS is VmRSS of `/proc/<pid>/status` after "
                    + "the service idled " + size.b6Settle().toSeconds() + " s. The launcher starts services with `"
                    + String.join(" ", SystemProcesses.SERVICE_JVM_OPTIONS) + "`.");
            b6.note("Baselines: the time a bare JVM takes to start and exit on this machine (`java -version`), and the RSS of "
                    + "the broker's JVM (the system's other Java process) at the same time.");
            return sut;
        } catch (IOException | InterruptedException | RuntimeException e) {
            processes.close();
            throw e;
        }
    }

    private static void awaitReady(SystemProcesses processes, String service) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        URI uri = processes.readinessUri(service);
        Instant deadline = Instant.now().plus(SystemProcesses.READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!processes.isServiceAlive(service)) {
                // let the launcher's wait explain it with the end of the log
                processes.awaitReady(service, Instant.now().plusSeconds(1));
            }
            try {
                HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).GET().build();
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(READY_POLL.toMillis());
        }
        throw new IllegalStateException(service + " was not ready within " + SystemProcesses.READY_TIMEOUT);
    }

    /** Milliseconds a bare JVM of this Java takes to start, print its version and exit (median of three). */
    private static long jvmStartMillis() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(java, "-version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            p.waitFor();
            times.add((System.nanoTime() - t0) / 1_000_000);
        }
        times.sort(null);
        return times.get(1);
    }
}
