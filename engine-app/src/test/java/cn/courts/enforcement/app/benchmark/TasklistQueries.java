package cn.courts.enforcement.app.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A judge's Tasklist queries, timed as the engine runs them for him: his engine authentication (user, group
 * judge, his court as tenant) is set, so the authorization check (task grants) and the tenant check join in.
 * Each query is timed as its first page of 50 ordered by due date ({@code listPage(0, 50)}) and as its count,
 * on several variants of the database (index, statistics, settings), and explained twice: EXPLAIN ANALYZE of the
 * SQL with the parameter values written in (the custom plan PostgreSQL makes for these values), and EXPLAIN of
 * the same SQL as a prepared statement's generic plan (what PostgreSQL may switch to once the JDBC driver has
 * server-prepared the statement, after 5 executions on a connection, and it has run 5 more).
 */
final class TasklistQueries {

    static final String TASK_MAPPER = "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity";
    /** The variants of the database the queries are timed on. */
    static final String ENGINE_DEFAULTS = "A: engine defaults";
    static final String DUE_DATE_INDEX = "B: A + due-date index";
    static final String AUTH_STATISTICS = "C: A + perms statistics";
    static final String CUSTOM_PLANS = "D: C + custom plans, jit off";
    static final String APP_TUNING = "E: the app as it runs";
    /** The variants by letter, for {@code -Dbenchmark.variants}. */
    static final Map<String, String> VARIANTS = Map.of("A", ENGINE_DEFAULTS, "B", DUE_DATE_INDEX, "C", AUTH_STATISTICS,
            "D", CUSTOM_PLANS, "E", APP_TUNING);

    /**
     * What the app's PostgreSQL tuning (platform.PostgresEngineTuning, at start-up) creates on the engine's tables,
     * by name: A drops them, B and C create single ones with the app's own statements, E re-applies the app's tuning.
     */
    static final List<String> APP_INDEXES = List.of("act_idx_task_due_date", "act_idx_job_duedate", "act_idx_job_locked",
            "act_idx_job_priority_due");
    static final String APP_STATISTICS = "act_ru_authorization_perms_stats";
    static final String DUE_DATE_INDEX_SQL = "create index if not exists act_idx_task_due_date on act_ru_task (due_date_)";
    static final String AUTH_STATISTICS_SQL = "create statistics if not exists " + APP_STATISTICS
            + " on (perms_ & 2), (perms_ & 64), resource_type_ from act_ru_authorization";
    /** The settings application-postgres.yaml gives every connection of the app (its {@code options}). */
    static final Map<String, String> APP_SESSION_SETTINGS = orderedMap("plan_cache_mode", "force_custom_plan", "jit", "off");

    record Spec(String name, Supplier<TaskQuery> query) {
    }

    /** One timed query: page or count, on a variant. */
    record Timing(String query, String kind, String variant, long result, LatencyStats latency,
                  String taskAccess, String customAuthAccess, String genericAuthAccess, double explainMs, double jitMs) {
    }

    private final Beans beans;
    private final BenchmarkSettings settings;
    private final Beans.CourtSpec court;
    private final String judge;
    private final StringBuilder plans;
    private final ScheduledExecutorService watchdogs = Executors.newSingleThreadScheduledExecutor();

    TasklistQueries(Beans beans, BenchmarkSettings settings, Beans.CourtSpec court, String judge, StringBuilder plans) {
        this.beans = beans;
        this.settings = settings;
        this.court = court;
        this.judge = judge;
        this.plans = plans;
    }

    List<Spec> specs() {
        return List.of(
                new Spec("court: candidate group judge incl. assigned (本院待办)",
                        () -> beans.taskService.createTaskQuery().taskCandidateGroupIn(List.of("judge"))
                                .includeAssignedTasks().orderByDueDate().asc()),
                new Spec("candidate group judge, unassigned only (engine default)",
                        () -> beans.taskService.createTaskQuery().taskCandidateGroupIn(List.of("judge"))
                                .orderByDueDate().asc()),
                new Spec("mine: assignee = the judge (我的待办)",
                        () -> beans.taskService.createTaskQuery().taskAssignee(judge).orderByDueDate().asc()));
    }

    List<Timing> measureAll(String variant) {
        List<Timing> timings = new ArrayList<>();
        for (Spec spec : specs()) {
            timings.add(measure(spec, "page", variant));
            timings.add(measure(spec, "count", variant));
        }
        return timings;
    }

