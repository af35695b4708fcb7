package se.barnunga.systemtests.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fixed amount of CPU work in the harness's JVM, timed by the CPU it takes (not by the clock): how fast the machine
 * is at the moment. The machine is shared, and the CPU a process needs for the same work varies with what else runs on
 * the host (caches, frequency, hyper-threads) – the same code measured 12.7 to 29.7 ms of CPU per decision in B7 within
 * one hour. A figure divided by this reference, measured in the same run, can be compared across runs; the absolute
 * figure cannot. The work is a mix of what the services do: hashing (SHA-256), allocation and hash maps of strings.
 */
final class CpuReference {

    private static final int BUFFER = 1 << 20;
    private static final int HASHES = 128;
    private static final int MAP_ENTRIES = 600_000;

    private CpuReference() {
    }

    /** CPU milliseconds the fixed work takes per thread (the mean), run on {@code threads} threads at once, after a warm-up round. */
    static double millis(int threads) throws InterruptedException {
        round(threads); // JIT warm-up
        return round(threads);
    }

    private static double round(int threads) throws InterruptedException {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        AtomicLong cpuNanos = new AtomicLong();
        AtomicLong sink = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                long before = mx.getCurrentThreadCpuTime();
                sink.addAndGet(work()); // the result escapes, so the JIT cannot drop the work
                cpuNanos.addAndGet(mx.getCurrentThreadCpuTime() - before);
            }, "cpu-reference-" + t);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return cpuNanos.get() / 1e6 / threads;
    }

    private static long work() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[BUFFER];
            for (int i = 0; i < buffer.length; i++) {
                buffer[i] = (byte) i;
            }
            long sum = 0;
            for (int i = 0; i < HASHES; i++) {
                buffer[0] = (byte) i;
                sum += sha.digest(buffer)[0];
            }
            Map<String, Integer> map = new HashMap<>();
            for (int i = 0; i < MAP_ENTRIES; i++) {
                map.merge("nyckel-" + (i % 50_000), i, Integer::sum);
            }
            return sum + map.size();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
