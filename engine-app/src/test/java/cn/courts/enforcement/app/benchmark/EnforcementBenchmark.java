package cn.courts.enforcement.app.benchmark;

import cn.courts.enforcement.app.EngineApplication;
import cn.courts.enforcement.app.enforcement.CaseFilingService;
import cn.courts.enforcement.app.identity.CourtDirectory;
import cn.courts.enforcement.app.platform.RoleGroup;
import cn.courts.enforcement.app.networksearch.NetworkSearchWorkerAccount;
import cn.courts.enforcement.app.web.CurrentUser;
import cn.courts.enforcement.model.court.Court;
import cn.courts.enforcement.model.court.CourtLevel;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The performance benchmark of the platform (docs/performance.md). Not part of the test suite: its name matches
 * none of surefire's or failsafe's patterns; the {@code benchmark} profile of engine-app runs it alone:
 * <pre>./mvnw -B -pl engine-app -am verify -Pbenchmark</pre>
 *
 * <p>One run, on a fresh database {@code enforcement_bench} on the local PostgreSQL (dropped and created here,
 * dropped again at the end unless {@code -Dbenchmark.keepDatabase=true}); the app is booted with the profiles
 * postgres and benchmark: no demo data, job executor off, history full, authorization and tenant checks on.
 * <ol>
 *   <li>Throughput, after a warm-up, on 1 and 2 threads, the setups taking turns round by round:
 *   (a) the app: cases filed through CaseFilingService and driven down the main happy path as their judge, and
 *   (a') the same with the judges' assignment mails off; (b) the baseline: the raw engine with a plain process of as
 *   many sequential user tasks (7), and (b') the same with the app's task assignment, as the judge; (c) the ratio
 *   app / baseline of user-task completions per second. Then a Java Flight Recorder profile of the app.</li>
 *   <li>(d) With {@code benchmark.openCases} open cases in two courts: a judge's Tasklist queries (first page of 50
 *   by due date, and the count) as the engine runs them for him, p50/p95/p99, explained: (A) with the engine's
 *   defaults, the app's PostgreSQL tuning undone (its indexes and statistics dropped, the server's plan_cache_mode and
 *   jit on every connection), and (E) as the app runs, its tuning in place (platform.PostgresEngineTuning and the
 *   connection options of application-postgres.yaml); on request ({@code -Dbenchmark.variants=A,B,C,D,E}) also
 *   (B) A + the due-date index, (C) A + the statistics on ACT_RU_AUTHORIZATION's permission bits, (D) C + custom
 *   plans and no JIT. Then the cost of filing with and without a named judge at that size, as the app runs.</li>
 * </ol>
 * The PostgreSQL of these machines runs without autovacuum: the benchmark runs VACUUM ANALYZE where autovacuum
 * would, outside the measured time.
 * The figures are printed and written to {@code target/benchmark-results.txt}; the query plans to
 * {@code target/benchmark-plans.txt}.
 */
class EnforcementBenchmark {

    /** "Today" of the engine clock: a working day the holiday table covers (as in EnforcementCaseProcessTests). */
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final int PROFILE_SECONDS = 15;

    private final StringBuilder plans = new StringBuilder();
    private SmtpSink smtp;
    private final long startNanos = System.nanoTime();

    @Test
    void measure() throws Exception {
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
        log("settings: " + settings.describe());
        Map<String, String> server = recreateDatabase(settings);
        String startedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
        ConfigurableApplicationContext context = null;
        // the mail relay the app sends its notices and task mails to (production has one; without it every send
        // would fail and be retried, which is not the app's normal work either)
        smtp = new SmtpSink();
        try {
            long bootStart = System.nanoTime();
            context = boot(settings, smtp.port());
            double bootSeconds = (System.nanoTime() - bootStart) / 1e9;
            log(String.format(Locale.ROOT, "app started in %.1f s", bootSeconds));
            Beans beans = new Beans(context);
            Map<String, String> engine = engineSettings(beans);
            setUpCourtsAndDeployBaselines(beans);
            OpenCases.engineClockAt(TODAY, beans.clock.zone());

            Report report = new Report(settings, startedAt, server, engine, bootSeconds);
            measureThroughput(settings, beans, report);
            measureAtScale(settings, beans, report);
            report.plans = plans.toString();
            report.write(settings.resultsFile());
        } finally {
            ClockUtil.reset();
            if (context != null) {
                context.close();
            }
            smtp.close();
            if (!settings.keepDatabase()) {
                dropDatabase(settings);
            }
        }
    }

    // --- throughput: (a), (b), (c) ---