    private Timing measure(Spec spec, String kind, String variant) {
        // a connection the pool opened meanwhile has the app's options: the variant's settings on every one, again
        applySessionSettings();
        beans.authenticateAsJudge(judge, court);
        try {
            Supplier<Long> call = kind.equals("page")
                    ? () -> {
                        List<Task> page = spec.query().get().listPage(0, 50);
                        return (long) page.size();
                    }
                    : () -> spec.query().get().count();
            Duration timeout = Duration.ofSeconds(settings.queryTimeoutSeconds());
            // the first call: the SQL as the engine runs it; a call slower than the timeout is cancelled
            SqlCapture.Statement statement;
            Long result;
            long firstNanos = System.nanoTime();
            try (SqlCapture capture = new SqlCapture(TASK_MAPPER)) {
                result = cancelledAfter(timeout, call);
                statement = capture.lastStatement();
            }
            firstNanos = System.nanoTime() - firstNanos;
            List<Long> nanos = new ArrayList<>();
            boolean timedOut = result == null;
            if (!timedOut) {
                // warm-up: up to 10 calls, at most a fifth of the measuring time
                long warmupDeadline = System.nanoTime() + settings.querySeconds() * 200_000_000L;
                for (int i = 0; i < 10 && System.nanoTime() < warmupDeadline && !timedOut; i++) {
                    timedOut = cancelledAfter(timeout, call) == null;
                }
                long deadline = System.nanoTime() + settings.querySeconds() * 1_000_000_000L;
                while (!timedOut && nanos.size() < settings.queryRuns() && System.nanoTime() < deadline) {
                    long t = System.nanoTime();
                    timedOut = cancelledAfter(timeout, call) == null;
                    if (!timedOut) {
                        nanos.add(System.nanoTime() - t);
                    }
                }
                if (nanos.isEmpty() && !timedOut) {
                    nanos.add(firstNanos);
                }
            }
            String title = spec.name() + " — " + kind + ", variant " + variant;
            // a query that ran out of time once is not explained with ANALYZE (it would run out again)
            List<String> custom = explainCustom(statement, !timedOut);
            List<String> generic = explainGeneric(statement);
            appendPlan(title + (timedOut ? " (a call TIMED OUT after " + timeout.toSeconds() + " s)" : ""),
                    statement.inlined(), custom, generic);
            LatencyStats latency = timedOut && nanos.isEmpty() ? LatencyStats.timedOut(timeout) : LatencyStats.ofNanos(nanos);
            if (timedOut && !nanos.isEmpty()) {
                latency = latency.withTimeouts();
            }
            return new Timing(spec.name(), kind, variant, result == null ? -1 : result, latency, scans(custom, "act_ru_task"),
                    scans(custom, "act_ru_authorization"), scans(generic, "act_ru_authorization"),
                    timedOut ? Double.NaN : executionMs(custom), timedOut ? Double.NaN : jitMs(custom));
        } finally {
            beans.identityService.clearAuthentication();
        }
    }

    private void appendPlan(String title, String sql, List<String> custom, List<String> generic) {
        plans.append("### ").append(title).append("\n\n").append(sql).append("\n\nCustom plan (values written in):\n\n");
        custom.forEach(line -> plans.append("    ").append(line).append('\n'));
        plans.append("\nGeneric plan (prepared statement, estimated):\n\n");
        generic.forEach(line -> plans.append("    ").append(line).append('\n'));
        plans.append('\n');
    }

