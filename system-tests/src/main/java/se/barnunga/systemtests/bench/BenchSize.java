package se.barnunga.systemtests.bench;

import java.time.Duration;
import java.util.List;

/**
 * How much each scenario does: {@link #FULL} for the figures in {@code docs/performance.md}, {@link #TINY} for the
 * smoke test in every {@code mvn verify} (every scenario runs, a few iterations each, so the code cannot rot).
 *
 * @param b1Rounds        rounds of B1 per concurrency; each round runs the three workloads one after the other
 * @param b1Round         how long each workload runs in one round
 * @param b1Warmup        warm-up of each workload before the first round
 * @param b2Steady        commands sent at 20/s for B2
 * @param b2Burst         commands sent at once for B2's burst
 * @param b2PollEvery     every how many-th command of B2 is polled over REST (all are found on the topic)
 * @param b6AllAlone      each service started alone (else only the concern-service, in the tiny form)
 * @param b6Settle        how long a service idles after ready before its RSS is read
 * @param b7Idle          the idle window of B7 (the system's CPU without load)
 * @param b7Load          the load window of B7
 * @param b7Threads       threads walking cases in B7
 * @param b3SourceCases   cases walked through the seven commands whose stored events B3 copies into its backlog
 * @param b3Events        stored events in B3's backlog (at least; whole copies of the source cases)
 * @param b3GiveUp        how long B3 waits for the backlog's public events on the topic
 * @param b4Events        events in the assignment-service's store for B4's rebuild (about; whole copies of the templates)
 * @param b4Templates     cases walked through the API for B4, whose stored events are copied under new aggregate ids
 * @param b5Decisions     decisions (cases) in B5: all reportable in one quarter, their start watches due in the same minute
 */
public record BenchSize(String name, int b1Rounds, Duration b1Round, Duration b1Warmup, List<Integer> concurrencies,
                        int b2Steady, int b2Burst, int b2PollEvery, boolean b6AllAlone, Duration b6Settle, Duration b7Idle,
                        Duration b7Load, int b7Threads, int b3SourceCases, int b3Events, Duration b3GiveUp, int b4Events,
                        int b4Templates, int b5Decisions) {

    public static final BenchSize FULL = new BenchSize("full", 5, Duration.ofSeconds(3), Duration.ofSeconds(3),
            List.of(1, 4, 16), 300, 100, 10, true, Duration.ofSeconds(15), Duration.ofSeconds(20), Duration.ofSeconds(60), 4,
            20, 100_000, Duration.ofMinutes(10), 1_000_000, 20, 100_000);

    public static final BenchSize TINY = new BenchSize("tiny", 1, Duration.ofMillis(300), Duration.ZERO,
            List.of(1, 4, 16), 5, 5, 1, false, Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5), 2,
            5, 350, Duration.ofMinutes(2), 5_000, 3, 200);
}
