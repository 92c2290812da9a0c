package cn.courts.enforcement.app.benchmark;

import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU used during a measurement, from /proc (Linux): this JVM, the PostgreSQL backends serving the
 * benchmark's database (the connection pool's sessions), and the whole machine. The machine figure shows how
 * much of the 2 cores other processes (concurrent builds) took while we measured. Where /proc cannot be read,
 * the figures are NaN.
 */
final class CpuMeter {

    /** Linux reports process times in clock ticks of 1/100 s (USER_HZ). */
    private static final double MS_PER_TICK = 10.0;

    private final JdbcTemplate jdbc;
    private final com.sun.management.OperatingSystemMXBean os;

    CpuMeter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    }

    record Snapshot(long nanos, long jvmCpuNanos, long machineBusy, long machineTotal, Map<Integer, Long> pgTicks) {
    }

    /** CPU spent between two snapshots: ms of JVM and PostgreSQL CPU, and the machine's busy share (0..1). */
    record Usage(double jvmMs, double pgMs, double machineBusyShare) {
        static final Usage NONE = new Usage(0, 0, Double.NaN);

        Usage plus(Usage other) {
            return new Usage(jvmMs + other.jvmMs, pgMs + other.pgMs, Double.NaN);
        }
    }

    Snapshot snapshot() {
        long[] machine = machineJiffies();
        return new Snapshot(System.nanoTime(), os.getProcessCpuTime(), machine[0], machine[1], pgBackendTicks());
    }

    Usage since(Snapshot before) {
        Snapshot after = snapshot();
        double jvmMs = (after.jvmCpuNanos() - before.jvmCpuNanos()) / 1e6;
        long pgTicks = 0;
        for (Map.Entry<Integer, Long> e : after.pgTicks().entrySet()) {
            pgTicks += e.getValue() - before.pgTicks().getOrDefault(e.getKey(), 0L);
        }
        long total = after.machineTotal() - before.machineTotal();
        double busy = total <= 0 ? Double.NaN : (double) (after.machineBusy() - before.machineBusy()) / total;
        return new Usage(jvmMs, pgTicks * MS_PER_TICK, busy);
    }

    private Map<Integer, Long> pgBackendTicks() {
        Map<Integer, Long> ticks = new HashMap<>();
        List<Integer> pids;
        try {
            pids = jdbc.queryForList("select pid from pg_stat_activity where datname = current_database()", Integer.class);
        } catch (RuntimeException e) {
            return ticks;
        }
        for (Integer pid : pids) {
            long t = processTicks(pid);
            if (t >= 0) {
                ticks.put(pid, t);
            }
        }
        return ticks;
    }

    /** utime + stime of a process, in ticks; -1 if unknown (not on this machine, or gone). */
    private static long processTicks(int pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Integer.toString(pid), "stat"));
            // the command name (field 2) is in parentheses and may contain spaces: count fields after it
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** {busy, total} jiffies of all CPUs; busy excludes idle and iowait. */
    private static long[] machineJiffies() {
        try {
            String cpu = Files.readAllLines(Path.of("/proc/stat")).get(0);
            String[] f = cpu.trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[]{total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[]{0, 0};
        }
    }
}
