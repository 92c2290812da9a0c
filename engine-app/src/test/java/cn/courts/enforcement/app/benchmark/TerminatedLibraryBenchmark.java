package cn.courts.enforcement.app.benchmark;

import cn.courts.enforcement.app.EngineApplication;
import cn.courts.enforcement.app.identity.CourtDirectory;
import cn.courts.enforcement.app.platform.RoleGroup;
import cn.courts.enforcement.app.networksearch.NetworkSearchTopic;
import cn.courts.enforcement.app.networksearch.NetworkSearchWorkerAccount;
import cn.courts.enforcement.app.termination.TerminatedCaseMonitoringProcess;
import cn.courts.enforcement.app.termination.TerminatedLibrary;
import cn.courts.enforcement.model.court.Court;
import cn.courts.enforcement.model.court.CourtLevel;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The scale benchmark of the 终本 library (docs/performance.md, "The 终本 library"): one six-monthly round for
 * {@code library.cases} (default 100,000) terminated cases on PostgreSQL, with the engine's job executor running as in
 * production. Not part of the test suite; it runs only in its own Maven profile (the {@code benchmark} profile of
 * EnforcementBenchmark skips it):
 * <pre>./mvnw -B -pl engine-app -am verify -Pbenchmark-terminated-library [-Dlibrary.cases=100000 -Dlibrary.window=PT10M]</pre>
 *
 * <ol>
 *   <li>A fresh database {@code enforcement_library_bench} on the local PostgreSQL; the app booted with the
 *   {@code postgres} profile, history full, authorization and tenant checks on, <b>job executor on</b> (its defaults).</li>
 *   <li>The library is filled: the cases are written closed as 终本 on 2026-06-03 (bulk SQL), then each enters the
 *   library through {@link TerminatedLibrary#enter} as Task_EnterTerminatedLibrary does: a library row and a
 *   TerminatedCaseMonitoringProcess instance waiting at its timer for 2026-12-03.</li>
 *   <li>The round: the engine clock runs (offset) from just before the search window of 2026-12-03; the job executor
 *   fires the timers as they fall due, each creating a network-search external task; {@code library.workers} threads
 *   stand in for the network search system (fetch-and-lock 50, answer at once: nothing found, except
 *   {@code library.foundPerMille} per mille, which find a deposit and resume as 执恢 cases). Every second the sizes of
 *   ACT_RU_JOB and ACT_RU_EXT_TASK are sampled, with the round's timers already due but not fired yet (the job
 *   executor's backlog) and the load average; the CPU of this JVM, of the database's PostgreSQL backends and of the
 *   other processes on the machine is measured over the filling and over the round. Meanwhile a probe process with one asynchronous job is started every
 *   second: its start-to-end time is how long another job waits for the job executor during the round.</li>
 *   <li>The job acquisition query's plan at the library's size, without and with the app's job indexes, and the query
 *   as the app runs it (by priority) with every timer of the round due, without and with the priority index.</li>
 * </ol>
 * {@code -Dlibrary.maxMinutes} (default 90) bounds the whole run, filling included: a round not finished by then is
 * reported as such, with how far it got.
 * Figures: {@code engine-app/target/terminated-library-benchmark.txt}; the app's log: {@code target/library-benchmark-app.log}.
 */
@EnabledIfSystemProperty(named = "benchmark.terminatedLibrary", matches = "true")
class TerminatedLibraryBenchmark {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TERMINATED_ON = LocalDate.of(2026, 6, 3);
    private static final LocalDate SEARCH_DAY = LocalDate.of(2026, 12, 3);
    private static final String COURT = "szft";
    private static final String CASE_CODE = "粤0304";
    private static final String JUDGE = "ftjudge1";
    private static final String PROBE_KEY = "BenchmarkJobProbe";
    private static final String DEPOSIT = """
            [{"kind":"DEPOSIT","description":"中国工商银行深圳分行 账户 6222****0001","holder":"中国工商银行","estimatedValue":52000.00}]""";

    /** What the benchmark does, from {@code -Dlibrary.*} system properties. */
    record Settings(int cases, Duration window, int workers, int enterThreads, int foundPerMille, int maxMinutes,
                    String serverUrl, String database, String user, String password, boolean keepDatabase, Path resultsFile) {

        static Settings fromSystemProperties() {
            return new Settings(
                    Integer.getInteger("library.cases", 100_000),
                    Duration.parse(System.getProperty("library.window", "PT10M")),
                    Integer.getInteger("library.workers", 2),
                    Integer.getInteger("library.enterThreads", 2),
                    Integer.getInteger("library.foundPerMille", 10),
                    Integer.getInteger("library.maxMinutes", 90),
                    System.getProperty("library.serverUrl", env("POSTGRES_BENCH_SERVER", "jdbc:postgresql://127.0.0.1:5432/")),
                    System.getProperty("library.database", "enforcement_library_bench"),
                    env("POSTGRES_USER", "postgres"),
                    env("POSTGRES_PASSWORD", ""),
                    Boolean.getBoolean("library.keepDatabase"),
                    Path.of(System.getProperty("library.resultsFile", "target/terminated-library-benchmark.txt")));
        }

        Settings {
            if (!database.matches("[a-z_][a-z0-9_]{0,62}")) {
                throw new IllegalArgumentException("library.database must be a plain lower-case name: " + database);
            }
        }

        private static String env(String name, String defaultValue) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? defaultValue : value;
        }
    }

    private final List<String> report = new ArrayList<>();
    private final long startNanos = System.nanoTime();

    @Test
    void measure() throws Exception {
        Settings settings = Settings.fromSystemProperties();
        line("# 终本 library round benchmark, " + OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
        line("settings: cases=" + settings.cases() + ", search window=" + settings.window() + ", network-search workers="
                + settings.workers() + ", assets found per mille=" + settings.foundPerMille());
        line("machine: " + machine() + ", load average at start " + loadAverage());
        recreateDatabase(settings);
        ConfigurableApplicationContext context = null;
        try {
            context = boot(settings);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            ProcessEngine engine = context.getBean(ProcessEngine.class);
            line("PostgreSQL " + jdbc.queryForObject("show server_version", String.class) + ", synchronous_commit "
                    + jdbc.queryForObject("show synchronous_commit", String.class));
            line("job executor: " + describeJobExecutor(engine));
            setUp(context, engine);

            fillLibrary(settings, context, jdbc);
            acquisitionPlans(context, engine, jdbc);
            Probes idle = probe(engine, jdbc, SEARCH_DAY.minusDays(1).atTime(LocalTime.NOON), Duration.ofSeconds(30));
            line(String.format(Locale.ROOT, "probe jobs, idle (no library work due): %s", idle.describe()));
            round(settings, engine, jdbc);
        } finally {
            ClockUtil.reset();
            if (context != null) {
                context.close();
            }
            if (!settings.keepDatabase()) {
                dropDatabase(settings);
            }
            line("load average at the end " + loadAverage() + " (other processes on the machine slow every figure down)");
            write(settings.resultsFile());
        }
    }

    // --- 1. the library ---

    private void fillLibrary(Settings settings, ConfigurableApplicationContext context, JdbcTemplate jdbc) throws Exception {
        ClockUtil.setCurrentTime(Date.from(TERMINATED_ON.atTime(LocalTime.of(10, 0)).atZone(BEIJING).toInstant()));
        long t = System.nanoTime();
        insertTerminatedCases(jdbc, settings.cases());
        List<Long> ids = jdbc.queryForList("select id from enforcement_case where status = 'CLOSED' order by id", Long.class);
        double insertSeconds = seconds(t);
        log(String.format(Locale.ROOT, "%d terminated cases written in %.1f s; entering the library", ids.size(), insertSeconds));

        TerminatedLibrary library = context.getBean(TerminatedLibrary.class);
        CpuMeter cpu = new CpuMeter(jdbc);
        CpuMeter.Snapshot cpuBefore = cpu.snapshot();
        TransactionTemplate transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        AtomicInteger next = new AtomicInteger();
        AtomicInteger entered = new AtomicInteger();
        int chunk = 100;
        t = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(settings.enterThreads());
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < settings.enterThreads(); w++) {
            futures.add(pool.submit(() -> {
                int from;
                while ((from = next.getAndAdd(chunk)) < ids.size()) {
                    List<Long> slice = ids.subList(from, Math.min(from + chunk, ids.size()));
                    transactions.executeWithoutResult(status -> slice.forEach(library::enter));
                    int done = entered.addAndGet(slice.size());
                    if (done % 10_000 < chunk) {
                        log("entered " + done);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        double enterSeconds = seconds(t);
        CpuMeter.Usage used = cpu.since(cpuBefore);
        jdbc.execute("analyze");
        line(String.format(Locale.ROOT, "library filled: %d cases entered in %.1f s (%.0f cases/s on %d threads), each a library row "
                        + "and a TerminatedCaseMonitoringProcess instance waiting at its timer",
                entered.get(), enterSeconds, entered.get() / enterSeconds, settings.enterThreads()));
        line("  CPU while filling: " + cpuPerCase(used, entered.get(), enterSeconds) + "; load average now " + loadAverage());
        line("after filling: " + sizes(jdbc));
    }

    /** Closed 终本 cases, written in bulk (the way a migration would load a library), with a creditor and a debtor. */
    private static void insertTerminatedCases(JdbcTemplate jdbc, int cases) {
        Timestamp now = Timestamp.from(Instant.now());
        int batch = 1000;
        for (int from = 0; from < cases; from += batch) {
            List<Object[]> rows = new ArrayList<>();
            for (int i = from; i < Math.min(from + batch, cases); i++) {
                rows.add(new Object[]{"（2026）" + CASE_CODE + "执" + (100_000 + i) + "号", COURT, java.sql.Date.valueOf("2026-01-05"),
                        new java.math.BigDecimal("88000.00"), "（2025）粤0304民初7788号民事判决书", false, "CLOSED",
                        "TERMINATED_THIS_ROUND", java.sql.Date.valueOf(TERMINATED_ON), JUDGE, java.sql.Date.valueOf("2026-07-06"),
                        0, "migration", now, 0L});
            }
            jdbc.batchUpdate("insert into enforcement_case (case_number, court_id, filing_date, amount, basis_document, "
                    + "non_litigation, status, closing_mode, closed_on, judge_id, case_limit_date, extension_count, created_by, "
                    + "created_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        }
        jdbc.update("insert into case_party (case_id, role, kind, name, identifier, email) "
                + "select id, 'CREDITOR', 'ORGANISATION', '深圳市乙贸易有限公司', '91350100M000100Y43', null from enforcement_case");
        jdbc.update("insert into case_party (case_id, role, kind, name, identifier, email) "
                + "select id, 'DEBTOR', 'PERSON', '李某', '11010519491231002X', null from enforcement_case");
    }

    // --- 2. the round ---

    private void round(Settings settings, ProcessEngine engine, JdbcTemplate jdbc) throws Exception {
        Instant windowStart = SEARCH_DAY.atTime(LocalTime.of(1, 0)).atZone(BEIJING).toInstant();
        Instant roundStart = windowStart.minusSeconds(10);
        Timestamp roundEnd = Timestamp.from(SEARCH_DAY.plusDays(1).atStartOfDay(BEIJING).toInstant());
        int cases = settings.cases();
        log("round: engine clock from " + roundStart + " on, window " + settings.window());
        long jobsAtStart = count(jdbc, "select count(*) from act_ru_job");
        long externalAtStart = count(jdbc, "select count(*) from act_ru_ext_task");
        CpuMeter cpu = new CpuMeter(jdbc);
        CpuMeter.Snapshot cpuBefore = cpu.snapshot();
        ClockUtil.offset(roundStart.toEpochMilli() - System.currentTimeMillis());
        long t0 = System.nanoTime();

        AtomicBoolean stop = new AtomicBoolean();
        List<Long> fetchNanos = Collections.synchronizedList(new ArrayList<>());
        AtomicLong answered = new AtomicLong();
        AtomicLong found = new AtomicLong();
        ExecutorService threads = Executors.newFixedThreadPool(settings.workers() + 1);
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < settings.workers(); w++) {
            String workerId = "library-bench-worker-" + w;
            workers.add(threads.submit(() -> networkSearch(engine.getExternalTaskService(), workerId, settings.foundPerMille(),
                    stop, fetchNanos, answered, found)));
        }
        ProbeStarter probes = new ProbeStarter(engine.getRuntimeService(), stop);
        workers.add(threads.submit(probes));

        List<String> samples = new ArrayList<>();
        long maxJobs = 0;
        long minJobs = Long.MAX_VALUE;
        long maxExternal = 0;
        long maxJobBytes = 0;
        double timersFiredAt = -1;
        double firstFiredAt = -1;
        double doneAt = -1;
        long maxOverdue = 0;
        double minLoad = Double.MAX_VALUE;
        double maxLoad = 0;
        long searchedSoFar = 0;
        long deadline = startNanos + settings.maxMinutes() * 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            LockSupport.parkNanos(1_000_000_000L);
            double at = seconds(t0);
            long jobs = count(jdbc, "select count(*) from act_ru_job");
            long external = count(jdbc, "select count(*) from act_ru_ext_task");
            // the round's timers not fired yet, and of those the ones already due (the job executor's backlog)
            Map<String, Object> due = jdbc.queryForMap("select count(*) as left_, count(*) filter (where duedate_ <= ?) as overdue "
                            + "from act_ru_job where duedate_ < ? and type_ = 'timer' and process_def_key_ = ?",
                    new Timestamp(ClockUtil.getCurrentTime().getTime()), roundEnd, TerminatedCaseMonitoringProcess.KEY);
            long dueThisRound = ((Number) due.get("left_")).longValue();
            long overdue = ((Number) due.get("overdue")).longValue();
            maxOverdue = Math.max(maxOverdue, overdue);
            double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            minLoad = Math.min(minLoad, load);
            maxLoad = Math.max(maxLoad, load);
            long searched = count(jdbc, "select count(*) from terminated_case_library where searches_done >= 1");
            searchedSoFar = searched;
            long jobBytes = count(jdbc, "select pg_total_relation_size('act_ru_job')");
            maxJobs = Math.max(maxJobs, jobs);
            minJobs = Math.min(minJobs, jobs);
            maxExternal = Math.max(maxExternal, external);
            maxJobBytes = Math.max(maxJobBytes, jobBytes);
            if (firstFiredAt < 0 && (external > 0 || searched > 0)) {
                firstFiredAt = at;
            }
            if (timersFiredAt < 0 && dueThisRound == 0) {
                timersFiredAt = at;
            }
            samples.add(String.format(Locale.ROOT, "%7.0f s  jobs %7d (%5.1f MiB)  round timers left %7d (due %6d)  external tasks %7d  "
                    + "searched %7d  load %.1f", at, jobs, jobBytes / 1048576.0, dueThisRound, overdue, external, searched, load));
            if (samples.size() % 30 == 1) {
                log(samples.get(samples.size() - 1));
            }
            if (searched >= cases && external == 0) {
                doneAt = at;
                break;
            }
        }
        double roundSeconds = seconds(t0);
        CpuMeter.Usage used = cpu.since(cpuBefore);
        stop.set(true);
        for (Future<?> f : workers) {
            f.get(2, TimeUnit.MINUTES);
        }
        threads.shutdown();
        Instant engineEnd = ClockUtil.getCurrentTime().toInstant();

        line("");
        line("## one round: " + cases + " cases due on " + SEARCH_DAY + ", window " + settings.window()
                + " from 01:00 (engine clock running from 00:59:50)");
        line(String.format(Locale.ROOT, "the first timer falls due after 10 s; first search task seen after %.0f s", firstFiredAt));
        if (timersFiredAt >= 0) {
            line(String.format(Locale.ROOT, "all %d timers fired after %.0f s (%.1f timers/s from the first due)", cases, timersFiredAt,
                    cases / Math.max(1, timersFiredAt - 10)));
        } else {
            line("NOT all timers fired before the benchmark's time limit (library.maxMinutes=" + settings.maxMinutes() + ")");
        }
        if (doneAt >= 0) {
            line(String.format(Locale.ROOT, "all searches answered and recorded after %.0f s: the round took %.0f s from the first timer due "
                    + "to the last search recorded (%.1f searches/s; the window alone would allow %d s)", doneAt, doneAt - 10,
                    cases / Math.max(1, doneAt - 10), settings.window().toSeconds()));
        } else {
            line(String.format(Locale.ROOT, "NOT FINISHED: stopped at the time limit after %.0f s with %d of %d searches recorded "
                    + "(%.1f searches/s from the first due)", roundSeconds, searchedSoFar, cases,
                    searchedSoFar / Math.max(1, roundSeconds - 10)));
        }
        line(String.format(Locale.ROOT, "backlog: at most %d of the round's timers due and not yet fired at one time", maxOverdue));
        line("CPU during the round: " + cpuPerCase(used, Math.max(1, searchedSoFar), roundSeconds) + "; load average "
                + String.format(Locale.ROOT, "%.1f-%.1f", minLoad, maxLoad));
        line(String.format(Locale.ROOT, "answered %d searches, %d found assets and resumed as 执恢 cases (%d 执恢 cases written)",
                answered.get(), found.get(),
                count(jdbc, "select count(*) from enforcement_case where case_number like '%执恢%'")));
        line(String.format(Locale.ROOT, "ACT_RU_JOB during the round: %d rows at the start, %d to %d rows (max %.1f MiB with indexes); "
                + "at the end %s", jobsAtStart, minJobs, maxJobs, maxJobBytes / 1048576.0, sizes(jdbc)));
        line("ACT_RU_EXT_TASK during the round: " + externalAtStart + " at the start, at most " + maxExternal + " open search tasks");
        line("fetch-and-lock (50 tasks) latency: " + stats(fetchNanos));
        line("probe jobs during the round: " + probeDurations(engine.getHistoryService(), roundStart, engineEnd).describe()
                + " (" + probes.started.get() + " started)");
        line("library rows: " + jdbc.queryForList("select status, count(*) from terminated_case_library group by status order by status")
                + "; next round scheduled for " + jdbc.queryForList(
                "select next_search_on, count(*) from terminated_case_library where next_search_on is not null group by next_search_on"));
        line("");
        line("### samples (every second)");
        samples.forEach(this::line);
    }

    /** The stand-in for the network search system: fetch 50, answer each at once. */
    private static void networkSearch(ExternalTaskService service, String workerId, int foundPerMille, AtomicBoolean stop,
                                      List<Long> fetchNanos, AtomicLong answered, AtomicLong found) {
        while (!stop.get()) {
            long t = System.nanoTime();
            List<LockedExternalTask> tasks = service.fetchAndLock(50, workerId)
                    .topic(NetworkSearchTopic.TOPIC, 300_000).variables("caseId").execute();
            fetchNanos.add(System.nanoTime() - t);
            if (tasks.isEmpty()) {
                LockSupport.parkNanos(200_000_000L);
                continue;
            }
            for (LockedExternalTask task : tasks) {
                Object caseId = task.getVariables().get("caseId");
                boolean assets = caseId instanceof Number n && n.longValue() % 1000 < foundPerMille;
                try {
                    service.complete(task.getId(), workerId, Map.of(NetworkSearchTopic.VARIABLE_FINDINGS,
                            assets ? DEPOSIT : NetworkSearchTopic.NOTHING_FOUND));
                    answered.incrementAndGet();
                    if (assets) {
                        found.incrementAndGet();
                    }
                } catch (RuntimeException e) {
                    // as the real worker does: report it; the engine retries the search (an incident after the last try)
                    log("search " + task.getId() + " failed: " + e.getMessage());
                    service.handleFailure(task.getId(), workerId, "网络查控结果回传失败", e.getMessage(), 2, 0);
                }
            }
        }
    }

    /** Starts one probe instance (one asynchronous job) a second until stopped. */
    private static final class ProbeStarter implements java.util.concurrent.Callable<Void> {
        private final RuntimeService runtimeService;
        private final AtomicBoolean stop;
        final AtomicInteger started = new AtomicInteger();

        ProbeStarter(RuntimeService runtimeService, AtomicBoolean stop) {
            this.runtimeService = runtimeService;
            this.stop = stop;
        }

        @Override
        public Void call() {
            while (!stop.get()) {
                runtimeService.startProcessInstanceByKey(PROBE_KEY, Variables.createVariables().putValue("courtId", COURT));
                started.incrementAndGet();
                LockSupport.parkNanos(1_000_000_000L);
            }
            return null;
        }
    }

    // --- probes ---

    private record Probes(List<Long> millis, long unfinished) {
        String describe() {
            List<Long> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            if (sorted.isEmpty()) {
                return "no probe finished, " + unfinished + " unfinished";
            }
            return String.format(Locale.ROOT, "%d probes, start to end p50 %d ms, p95 %d ms, max %d ms%s", sorted.size(),
                    percentile(sorted, 50), percentile(sorted, 95), sorted.get(sorted.size() - 1),
                    unfinished > 0 ? ", " + unfinished + " unfinished" : "");
        }
    }

    private Probes probe(ProcessEngine engine, JdbcTemplate jdbc, java.time.LocalDateTime engineTime, Duration length) {
        Instant from = engineTime.atZone(BEIJING).toInstant();
        ClockUtil.offset(from.toEpochMilli() - System.currentTimeMillis());
        AtomicBoolean stop = new AtomicBoolean();
        ProbeStarter starter = new ProbeStarter(engine.getRuntimeService(), stop);
        Thread thread = new Thread(() -> starter.call(), "probe-starter");
        thread.start();
        LockSupport.parkNanos(length.toNanos());
        stop.set(true);
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LockSupport.parkNanos(2_000_000_000L);
        return probeDurations(engine.getHistoryService(), from, ClockUtil.getCurrentTime().toInstant());
    }

    /** The probes started in an interval of engine time: finished ones by their duration, the others counted. */
    private static Probes probeDurations(HistoryService history, Instant from, Instant to) {
        List<HistoricProcessInstance> started = history.createHistoricProcessInstanceQuery().processDefinitionKey(PROBE_KEY)
                .startedAfter(Date.from(from)).startedBefore(Date.from(to)).list();
        List<Long> millis = started.stream().filter(p -> p.getDurationInMillis() != null).map(HistoricProcessInstance::getDurationInMillis).toList();
        return new Probes(millis, started.size() - millis.size());
    }

    // --- 3. the job acquisition query at the library's size ---

    private void acquisitionPlans(ConfigurableApplicationContext context, ProcessEngine engine, JdbcTemplate jdbc) {
        // the acquisition query of Camunda 7.24 (Job.xml, selectNextJobsToExecute, no ordering), nothing due yet
        String sql = "select RES.ID_, RES.REV_, RES.DUEDATE_, RES.PROCESS_INSTANCE_ID_, RES.EXCLUSIVE_ from ACT_RU_JOB RES "
                + "where (RES.RETRIES_ > 0) and (RES.DUEDATE_ is null or RES.DUEDATE_ <= timestamp '2026-12-02 04:00:00') "
                + "and (RES.LOCK_OWNER_ is null or RES.LOCK_EXP_TIME_ < timestamp '2026-12-02 04:00:00') and RES.SUSPENSION_STATE_ = 1 "
                + "and ((RES.EXCLUSIVE_ = true and not exists (select J2.ID_ from ACT_RU_JOB J2 where J2.PROCESS_INSTANCE_ID_ = "
                + "RES.PROCESS_INSTANCE_ID_ and (J2.EXCLUSIVE_ = true) and (J2.LOCK_OWNER_ is not null and J2.LOCK_EXP_TIME_ >= "
                + "timestamp '2026-12-02 04:00:00'))) or RES.EXCLUSIVE_ = false) limit 3";
        line("");
        line("## the job acquisition query with " + count(jdbc, "select count(*) from act_ru_job") + " jobs, none due");
        // the app creates its job indexes at start-up on PostgreSQL (platform.PostgresEngineTuning): without them
        // first, then the due-date and locked-job indexes one after the other (the same definitions as the app's)
        jdbc.execute("drop index if exists act_idx_job_locked");
        jdbc.execute("drop index if exists act_idx_job_duedate");
        jdbc.execute("drop index if exists act_idx_job_priority_due");
        jdbc.execute("analyze act_ru_job");
        line("without an index on DUEDATE_: " + planSummary(jdbc, sql));
        jdbc.execute("create index act_idx_job_duedate on act_ru_job (duedate_)");
        jdbc.execute("analyze act_ru_job");
        line("with an index on DUEDATE_:    " + planSummary(jdbc, sql));
        // the exclusive-job check (NOT EXISTS over the locked jobs) otherwise scans the whole table once per acquisition
        jdbc.execute("create index act_idx_job_locked on act_ru_job (process_instance_id_) where lock_owner_ is not null");
        jdbc.execute("analyze act_ru_job");
        line("and a partial index on the locked jobs: " + planSummary(jdbc, sql));
        // the same query as the app runs it (acquisition by priority: ORDER BY PRIORITY_ DESC), at the moment when
        // every timer of the round is due and none fired yet, the worst backlog a round can have: first without the
        // priority index, then with the app's tuning applied again by its own code, for the round
        String allDue = "timestamp '2026-12-03 00:00:00'";
        String byPriority = sql.replace("timestamp '2026-12-02 04:00:00'", allDue)
                .replace(" limit 3", " order by RES.PRIORITY_ desc limit 3");
        line("## acquisition by priority with every timer of the round due ("
                + count(jdbc, "select count(*) from act_ru_job where duedate_ <= " + allDue) + " due jobs)");
        line("without an index on (PRIORITY_ DESC, DUEDATE_): " + planSummary(jdbc, byPriority));
        AppTuning.reapply(context, engine);
        jdbc.execute("analyze act_ru_job");
        line("with it (the app):                              " + planSummary(jdbc, byPriority));
    }

    private static String planSummary(JdbcTemplate jdbc, String sql) {
        for (int i = 0; i < 3; i++) {
            jdbc.queryForList("explain analyze " + sql, String.class);
        }
        List<String> plan = jdbc.queryForList("explain analyze " + sql, String.class);
        return String.join(" | ", plan.stream().map(String::strip)
                .filter(l -> l.contains("Scan") || l.contains("Sort") || l.startsWith("Execution Time")).toList());
    }

    // --- set-up ---

    private ConfigurableApplicationContext boot(Settings settings) {
        String[] args = {
                "--spring.datasource.url=" + settings.serverUrl() + settings.database(),
                "--spring.datasource.username=" + settings.user(),
                "--spring.datasource.password=" + settings.password(),
                // CpuMeter sums the CPU of the pool's PostgreSQL backends alive when it reads: the pool must not retire
                // them during the run (Hikari's default max-lifetime, 30 min, would lose their CPU from the figures)
                "--spring.datasource.hikari.max-lifetime=0",
                "--enforcement.admin.password=" + secret(),
                "--enforcement.network-search.worker-password=" + secret(),
                "--enforcement.termination.library.search-window=" + settings.window(),
                "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.history-level=full",
                "--server.port=0",
                "--logging.threshold.console=WARN",
                "--logging.file.name=target/library-benchmark-app.log",
                // no mail server here: the resumed cases' notices and task mails wait in the outbox, quietly
                "--logging.level.cn.courts.enforcement.app.notice=ERROR",
        };
        return new SpringApplicationBuilder(EngineApplication.class).profiles("postgres").run(args);
    }

    private static void setUp(ConfigurableApplicationContext context, ProcessEngine engine) {
        CourtDirectory courts = context.getBean(CourtDirectory.class);
        courts.register(new Court("gdgy", "广东省高级人民法院", "广东高院", CourtLevel.HIGH, null, "粤"));
        courts.register(new Court("szzy", "广东省深圳市中级人民法院", "深圳中院", CourtLevel.INTERMEDIATE, "gdgy", "粤03"));
        courts.register(new Court(COURT, "广东省深圳市福田区人民法院", "福田法院", CourtLevel.BASIC, "szzy", CASE_CODE));
        courts.ensureUser(COURT, JUDGE, "法官" + JUDGE, "执行法官", JUDGE + "@court.example", secret(), RoleGroup.JUDGE);
        context.getBean(NetworkSearchWorkerAccount.class).ensureMemberOfEveryCourt();
        engine.getRepositoryService().createDeployment().name("library benchmark probe")
                .addClasspathResource("benchmark/BenchmarkJobProbe.bpmn").deploy();
    }

    private static String describeJobExecutor(ProcessEngine engine) {
        ProcessEngineConfigurationImpl c = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        JobExecutor executor = c.getJobExecutor();
        if (executor == null || !executor.isActive()) {
            throw new IllegalStateException("the library benchmark needs the job executor running");
        }
        return "active, " + executor.getMaxJobsPerAcquisition() + " jobs per acquisition, acquire by priority "
                + c.isJobExecutorAcquireByPriority() + ", wait " + executor.getWaitTimeInMillis()
                + " ms (max " + executor.getMaxWait() + " ms), lock " + executor.getLockTimeInMillis() + " ms; history "
                + c.getHistoryLevel().getName() + ", authorization " + (c.isAuthorizationEnabled() ? "on" : "OFF")
                + ", tenant check " + (c.isTenantCheckEnabled() ? "on" : "OFF");
    }

    private static void recreateDatabase(Settings settings) throws SQLException {
        try (Connection connection = DriverManager.getConnection(settings.serverUrl() + "postgres", settings.user(), settings.password());
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + settings.database() + " with (force)");
            statement.execute("create database " + settings.database() + " encoding 'UTF8' template template0");
        }
        log("database " + settings.database() + " created");
    }

    private static void dropDatabase(Settings settings) {
        try (Connection connection = DriverManager.getConnection(settings.serverUrl() + "postgres", settings.user(), settings.password());
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + settings.database() + " with (force)");
        } catch (SQLException e) {
            log("could not drop " + settings.database() + ": " + e.getMessage());
        }
    }

    // --- helpers ---

    private static String sizes(JdbcTemplate jdbc) {
        return String.format(Locale.ROOT, "ACT_RU_JOB %d rows (%.1f MiB), ACT_RU_EXECUTION %d rows, ACT_RU_EXT_TASK %d rows, "
                        + "ACT_HI_ACTINST %d rows",
                count(jdbc, "select count(*) from act_ru_job"), count(jdbc, "select pg_total_relation_size('act_ru_job')") / 1048576.0,
                count(jdbc, "select count(*) from act_ru_execution"), count(jdbc, "select count(*) from act_ru_ext_task"),
                count(jdbc, "select count(*) from act_hi_actinst"));
    }

    /** CPU of this JVM and of the database's PostgreSQL backends per case, and the other processes' share of the machine. */
    private static String cpuPerCase(CpuMeter.Usage used, long cases, double seconds) {
        double cores = Runtime.getRuntime().availableProcessors();
        double ours = (used.jvmMs() + used.pgMs()) / (seconds * 1000 * cores);
        return String.format(Locale.ROOT, "JVM %.1f ms and PostgreSQL %.1f ms of CPU per case; the machine %.0f%% busy, "
                        + "other processes %.0f%% of its %d cores", used.jvmMs() / cases, used.pgMs() / cases,
                used.machineBusyShare() * 100, Math.max(0, used.machineBusyShare() - ours) * 100, (int) cores);
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        Long value = jdbc.queryForObject(sql, Long.class);
        return value == null ? 0 : value;
    }

    private static String stats(List<Long> nanos) {
        List<Long> sorted;
        synchronized (nanos) {
            sorted = new ArrayList<>(nanos);
        }
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return "none";
        }
        return String.format(Locale.ROOT, "%d calls, p50 %.1f ms, p95 %.1f ms, max %.1f ms", sorted.size(),
                percentile(sorted, 50) / 1e6, percentile(sorted, 95) / 1e6, sorted.get(sorted.size() - 1) / 1e6);
    }

    private static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static String machine() {
        StringBuilder m = new StringBuilder().append(Runtime.getRuntime().availableProcessors()).append(" CPUs");
        try {
            Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name")).findFirst()
                    .ifPresent(l -> m.append(" (").append(l.substring(l.indexOf(':') + 1).strip()).append(')'));
        } catch (IOException e) {
            // not Linux
        }
        long memory = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        return m.append(String.format(Locale.ROOT, ", %.0f GiB RAM, Java %s, max heap %d MiB", memory / 1073741824.0,
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / 1048576)).toString();
    }

    private static String loadAverage() {
        return String.format(Locale.ROOT, "%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static String secret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private void line(String text) {
        report.add(text);
        log(text);
    }

    private void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, String.join("\n", report) + "\n", StandardCharsets.UTF_8);
        log("figures written to " + file.toAbsolutePath());
    }

    private static void log(String message) {
        System.out.println("[library benchmark " + LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + "] " + message);
    }
}
