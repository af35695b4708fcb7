package se.barnunga.systemtests.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What Linux says about a process in {@code /proc}: CPU time (utime + stime, and the same of its reaped children) and
 * the resident set size. Only on Linux; the benchmarks need it for B6 and B7.
 */
final class ProcStat {

    /** Clock ticks per second of {@code /proc/<pid>/stat} ({@code getconf CLK_TCK}; 100 on every Linux we run on). */
    static final long TICKS_PER_SECOND = ticksPerSecond();

    private ProcStat() {
    }

    /** utime + stime of the process itself, in milliseconds; 0 if it is gone. */
    static long cpuMillis(long pid) {
        long[] t = ticks(pid);
        return t == null ? 0 : (t[0] + t[1]) * 1000 / TICKS_PER_SECOND;
    }

    /** cutime + cstime: CPU of the process's children that it has waited for (exited backends of PostgreSQL). */
    static long reapedChildrenCpuMillis(long pid) {
        long[] t = ticks(pid);
        return t == null ? 0 : (t[2] + t[3]) * 1000 / TICKS_PER_SECOND;
    }

    /**
     * CPU of a process tree: the root, every live descendant, and the children the root has reaped – so PostgreSQL's
     * backends count whether they still run or have exited.
     */
    static long treeCpuMillis(long rootPid) {
        long total = cpuMillis(rootPid) + reapedChildrenCpuMillis(rootPid);
        List<Long> descendants = ProcessHandle.of(rootPid).map(p -> p.descendants().map(ProcessHandle::pid).toList())
                .orElse(List.of());
        for (long pid : descendants) {
            total += cpuMillis(pid);
        }
        return total;
    }

    /** VmRSS of the process in MiB, or -1 if it is gone. */
    static double rssMib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"), StandardCharsets.US_ASCII)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0; // kB
                }
            }
            return -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /** utime, stime, cutime, cstime in ticks, or null if the process is gone. */
    private static long[] ticks(long pid) {
        String stat;
        try {
            stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            return null;
        }
        // the command name (field 2) may contain spaces and parentheses: the fields that follow start after the last ')'
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        // f[0] is field 3 (state); utime is field 14, stime 15, cutime 16, cstime 17
        return new long[] {Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]), Long.parseLong(f[14])};
    }

    private static long ticksPerSecond() {
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            p.waitFor();
            return Long.parseLong(out);
        } catch (IOException | NumberFormatException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }

    /** Total memory of the machine in MiB (MemTotal of /proc/meminfo), or -1. */
    static long memTotalMib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"), StandardCharsets.US_ASCII)) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return -1;
    }

    /** The first three fields of /proc/loadavg, e.g. "1.52 1.20 0.98", or "unknown". */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).trim().split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