    private void measureThroughput(BenchmarkSettings settings, Beans beans, Report report) throws Exception {
        CpuMeter cpu = new CpuMeter(beans.jdbc);
        Throughput throughput = new Throughput(cpu, () -> outboxBacklog(beans), () -> { });
        List<Workloads.Workload> workloads = List.of(
                Workloads.plainBaseline(beans), Workloads.assignedBaseline(beans),
                Workloads.app(beans, false), Workloads.app(beans, true));
        for (Workloads.Workload w : workloads) {
            log("warm-up: " + w.name() + ", " + settings.warmupSeconds() + " s on 2 threads");
            throughput.run(w, 2, Duration.ofSeconds(settings.warmupSeconds()), settings.cases());
        }
        vacuumAnalyze(beans);
        Map<String, Throughput.Series> series = new LinkedHashMap<>();
        for (int threads : settings.threads()) {
            for (Workloads.Workload w : workloads) {
                series.put(w.name() + "/" + threads, new Throughput.Series(w.name(), threads));
            }
        }
        Duration slice = Duration.ofMillis(settings.measureSeconds() * 1000L / settings.rounds());
        int casesPerSlice = (settings.cases() + settings.rounds() - 1) / settings.rounds();
        for (int round = 1; round <= settings.rounds(); round++) {
            for (int threads : settings.threads()) {
                for (Workloads.Workload w : workloads) {
                    Throughput.Run run = throughput.run(w, threads, slice, casesPerSlice);
                    series.get(w.name() + "/" + threads).runs.add(run);
                    log(String.format(Locale.ROOT, "round %d, %s, %d thread(s): %d instances, %d user tasks in %.1f s "
                                    + "(%.1f s of it waiting for the mail outbox) = %.1f/s",
                            round, w.name(), threads, run.instances(), run.userTasks(), run.seconds(), run.drainSeconds(),
                            run.userTasksPerSecond()));
                }
            }
            vacuumAnalyze(beans);
        }
        // where the app's JVM time goes: a profile of one more run of the app (not counted)
        Workloads.Workload app = workloads.get(workloads.size() - 1);
        log("profiling: " + app.name() + ", " + PROFILE_SECONDS + " s on 2 threads with Java Flight Recorder");
        JvmProfile profile = new JvmProfile();
        profile.start();
        Throughput.Run profiled = throughput.run(app, 2, Duration.ofSeconds(PROFILE_SECONDS), settings.cases());
        report.profile = String.format(Locale.ROOT, "%s, 2 threads, %d instances in %.0f s.%n%n", app.name(), profiled.instances(),
                profiled.seconds()) + profile.stopAndSummarize(15);
        report.throughput = new ArrayList<>(series.values());
        report.workloadNames = workloads.stream().map(Workloads.Workload::name).toList();
        report.throughputChecks = checkThroughputOutcome(beans, series);
    }

    private static long outboxBacklog(Beans beans) {
        Long n = beans.jdbc.queryForObject("select count(*) from service_record where status in ('PENDING', 'SENDING')", Long.class);
        return n == null ? 0 : n;
    }

    /**
     * What autovacuum does in production (this PostgreSQL runs with autovacuum off, so without it the tables
     * would have no statistics and the planner would scan): called between phases, outside the measured time.
     */
    private static void vacuumAnalyze(Beans beans) {
        long t = System.nanoTime();
        beans.jdbc.execute("vacuum analyze");
        log(String.format(Locale.ROOT, "vacuum analyze (as autovacuum would): %.1f s", (System.nanoTime() - t) / 1e9));
    }

    /** The app's cases all ended as the happy path ends, and nothing was left open. */
    private List<String> checkThroughputOutcome(Beans beans, Map<String, Throughput.Series> series) {
        List<String> problems = new ArrayList<>();
        Long open = beans.jdbc.queryForObject("select count(*) from enforcement_case where status <> 'CLOSED'", Long.class);
        Long notCompleted = beans.jdbc.queryForObject(
                "select count(*) from enforcement_case where closing_mode is distinct from 'EXECUTION_COMPLETED'", Long.class);
        Long undisposed = beans.jdbc.queryForObject(
                "select count(*) from property_record where not disposed or controlled_on is null", Long.class);
        Long tasks = beans.jdbc.queryForObject("select count(*) from act_ru_task", Long.class);
        Long sent = beans.jdbc.queryForObject("select count(*) from service_record where status = 'SENT'", Long.class);
        Long unsent = beans.jdbc.queryForObject("select count(*) from service_record where status not in ('SENT', 'NO_ADDRESS')", Long.class);
        Long cases = beans.jdbc.queryForObject("select count(*) from enforcement_case", Long.class);
        Long deposits = beans.jdbc.queryForObject("select count(*) from property_record", Long.class);
        if (open != 0 || notCompleted != 0) {
            problems.add(open + " cases not closed, " + notCompleted + " not closed as EXECUTION_COMPLETED");
        }
        if (!deposits.equals(cases) || undisposed != 0) {
            problems.add(cases + " cases but " + deposits + " deposits, " + undisposed + " not controlled and disposed");
        }
        if (tasks != 0) {
            problems.add(tasks + " user tasks left open");
        }
        if (unsent != 0) {
            problems.add(unsent + " mails not sent");
        }
        problems.add(0, "app: " + cases + " cases filed (warm-up included), all closed as 执行完毕 with their deposit frozen and paid out, "
                + sent + " mails sent (party notices and task mails; the relay received " + smtp.received() + "): "
                + (problems.isEmpty() ? "yes" : "NO"));
        return problems;
    }

