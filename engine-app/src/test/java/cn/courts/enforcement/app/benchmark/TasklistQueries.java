package cn.courts.enforcement.app.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
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
    static final String INDEX_NAME = "bench_idx_task_due_date";
    static final String STATISTICS_NAME = "bench_auth_perms";

    /** The variants of the database the queries are timed on. */
    static final String AS_CREATED = "A: as created";
    static final String DUE_DATE_INDEX = "B: A + due-date index";
    static final String AUTH_STATISTICS = "C: A + perms statistics";
    static final String SETTINGS = "D: C + custom plans, jit off";
    static final String SETTINGS_AND_INDEX = "E: D + due-date index";

    /** The SQL of the variants, as the report recommends it. */
    static final String DUE_DATE_INDEX_SQL = "create index " + INDEX_NAME + " on act_ru_task (due_date_)";
    static final String AUTH_STATISTICS_SQL = "create statistics " + STATISTICS_NAME
            + " on (perms_ & 2), (perms_ & 64), resource_type_ from act_ru_authorization";
    static final List<String> SESSION_SETTINGS = List.of("plan_cache_mode = force_custom_plan", "jit = off");

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

    void createDueDateIndex() {
        beans.jdbc.execute(DUE_DATE_INDEX_SQL);
        beans.jdbc.execute("analyze act_ru_task");
    }

    void dropDueDateIndex() {
        beans.jdbc.execute("drop index if exists " + INDEX_NAME);
    }

    /**
     * Extended statistics on the permission bits the task queries' authorization check tests
     * ({@code A.PERMS_ & 2 = 2}: READ on the task; {@code & 64}: READ_TASK on its definition). Without them the
     * planner takes a default selectivity for each bit test, expects a handful of the judge's authorizations
     * instead of all of them, and joins them to every task in a nested loop.
     */
    void createAuthorizationStatistics() {
        beans.jdbc.execute(AUTH_STATISTICS_SQL);
        beans.jdbc.execute("analyze act_ru_authorization");
    }

    void dropAuthorizationStatistics() {
        beans.jdbc.execute("drop statistics if exists " + STATISTICS_NAME);
    }

    /**
     * Sets (or resets) {@link #SESSION_SETTINGS} for the database and renews the pool's connections so that
     * every session has them: custom plans for every execution of a prepared statement (the generic plan cannot
     * see the permission bits, which are parameters), and no JIT compilation (which costs more than these
     * queries run).
     */
    void databaseSettings(boolean on) {
        for (String setting : SESSION_SETTINGS) {
            String name = setting.substring(0, setting.indexOf(' '));
            beans.jdbc.execute("alter database " + settings.database() + (on ? " set " + setting : " reset " + name));
        }
        try {
            DataSource dataSource = beans.context.getBean(DataSource.class);
            dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot renew the pool's connections", e);
        }
        String mode = beans.jdbc.queryForObject("show plan_cache_mode", String.class);
        if (on != "force_custom_plan".equals(mode)) {
            throw new IllegalStateException("the session did not take the database setting: plan_cache_mode = " + mode);
        }
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
