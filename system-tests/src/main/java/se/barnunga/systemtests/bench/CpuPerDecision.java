package se.barnunga.systemtests.bench;

import java.util.LinkedHashMap;
import java.util.Map;

import se.barnunga.systemtests.Api;
import se.barnunga.systemtests.CaseLoad;
import se.barnunga.systemtests.Personuppgifter;
import se.barnunga.systemtests.ProcessSystem;
import se.barnunga.systemtests.ProcessorChecks;
import se.barnunga.systemtests.RunSummary;

/**
 * B7: CPU per decision across every process of the system – the four services, the broker, and PostgreSQL's process
 * tree (postmaster, backends, and the backends it has reaped) – from {@code /proc/<pid>/stat} (utime + stime). A
 * decision is a command the assignment-service acknowledged while the harness's case load walks cases through the
 * routine (registration … ansvarig utförare); the window ends when every processor of every service is at the head
 * again, so the downstream work the commands caused is counted too. The idle CPU of the same processes is the baseline.
 */
final class CpuPerDecision {

    private final ProcessSystem sut;
    private final BenchSize size;
    private final Api api;
    private final Personuppgifter personuppgifter;
    private final RunSummary summary;

    CpuPerDecision(ProcessSystem sut, BenchSize size, Api api, Personuppgifter personuppgifter, RunSummary summary) {
        this.sut = sut;
        this.size = size;
        this.api = api;
        this.personuppgifter = personuppgifter;
        this.summary = summary;
    }

    void run(BenchReport report) throws InterruptedException {
        BenchReport.Scenario b7 = report.scenario("B7", "CPU per decision across all processes");
        ProcessorChecks.assertProcessorsAtHead(sut, summary); // nothing left over from the scenarios before

        System.out.println("[bench] B7: idle for " + size.b7Idle().toSeconds() + " s");
        Map<String, Long> idleStart = snapshot();
        long idleT0 = System.nanoTime();
        Thread.sleep(size.b7Idle().toMillis());
        Map<String, Long> idleEnd = snapshot();
        double idleSeconds = (System.nanoTime() - idleT0) / 1e9;

        int cores = Runtime.getRuntime().availableProcessors();
        double referenceBefore = CpuReference.millis(cores);

        System.out.println("[bench] B7: case load with " + size.b7Threads() + " threads for " + size.b7Load().toSeconds() + " s");
        CaseLoad load = new CaseLoad(sut, api, personuppgifter, "bench-b7");
        Map<String, Long> start = snapshot();
        long t0 = System.nanoTime();
        load.start(size.b7Threads());
        Thread.sleep(size.b7Load().toMillis());
        load.stop();
        ProcessorChecks.assertProcessorsAtHead(sut, summary); // the downstream work of the commands is done
        Map<String, Long> end = snapshot();
        double seconds = (System.nanoTime() - t0) / 1e9;
        double reference = (referenceBefore + CpuReference.millis(cores)) / 2;
        int decisions = load.acknowledgedCommands();
        if (decisions == 0) {
            throw new IllegalStateException("B7: no command was acknowledged (" + load.sentCommands() + " sent)");
        }

        long total = 0;
        long idleTotal = 0;
        for (String process : start.keySet()) {
            long cpu = end.get(process) - start.get(process);
            double idleRate = (idleEnd.get(process) - idleStart.get(process)) / idleSeconds; // ms CPU per s
            double idleShare = idleRate * seconds;
            total += cpu;
            idleTotal += Math.round(idleShare);
            b7.row(new BenchReport.Row(process + ": CPU per decision", (double) cpu / decisions, "ms",
                    "its idle CPU over the same time, per decision", idleShare / decisions,
                    BenchReport.ratioOf(cpu, idleShare), null, null));
        }
        double perDecision = (double) total / decisions;
        b7.row(new BenchReport.Row("whole system: CPU per decision", perDecision, "ms",
                "the system's idle CPU over the same time, per decision", (double) idleTotal / decisions,
                BenchReport.ratioOf(total, idleTotal), "≤ 10 ms", perDecision <= 10.0));
        b7.row(new BenchReport.Row("whole system: CPU per decision above idle", (double) (total - idleTotal) / decisions,
                "ms", null, null, null, null, null));
        b7.row(new BenchReport.Row("reference work: its CPU on this machine in this run (mean of before and after the load)",
                reference, "ms", null, null, null, null, null));
        b7.row(new BenchReport.Row("whole system: CPU per decision in reference work units (compares runs)",
                perDecision / reference, "", null, null, null, null, null));
        b7.row(new BenchReport.Row("decisions/s the CPU bounds on " + cores + " cores (cores × 1000 / CPU per decision)",
                cores * 1000.0 / perDecision, "/s", "decisions/s achieved in the window", decisions / seconds,
                BenchReport.ratioOf(cores * 1000.0 / perDecision, decisions / seconds), null, null));
        b7.row(new BenchReport.Row("decisions (acknowledged commands) in " + Math.round(seconds) + " s, of "
                + load.sentCommands() + " sent", decisions, "", null, null, null, null, null));
        b7.note("CPU is utime + stime from `/proc/<pid>/stat` (" + ProcStat.TICKS_PER_SECOND + " ticks/s) of the four "
                + "service JVMs, the broker's JVM and PostgreSQL's process tree (live descendants of the postmaster plus "
                + "the CPU of backends it has reaped). The harness's own JVM (the load generator) is not counted.");
        b7.note("The machine is shared: the CPU the same work needs varies from run to run (the same code measured 12.7 to "
                + "29.7 ms per decision within one hour). The reference work (`CpuReference`: SHA-256 and hash maps of "
                + "strings in the harness's JVM, on as many threads as cores, timed by its thread CPU, before and after "
                + "the load) measures the machine of this run; CPU per decision in its units compares runs, the "
                + "absolute figure does not.");
        b7.note("The window runs from the start of the load (" + size.b7Threads() + " threads walking new cases through the "
                + "seven commands registration … ansvarig utförare, 20 ms between cases) until every processor of every "
                + "service is at the head again after the load stopped; its idle baseline is the same processes' CPU over "
                + size.b7Idle().toSeconds() + " s without load, scaled to the window.");
    }

    /** CPU milliseconds so far of each process of the system. */
    private Map<String, Long> snapshot() {
        Map<String, Long> cpu = new LinkedHashMap<>();
        for (String service : sut.services()) {
            cpu.put(service, ProcStat.cpuMillis(sut.pid(service)));
        }
        cpu.put("broker", ProcStat.cpuMillis(sut.brokerPid()));
        cpu.put("PostgreSQL", ProcStat.treeCpuMillis(sut.postmasterPid()));
        return cpu;
    }
}