    // --- at scale: (d) ---

    private void measureAtScale(BenchmarkSettings settings, Beans beans, Report report) throws Exception {
        long remaining = settings.maxMinutes() * 60L - elapsedSeconds();
        // leave ~5 minutes for the queries on their variants and the filing probe
        long budget = Math.min(settings.openCasesMaxSeconds(), remaining - 300);
        if (budget < 30) {
            report.notes.add("open cases and Tasklist queries skipped: " + elapsedSeconds() + " s used of "
                    + settings.maxMinutes() + " min");
            return;
        }
        log("creating " + settings.openCases() + " open cases (at most " + budget + " s)");
        OpenCases openCases = new OpenCases(beans, settings, new CpuMeter(beans.jdbc));
        // data set-up: 100,000 assignment mails would still be queued behind the queries
        Workloads.assignmentMails(beans, false);
        report.openCases = openCases.create(settings.openCases(), budget, TODAY,
                day -> OpenCases.engineClockAt(day, beans.clock.zone()), () -> beans.jdbc.execute("analyze"));
        OpenCases.engineClockAt(TODAY, beans.clock.zone());
        Workloads.assignmentMails(beans, true);
        vacuumAnalyze(beans);

        TasklistQueries queries = new TasklistQueries(beans, settings, Beans.FUTIAN, Beans.FUTIAN.judge1(), plans);
        report.dataShape = queries.dataShape();
        report.appTuning = queries.appTuningFound();
        log("the app's PostgreSQL tuning: " + report.appTuning);
        Map<String, String> serverDefaults = serverSessionDefaults(settings);
        report.serverSessionDefaults = serverDefaults.toString();
        boolean appTuningUndone = false;
        try {
            for (String letter : settings.variants()) {
                String variant = TasklistQueries.VARIANTS.get(letter);
                if (elapsedSeconds() > settings.maxMinutes() * 60L - 100) {
                    report.notes.add("Tasklist queries on variant " + variant + " skipped: time bound");
                    continue;
                }
                log("Tasklist queries, " + variant);
                switch (letter) {
                    case "A" -> queries.engineDefaults(serverDefaults);
                    case "B" -> {
                        queries.engineDefaults(serverDefaults);
                        long start = System.nanoTime();
                        queries.createDueDateIndex();
                        report.indexBuildSeconds = (System.nanoTime() - start) / 1e9;
                    }
                    case "C" -> {
                        queries.engineDefaults(serverDefaults);
                        queries.createAuthorizationStatistics();
                    }
                    case "D" -> {
                        queries.engineDefaults(serverDefaults);
                        queries.createAuthorizationStatistics();
                        queries.appSessionSettings();
                    }
                    case "E" -> report.appTuningSeconds = queries.appTuning();
                    default -> throw new IllegalArgumentException(letter);
                }
                appTuningUndone = !letter.equals("E");
                List<TasklistQueries.Timing> timings = queries.measureAll(variant);
                report.queries.addAll(timings);
                if (letter.equals("A")) {
                    report.planScansWithoutIndex = TasklistQueries.scansTaskTable(timings);
                }
            }
        } finally {
            if (appTuningUndone) {
                // the rest of the run (filing at scale) as the app runs
                report.appTuningSeconds = queries.appTuning();
            }
            queries.close();
        }
        measureFilingAtScale(settings, beans, report);
    }