    /**
     * Runs the engine query; if it takes longer than {@code timeout}, cancels it in PostgreSQL
     * (pg_cancel_backend on the session running the task query) and returns null.
     */
    private Long cancelledAfter(Duration timeout, Supplier<Long> call) {
        AtomicBoolean cancelled = new AtomicBoolean();
        ScheduledFuture<?> watchdog = watchdogs.schedule(() -> {
            cancelled.set(true);
            beans.jdbc.queryForList("select pg_cancel_backend(pid) from pg_stat_activity where datname = current_database() "
                    + "and state = 'active' and pid <> pg_backend_pid() and query like '%ACT_RU_TASK RES%'");
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return call.get();
        } catch (RuntimeException e) {
            if (cancelled.get()) {
                return null;
            }
            throw e;
        } finally {
            watchdog.cancel(false);
        }
    }

    /** EXPLAIN (ANALYZE, BUFFERS) with the values written in, within the query timeout; else estimates only. */
    private List<String> explainCustom(SqlCapture.Statement statement, boolean analyze) {
        if (analyze) {
            try {
                return beans.transactions.execute(status -> {
                    beans.jdbc.execute("set local statement_timeout = '" + settings.queryTimeoutSeconds() + "s'");
                    return beans.jdbc.queryForList("explain (analyze, buffers) " + statement.inlined(), String.class);
                });
            } catch (RuntimeException e) {
                List<String> plan = new ArrayList<>(List.of("(EXPLAIN ANALYZE ran out of " + settings.queryTimeoutSeconds()
                        + " s; estimated plan:)"));
                plan.addAll(explainCustom(statement, false));
                return plan;
            }
        }
        List<String> plan = new ArrayList<>(List.of("(estimated, not analyzed)"));
        plan.addAll(beans.jdbc.queryForList("explain " + statement.inlined(), String.class));
        return plan;
    }

    /** The generic plan of the statement prepared with parameters, as PostgreSQL's plan cache may use it. */
    private List<String> explainGeneric(SqlCapture.Statement statement) {
        try {
            return beans.transactions.execute(status -> {
                beans.jdbc.execute("set local plan_cache_mode = force_generic_plan");
                beans.jdbc.execute("prepare bench_generic as " + statement.numbered());
                try {
                    return beans.jdbc.queryForList("explain execute bench_generic(" + String.join(", ", statement.literals()) + ")",
                            String.class);
                } finally {
                    beans.jdbc.execute("deallocate bench_generic");
                }
            });
        } catch (RuntimeException e) {
            return List.of("(no generic plan: " + e.getMessage() + ")");
        }
    }

    /** How a plan reads a table: its scan nodes, e.g. "Seq Scan" or "Index Scan using act_idx_task_assignee". */
    static String scans(List<String> plan, String table) {
        String pattern = ".*\\bscan\\b.*\\bon " + table + "\\b.*";
        List<String> scans = plan.stream()
                .filter(l -> l.toLowerCase(Locale.ROOT).matches(pattern))
                .map(l -> l.replaceFirst("^\\s*->\\s*", "").replaceFirst("\\s+\\(cost=.*$", "").strip())
                .map(l -> l.replaceFirst("\\s+on " + table + "( \\w+)?$", ""))
                .distinct()
                .collect(Collectors.toList());
        return scans.isEmpty() ? "-" : String.join(" + ", scans);
    }

    static boolean scansTaskTable(List<Timing> timings) {
        return timings.stream().anyMatch(t -> t.taskAccess().contains("Seq Scan"));
    }

    /** JIT compilation time within the execution time (PostgreSQL compiles plans whose cost exceeds jit_above_cost). */
    static double jitMs(List<String> plan) {
        return plan.stream().map(String::strip).filter(l -> l.startsWith("Timing:") && l.contains("Total"))
                .map(l -> l.replaceAll(".*Total ([0-9.]+) ms.*", "$1"))
                .mapToDouble(Double::parseDouble).findFirst().orElse(0.0);
    }

    static double executionMs(List<String> plan) {
        return plan.stream().filter(l -> l.startsWith("Execution Time:"))
                .map(l -> l.replaceAll("[^0-9.]", ""))
                .mapToDouble(Double::parseDouble).findFirst().orElse(Double.NaN);
    }

    // --- the variants ---

    /** The session settings the variant being measured gives every pooled connection; null: as the app opens them. */
    private Map<String, String> sessionSettings;

    /** Whether the app's start-up tuning is in place: its indexes and statistics exist. */
    String appTuningFound() {
        List<String> missing = new ArrayList<>();
        for (String index : APP_INDEXES) {
            if (!exists("select exists (select 1 from pg_indexes where indexname = ?)", index)) {
                missing.add(index);
            }
        }
        if (!exists("select exists (select 1 from pg_statistic_ext where stxname = ?)", APP_STATISTICS)) {
            missing.add(APP_STATISTICS);
        }
        String plans = beans.jdbc.queryForObject("show plan_cache_mode", String.class);
        String jit = beans.jdbc.queryForObject("show jit", String.class);
        return (missing.isEmpty() ? "indexes " + APP_INDEXES + " and statistics " + APP_STATISTICS + " present"
                : "MISSING: " + missing) + "; app session: plan_cache_mode = " + plans + ", jit = " + jit;
    }

    private boolean exists(String sql, String name) {
        return Boolean.TRUE.equals(beans.jdbc.queryForObject(sql, Boolean.class, name));
    }

    /**
     * A: the app's tuning undone: its indexes and statistics dropped, and every pooled connection set to the
     * server's own plan_cache_mode and jit ({@code serverDefaults}, read on a connection without the app's options).
     */
    void engineDefaults(Map<String, String> serverDefaults) {
        for (String index : APP_INDEXES) {
            beans.jdbc.execute("drop index if exists " + index);
        }
        beans.jdbc.execute("drop statistics if exists " + APP_STATISTICS);
        beans.jdbc.execute("analyze act_ru_authorization");
        setSessions(serverDefaults);
    }

    /** B: A + the app's due-date index. */
    void createDueDateIndex() {
        beans.jdbc.execute(DUE_DATE_INDEX_SQL);
        beans.jdbc.execute("analyze act_ru_task");
    }

    void dropDueDateIndex() {
        beans.jdbc.execute("drop index if exists " + APP_INDEXES.get(0));
    }

    /**
     * C: extended statistics on the permission bits the task queries' authorization check tests
     * ({@code A.PERMS_ & 2 = 2}: READ on the task; {@code & 64}: READ_TASK on its definition). Without them the
     * planner takes a default selectivity for each bit test, expects a handful of the judge's authorizations
     * instead of all of them, and joins them to every task in a nested loop.
     */
    void createAuthorizationStatistics() {
        beans.jdbc.execute(AUTH_STATISTICS_SQL);
        beans.jdbc.execute("analyze act_ru_authorization");
    }

    /** D: the app's session settings on every pooled connection (as its connection options give them). */
    void appSessionSettings() {
        setSessions(APP_SESSION_SETTINGS);
    }

    /**
     * E: the app as it runs: its start-up tuning applied again by the app's own code (the engine plugin
     * PostgresEngineTuning: indexes, statistics and ANALYZE), and the pool's connections renewed, so that every
     * session is opened with the app's connection options again. Returns the seconds the tuning took.
     */
    double appTuning() {
        double seconds = AppTuning.reapply(beans.context, beans.engine);
        sessionSettings = null;
        try {
            dataSource().getHikariPoolMXBean().softEvictConnections();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot renew the pool's connections", e);
        }
        checkSessions(APP_SESSION_SETTINGS);
        return seconds;
    }

    private void setSessions(Map<String, String> values) {
        sessionSettings = values;
        applySessionSettings();
        checkSessions(values);
    }

    /**
     * SET on every connection of the pool, all of them borrowed at once (a pooled connection keeps its session
     * settings when returned): the engine's query then runs with them whichever connection it gets.
     */
    private void applySessionSettings() {
        if (sessionSettings == null) {
            return;
        }
        try {
            HikariDataSource pool = dataSource();
            List<Connection> held = new ArrayList<>();
            try {
                for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
                    held.add(pool.getConnection());
                }
                for (Connection connection : held) {
                    try (Statement statement = connection.createStatement()) {
                        for (Map.Entry<String, String> setting : sessionSettings.entrySet()) {
                            statement.execute("set " + setting.getKey() + " = '" + setting.getValue() + "'");
                        }
                    }
                }
            } finally {
                for (Connection connection : held) {
                    connection.close();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set " + sessionSettings + " on the pool's connections", e);
        }
    }

    private void checkSessions(Map<String, String> expected) {
        expected.forEach((name, value) -> {
            String actual = beans.jdbc.queryForObject("show " + name, String.class);
            if (!value.equals(actual)) {
                throw new IllegalStateException("the session did not take " + name + " = " + value + ": " + actual);
            }
        });
    }

    private HikariDataSource dataSource() throws SQLException {
        return beans.context.getBean(DataSource.class).unwrap(HikariDataSource.class);
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    void close() {
        watchdogs.shutdownNow();
    }

    /** Rows of the tables the queries read, for the report. */
    Map<String, Long> dataShape() {
        Map<String, Long> shape = new java.util.LinkedHashMap<>();
        for (String table : Arrays.asList("act_ru_task", "act_ru_identitylink", "act_ru_authorization", "act_ru_execution",
                "act_ru_variable", "act_hi_taskinst", "act_hi_actinst", "act_hi_varinst", "enforcement_case")) {
            shape.put(table, beans.jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        shape.put("act_ru_task of " + court.id(), beans.jdbc.queryForObject(
                "select count(*) from act_ru_task where tenant_id_ = ?", Long.class, court.id()));
        shape.put("act_ru_task assigned to " + judge, beans.jdbc.queryForObject(
                "select count(*) from act_ru_task where assignee_ = ?", Long.class, judge));
        shape.put("distinct due dates of open tasks", beans.jdbc.queryForObject(
                "select count(distinct due_date_) from act_ru_task", Long.class));
        return shape;
    }
}
