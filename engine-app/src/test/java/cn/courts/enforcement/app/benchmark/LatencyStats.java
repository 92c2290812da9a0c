package cn.courts.enforcement.app.benchmark;

import java.time.Duration;
import java.util.List;

/**
 * Percentiles (nearest rank) of measured call times, in milliseconds. {@code timeouts}: calls that ran longer than
 * the query timeout and were cancelled (not in the percentiles; with no measured call at all, every figure is
 * the timeout, meaning "more than that").
 */
record LatencyStats(int runs, double p50, double p95, double p99, double max, double mean, int timeouts) {

    /** A query whose first call ran longer than {@code timeout} and was cancelled. */
    static LatencyStats timedOut(Duration timeout) {
        double ms = timeout.toMillis();
        return new LatencyStats(0, ms, ms, ms, ms, ms, 1);
    }

    static LatencyStats ofNanos(List<Long> nanos) {
        if (nanos.isEmpty()) {
            return new LatencyStats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        double mean = nanos.stream().mapToLong(Long::longValue).average().orElse(Double.NaN) / 1e6;
        return new LatencyStats(sorted.length, rank(sorted, 0.50), rank(sorted, 0.95), rank(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6, mean, 0);
    }

    /** The same figures, with one more call that timed out after them. */
    LatencyStats withTimeouts() {
        return new LatencyStats(runs, p50, p95, p99, max, mean, timeouts + 1);
    }

    boolean timedOut() {
        return runs == 0 && timeouts > 0;
    }

    private static double rank(long[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