    /**
     * Filing at scale: with a named judge, and without (assignJudge then counts the open cases of every judge of
     * the court). Alternating, so that both see the same machine load.
     */
    private void measureFilingAtScale(BenchmarkSettings settings, Beans beans, Report report) {
        log("filing at scale, with and without a named judge");
        Beans.CourtSpec court = Beans.FUTIAN;
        String judge = court.judge1();
        CurrentUser user = new CurrentUser(judge, List.of("judge"), List.of(court.id()));
        List<Long> named = new ArrayList<>();
        List<Long> unnamed = new ArrayList<>();
        long deadline = System.nanoTime() + 30_000_000_000L;
        beans.authenticateAsJudge(judge, court);
        try {
            for (int i = 0; i < 220 && System.nanoTime() < deadline; i++) {
                boolean withJudge = i % 2 == 0;
                long t = System.nanoTime();
                CaseFilingService.FiledCase filed = beans.filing.file(Beans.filingRequest(
                        beans.nextCaseNumber(court, TODAY), court, withJudge ? judge : null, TODAY), user);
                long nanos = System.nanoTime() - t;
                if (i >= 20) {
                    (withJudge ? named : unnamed).add(nanos);
                }
                if (filed.judgeId() == null && withJudge) {
                    throw new IllegalStateException("case filed with a judge has none");
                }
            }
        } finally {
            beans.identityService.clearAuthentication();
        }
        report.filingNamed = LatencyStats.ofNanos(named);
        report.filingUnnamed = LatencyStats.ofNanos(unnamed);
        String sql = "select judge_id, count(id) from enforcement_case where court_id = '" + court.id()
                + "' and status = 'IN_PROGRESS' and judge_id in ('" + court.judge1() + "', '" + court.judge2() + "') group by judge_id";
        List<String> plan = beans.jdbc.queryForList("explain (analyze, buffers) " + sql, String.class);
        plans.append("### assignJudge: open cases per judge (the SQL of EnforcementCaseRepository.countOpenCasesByJudge)\n\n")
                .append(sql).append("\n\n");
        plan.forEach(line -> plans.append("    ").append(line).append('\n'));
        report.judgeCountPlan = plan.stream().filter(l -> l.contains("Scan") || l.startsWith("Execution Time"))
                .map(String::strip).toList();
    }

    // --- set-up ---

    private ConfigurableApplicationContext boot(BenchmarkSettings settings, int smtpPort) {
        String[] args = {
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--spring.config.additional-location=optional:classpath:/benchmark/",
                "--spring.datasource.url=" + settings.jdbcUrl(),
                "--spring.datasource.username=" + settings.user(),
                "--spring.datasource.password=" + settings.password(),
                // CpuMeter sums the CPU of the pool's PostgreSQL backends alive when it reads: the pool must not retire
                // them during the run (Hikari's default max-lifetime, 30 min, would lose their CPU from the figures)
                "--spring.datasource.hikari.max-lifetime=0",
                "--enforcement.admin.password=" + secret(),
                "--enforcement.network-search.worker-password=" + secret(),
        };
        return new SpringApplicationBuilder(EngineApplication.class).profiles("postgres", "benchmark").run(args);
    }

    /** Two basic courts under one intermediate and one high court, two judges each (as the demo has them). */
    private void setUpCourtsAndDeployBaselines(Beans beans) {
        CourtDirectory courts = beans.context.getBean(CourtDirectory.class);
        courts.register(new Court("gdgy", "广东省高级人民法院", "广东高院", CourtLevel.HIGH, null, "粤"));
        courts.register(new Court("szzy", "广东省深圳市中级人民法院", "深圳中院", CourtLevel.INTERMEDIATE, "gdgy", "粤03"));
        for (Beans.CourtSpec c : List.of(Beans.FUTIAN, Beans.LUOHU)) {
            courts.register(new Court(c.id(), c.name(), c.shortName(), CourtLevel.BASIC, "szzy", c.caseCode()));
            for (String judge : List.of(c.judge1(), c.judge2())) {
                courts.ensureUser(c.id(), judge, "法官" + judge, "执行法官", judge + "@court.example", secret(), RoleGroup.JUDGE);
            }
        }
        beans.context.getBean(NetworkSearchWorkerAccount.class).ensureMemberOfEveryCourt();
        beans.engine.getRepositoryService().createDeployment().name("benchmark baselines")
                .addClasspathResource("benchmark/BenchmarkPlainProcess.bpmn")
                .addClasspathResource("benchmark/BenchmarkAssignedProcess.bpmn")
                .deploy();
    }

