package cn.courts.enforcement.app.benchmark;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * What the benchmark does and how long it may take, from system properties ({@code -Dbenchmark.*} on the
 * Maven command line; surefire hands them to the test JVM). Every loop of the benchmark is bounded by a
 * count and a time from here. Defaults keep a run under ~25 minutes on a 2-core machine.
 *
 * @param cases               at most this many cases (app) or instances (baselines) per measured setup and
 *                            thread count, over all rounds; the measurement also stops after {@code measureSeconds}
 * @param warmupSeconds       warm-up of each setup (2 threads), not counted
 * @param measureSeconds      measured time per setup and thread count, split evenly over the rounds
 * @param rounds              the setups are measured in turn, round by round, so that load from other processes
 *                            falls on all of them alike
 * @param threads             thread counts to measure (default 1 and 2)
 * @param openCases           open cases in the database for the Tasklist queries
 * @param openCasesMaxSeconds bound on creating them; the queries then run on as many as were created
 * @param filingProbeSeconds  how long open cases are first filed through CaseFilingService to measure its rate
 * @param filingBudgetSeconds if filing the rest through the service would take longer, the rest is created by
 *                            starting the process directly (see OpenCases)
 * @param fastPathChunk       cases per transaction on the direct path
 * @param openCasesThreads    threads creating the open cases
 * @param queryRuns           measured runs per Tasklist query (after up to 10 warm-up runs)
 * @param querySeconds        bound on the measured runs of one query
 * @param queryTimeoutSeconds a single query call (or its EXPLAIN ANALYZE) running longer is cancelled and reported
 *                            as timed out
 * @param maxMinutes          phases that would start after this many minutes are skipped (and reported)
 * @param variants            the database variants the Tasklist queries are timed on, in this order (letters of
 *                            TasklistQueries.VARIANTS; default A, the engine's defaults, and E, the app as it runs)
 */
record BenchmarkSettings(
        int cases, int warmupSeconds, int measureSeconds, int rounds, List<Integer> threads,
        int openCases, int openCasesMaxSeconds, int filingProbeSeconds, int filingBudgetSeconds, int fastPathChunk,
        int openCasesThreads, int queryRuns, int querySeconds, int queryTimeoutSeconds, int maxMinutes,
        List<String> variants, String serverUrl, String database, String user, String password, boolean keepDatabase,
        Path resultsFile) {

    static BenchmarkSettings fromSystemProperties() {
        return new BenchmarkSettings(
                integer("benchmark.cases", 5000),
                integer("benchmark.warmupSeconds", 10),
                integer("benchmark.measureSeconds", 30),
                integer("benchmark.rounds", 2),
                Arrays.stream(System.getProperty("benchmark.threads", "1,2").split(","))
                        .map(String::strip).map(Integer::valueOf).toList(),
                integer("benchmark.openCases", 100_000),
                integer("benchmark.openCasesMaxSeconds", 780),
                integer("benchmark.filingProbeSeconds", 20),
                integer("benchmark.filingBudgetSeconds", 240),
                integer("benchmark.fastPathChunk", 100),
                integer("benchmark.openCasesThreads", 3),
                integer("benchmark.queryRuns", 200),
                integer("benchmark.querySeconds", 6),
                integer("benchmark.queryTimeoutSeconds", 15),
                integer("benchmark.maxMinutes", 24),
                Arrays.stream(System.getProperty("benchmark.variants", "A,E").split(","))
                        .map(String::strip).map(v -> v.toUpperCase(java.util.Locale.ROOT)).toList(),
                System.getProperty("benchmark.serverUrl", env("POSTGRES_BENCH_SERVER", "jdbc:postgresql://127.0.0.1:5432/")),
                System.getProperty("benchmark.database", "enforcement_bench"),
                env("POSTGRES_USER", "postgres"),
                env("POSTGRES_PASSWORD", ""),
                Boolean.getBoolean("benchmark.keepDatabase"),
                Path.of(System.getProperty("benchmark.resultsFile", "target/benchmark-results.txt")));
    }

    BenchmarkSettings {
        if (!database.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("benchmark.database must be a plain lower-case name: " + database);
        }
        if (!TasklistQueries.VARIANTS.keySet().containsAll(variants)) {
            throw new IllegalArgumentException("benchmark.variants: letters of " + TasklistQueries.VARIANTS.keySet() + ": " + variants);
        }
        if (rounds < 1 || measureSeconds < rounds || cases < 1 || threads.isEmpty()) {
            throw new IllegalArgumentException("benchmark.rounds, measureSeconds, cases and threads must be positive");
        }
    }

    String jdbcUrl() {
        return serverUrl + database;
    }

    String describe() {
        return "cases<=" + cases + " per setup and thread count, warm-up " + warmupSeconds + " s per setup, "
                + measureSeconds + " s per setup and thread count in " + rounds + " rounds, threads " + threads
                + ", open cases " + openCases + " (" + openCasesThreads + " threads), query runs " + queryRuns + " (<= "
                + querySeconds + " s each, a call cancelled after " + queryTimeoutSeconds + " s), Tasklist variants " + variants;
    }

    private static int integer(String name, int defaultValue) {
        return Integer.getInteger(name, defaultValue);
    }

    private static String env(String name, String defaultValue) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? defaultValue : value;
    }
}