    private Map<String, String> engineSettings(Beans beans) {
        ProcessEngineConfigurationImpl c = beans.engineConfiguration;
        Map<String, String> s = new LinkedHashMap<>();
        s.put("history level", c.getHistoryLevel().getName());
        s.put("authorization", c.isAuthorizationEnabled() ? "on" : "OFF");
        s.put("tenant check", c.isTenantCheckEnabled() ? "on" : "OFF");
        s.put("JDBC batch processing", c.isJdbcBatchProcessing() ? "on" : "OFF");
        s.put("job executor", c.getJobExecutor() != null && c.getJobExecutor().isActive() ? "ACTIVE" : "off");
        s.put("cmmn / dmn / standalone tasks", c.isCmmnEnabled() + " / " + c.isDmnEnabled() + " / " + c.isStandaloneTasksEnabled());
        s.put("connection pool", String.valueOf(beans.context.getEnvironment().getProperty("spring.datasource.hikari.maximum-pool-size")));
        s.put("synchronous_commit (app session)", beans.jdbc.queryForObject("show synchronous_commit", String.class));
        if (!"full".equals(c.getHistoryLevel().getName()) || !c.isAuthorizationEnabled() || !c.isJdbcBatchProcessing()
                || (c.getJobExecutor() != null && c.getJobExecutor().isActive())) {
            throw new IllegalStateException("the benchmark must run with history full, authorization on, batch processing on, "
                    + "job executor off: " + s);
        }
        return s;
    }

    // --- the database ---

    private static Map<String, String> recreateDatabase(BenchmarkSettings settings) throws SQLException {
        Map<String, String> server = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(settings.serverUrl() + "postgres", settings.user(), settings.password());
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + settings.database() + " with (force)");
            statement.execute("create database " + settings.database() + " encoding 'UTF8' template template0");
            for (String name : List.of("server_version", "synchronous_commit", "fsync", "shared_buffers", "work_mem",
                    "effective_cache_size", "random_page_cost", "max_connections")) {
                try (ResultSet rs = statement.executeQuery("show " + name)) {
                    rs.next();
                    server.put(name, rs.getString(1));
                }
            }
        }
        log("database " + settings.database() + " created");
        return server;
    }

    /**
     * The server's plan_cache_mode and jit for a session without the app's connection options (its
     * postgresql.conf and the database's settings): the engine's defaults of variant A.
     */
    private static Map<String, String> serverSessionDefaults(BenchmarkSettings settings) throws SQLException {
        Map<String, String> values = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
             Statement statement = connection.createStatement()) {
            for (String name : List.of("plan_cache_mode", "jit")) {
                try (ResultSet rs = statement.executeQuery("show " + name)) {
                    rs.next();
                    values.put(name, rs.getString(1));
                }
            }
        }
        return values;
    }

    private static void dropDatabase(BenchmarkSettings settings) {
        try (Connection connection = DriverManager.getConnection(settings.serverUrl() + "postgres", settings.user(), settings.password());
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + settings.database() + " with (force)");
            log("database " + settings.database() + " dropped");
        } catch (SQLException e) {
            log("could not drop " + settings.database() + ": " + e.getMessage());
        }
    }

    // --- helpers ---

    private static String secret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private long elapsedSeconds() {
        return (System.nanoTime() - startNanos) / 1_000_000_000L;
    }

    static void log(String message) {
        System.out.println("[benchmark " + java.time.LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + "] " + message);
    }

    static String machine() {
        StringBuilder m = new StringBuilder();
        m.append(Runtime.getRuntime().availableProcessors()).append(" CPUs");
        try {
            Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name")).findFirst()
                    .ifPresent(l -> m.append(" (").append(l.substring(l.indexOf(':') + 1).strip()).append(')'));
        } catch (IOException e) {
            // not Linux
        }
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
        m.append(String.format(Locale.ROOT, ", %.0f GiB RAM", memory / 1024.0 / 1024 / 1024));
        m.append(", Java ").append(System.getProperty("java.version"))
                .append(", max heap ").append(Runtime.getRuntime().maxMemory() / 1024 / 1024).append(" MiB");
        return m.toString();
    }

    static String gitCommit() {
        String given = System.getProperty("benchmark.gitCommit");
        if (given != null && !given.isBlank()) {
            return given;
        }
        String head = git("rev-parse", "--short", "HEAD");
        if (head == null) {
            return "unknown";
        }
        String status = git("status", "--porcelain");
        long changed = status == null ? 0 : status.lines().filter(l -> !l.isBlank()).count();
        return changed == 0 ? head : head + " + uncommitted changes in " + changed + " files";
    }

    private static String git(String... args) {
        try {
            List<String> command = new ArrayList<>(List.of("git"));
            command.addAll(List.of(args));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor() == 0 ? out : null;
        } catch (IOException | InterruptedException e) {
            return null;
        }
    }
}
