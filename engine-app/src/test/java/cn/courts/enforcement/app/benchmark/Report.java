package cn.courts.enforcement.app.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of one run as Markdown tables: printed, and written to target/benchmark-results.txt. */
final class Report {

    private final BenchmarkSettings settings;
    private final String startedAt;
    private final Map<String, String> server;
    private final Map<String, String> engine;
    private final double bootSeconds;

    List<Throughput.Series> throughput = List.of();
    List<String> workloadNames = List.of();
    List<String> throughputChecks = List.of();
    OpenCases.Result openCases;
    Map<String, Long> dataShape = Map.of();
    final List<TasklistQueries.Timing> queries = new ArrayList<>();
    boolean planScansWithoutIndex;
    double indexBuildSeconds;
    double appTuningSeconds;
    String appTuning;
    String serverSessionDefaults;
    LatencyStats filingNamed;
    LatencyStats filingUnnamed;
    List<String> judgeCountPlan = List.of();
    final List<String> notes = new ArrayList<>();
    String profile;
    String plans = "";

    Report(BenchmarkSettings settings, String startedAt, Map<String, String> server, Map<String, String> engine,
           double bootSeconds) {
        this.settings = settings;
        this.startedAt = startedAt;
        this.server = server;
        this.engine = engine;
        this.bootSeconds = bootSeconds;
    }

    void write(Path file) throws IOException {
        String text = render();
        System.out.println();
        System.out.println(text);
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.writeString(parent.resolve("benchmark-plans.txt"), plans, StandardCharsets.UTF_8);
        EnforcementBenchmark.log("results written to " + file.toAbsolutePath() + " and benchmark-plans.txt beside it");
    }

    private String render() {
        StringBuilder r = new StringBuilder();
        r.append("# Enforcement benchmark results\n\n");
        r.append("- run: ").append(startedAt).append(", git commit ").append(EnforcementBenchmark.gitCommit()).append('\n');
        r.append("- machine: ").append(EnforcementBenchmark.machine()).append('\n');
        r.append("- PostgreSQL: ").append(server).append('\n');
        r.append("- engine: ").append(engine).append('\n');
        r.append("- settings: ").append(settings.describe()).append('\n');
        r.append(f("- app boot: %.1f s; engine clock: %s 09:00 Asia/Shanghai, moving%n", bootSeconds, EnforcementBenchmark.TODAY));
        r.append('\n');

        r.append("## Throughput (a, b)\n\n");
        r.append("User tasks per instance: 7 in every setup (app: notice, leads, interview, on-site, investigation, control, "
                + "disbursement; plus 1 external task, the network search, counted separately).\n\n");
        r.append("| setup | threads | instances | user-task completions | user tasks/s | instances/s | external tasks/s "
                + "| rounds: min-max user tasks/s | of the time, waiting for the mail outbox | user tasks/s not counting that wait "
                + "| JVM CPU ms per user task | PG CPU ms per user task | machine busy | other processes |\n");
        r.append("|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|\n");
        int cores = Runtime.getRuntime().availableProcessors();
        for (Throughput.Series s : throughput) {
            r.append(f("| %s | %d | %d | %d | **%.1f** | %.2f | %s | %.1f-%.1f | %.1f of %.0f s | %.1f | %.2f | %.2f | %s | %s |%n",
                    s.workload, s.threads, s.instances(), s.userTasks(), s.userTasksPerSecond(), s.instancesPerSecond(),
                    s.externalTasks() == 0 ? "-" : f("%.2f", s.externalTasksPerSecond()),
                    s.minRoundRate(), s.maxRoundRate(), s.drainSeconds(), s.seconds(),
                    s.userTasks() / (s.seconds() - s.drainSeconds()), s.jvmMsPerTask(), s.pgMsPerTask(),
                    percent(s.machineBusy()), percent(s.othersShare(cores))));
        }
        r.append('\n');
        if (workloadNames.size() == 4) {
            String plain = workloadNames.get(0);
            String assigned = workloadNames.get(1);
            String appWithoutMails = workloadNames.get(2);
            String app = workloadNames.get(3);
            r.append("## Ratio (c): user-task completions per second\n\n");
            r.append("| ratio |");
            settings.threads().forEach(t -> r.append(' ').append(t).append(t == 1 ? " thread |" : " threads |"));
            r.append("\n|---|");
            settings.threads().forEach(t -> r.append("---:|"));
            r.append('\n');
            ratioRow(r, "**app / plain baseline** (target >= 0.7)", app, plain);
            ratioRow(r, "app without assignment mails / plain baseline", appWithoutMails, plain);
            ratioRow(r, "app / app without assignment mails (the mails' cost)", app, appWithoutMails);
            ratioRow(r, "app without assignment mails / assigned baseline (the enforcement process's own code)", appWithoutMails, assigned);
            ratioRow(r, "assigned / plain baseline (assignment, authorization rows and checks)", assigned, plain);
            r.append('\n');
        }
        throughputChecks.forEach(c -> r.append("- ").append(c).append('\n'));
        r.append('\n');
        if (profile != null) {
            r.append("## Where the app's JVM time goes (Java Flight Recorder)\n\n").append(profile).append('\n');
        }

        if (openCases != null) {
            r.append("## Open cases (d)\n\n");
            r.append(f("- %d open cases created of %d requested%s, on %d threads, the judges' assignment mails off meanwhile:%n",
                    openCases.created(), openCases.requested(), openCases.timedOut() ? " (TIME BOUND REACHED)" : "", openCases.threads()));
            r.append(f("  - %d filed through CaseFilingService: %.1f cases/s, CPU per case %.1f ms JVM + %.1f ms PostgreSQL%n",
                    openCases.viaService(), openCases.serviceRate(), perCase(openCases.serviceCpu().jvmMs(), openCases.viaService()),
                    perCase(openCases.serviceCpu().pgMs(), openCases.viaService())));
            if (openCases.viaDirect() > 0) {
                r.append(f("  - %d created directly (JDBC batch rows, then RuntimeService starts of EnforcementCaseProcess with the "
                                + "filing service's variables, %d per transaction and engine command): %.1f cases/s, CPU per case "
                                + "%.1f ms JVM + %.1f ms PostgreSQL%n", openCases.viaDirect(), settings.fastPathChunk(),
                        openCases.directRate(), perCase(openCases.directCpu().jvmMs(), openCases.viaDirect()),
                        perCase(openCases.directCpu().pgMs(), openCases.viaDirect())));
            }
            if (openCases.viaService() > 0) {
                r.append(f("  - at the service's rate the %d cases would have taken %.0f s%n",
                        openCases.requested(), openCases.requested() / openCases.serviceRate()));
            }
            r.append("  - process variables of a filed and a directly created case: ").append(openCases.variablesCheck()).append('\n');
            r.append("- rows: ").append(dataShape).append("\n\n");
        }
        if (!queries.isEmpty()) {
            r.append("## Tasklist queries (d): judge ftjudge1 of szft, authentication (user, [judge], [szft]), tenant check on\n\n");
            r.append("The app's PostgreSQL tuning after the open cases were created: ").append(appTuning).append(".\n\n");
            r.append("Variants: A engine defaults: the app's tuning undone (indexes " + TasklistQueries.APP_INDEXES + " and statistics "
                    + TasklistQueries.APP_STATISTICS + " dropped, ACT_RU_AUTHORIZATION analyzed; every pooled connection SET to the "
                    + "server's own " + serverSessionDefaults + " instead of the app's connection options); B A + `"
                    + TasklistQueries.DUE_DATE_INDEX_SQL + "`; C A + `" + TasklistQueries.AUTH_STATISTICS_SQL + "`; D C + the app's "
                    + TasklistQueries.APP_SESSION_SETTINGS + " on every connection; E the app as it runs: its start-up tuning "
                    + "(PostgresEngineTuning) applied again and the pool's connections renewed with the app's options "
                    + "(plan_cache_mode=force_custom_plan, jit=off).\n\n");
            r.append("| query | call | variant | result | p50 ms | p95 ms | p99 ms | runs | ACT_RU_TASK read by | ACT_RU_AUTHORIZATION read by "
                    + "(custom plan) | ... by the generic plan | EXPLAIN ANALYZE ms | of it JIT ms |\n");
            r.append("|---|---|---|---:|---:|---:|---:|---|---|---|---|---:|---:|\n");
            for (TasklistQueries.Timing t : queries) {
                LatencyStats l = t.latency();
                String figures = l.timedOut()
                        ? f("> %.0f | > %.0f | > %.0f | timed out", l.p50(), l.p95(), l.p99())
                        : f("%.1f | %.1f | %.1f | %d%s", l.p50(), l.p95(), l.p99(), l.runs(),
                        l.timeouts() > 0 ? " + 1 timed out" : "");
                r.append(f("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n", t.query(),
                        t.kind().equals("page") ? "listPage(0,50)" : "count()",
                        t.variant(), t.result() < 0 ? "-" : Long.toString(t.result()), figures,
                        t.taskAccess(), t.customAuthAccess(), t.genericAuthAccess(),
                        Double.isNaN(t.explainMs()) ? "-" : f("%.1f", t.explainMs()),
                        Double.isNaN(t.jitMs()) ? "-" : f("%.1f", t.jitMs())));
            }
            r.append(f("%nQuery timeout: %d s (the call is cancelled in PostgreSQL). Plans on A read ACT_RU_TASK by a sequential scan: %s; "
                    + "the due-date index alone (B) was built in %.1f s; the app's tuning (E: three indexes, statistics, ANALYZE) took "
                    + "%.1f s. The app's tuning was in place again after the measurement. Full plans: benchmark-plans.txt%n",
                    settings.queryTimeoutSeconds(), planScansWithoutIndex ? "yes" : "no", indexBuildSeconds, appTuningSeconds));
        }
        if (filingNamed != null) {
            r.append("\n## Filing at scale\n\n");
            r.append("| filing through CaseFilingService | p50 ms | p95 ms | mean ms | runs |\n|---|---:|---:|---:|---:|\n");
            r.append(f("| judge named in the request | %.1f | %.1f | %.1f | %d |%n", filingNamed.p50(), filingNamed.p95(),
                    filingNamed.mean(), filingNamed.runs()));
            r.append(f("| no judge: assignJudge picks the judge with fewest open cases | %.1f | %.1f | %.1f | %d |%n",
                    filingUnnamed.p50(), filingUnnamed.p95(), filingUnnamed.mean(), filingUnnamed.runs()));
            r.append("\n- open cases per judge (assignJudge): ").append(judgeCountPlan).append('\n');
        }
        notes.forEach(n -> r.append("- NOTE: ").append(n).append('\n'));
        return r.toString();
    }

    private void ratioRow(StringBuilder r, String label, String numerator, String denominator) {
        r.append("| ").append(label).append(" |");
        for (int threads : settings.threads()) {
            Throughput.Series n = find(numerator, threads);
            Throughput.Series d = find(denominator, threads);
            r.append(n == null || d == null ? " - |" : f(" %.2f |", n.userTasksPerSecond() / d.userTasksPerSecond()));
        }
        r.append('\n');
    }

    private Throughput.Series find(String workload, int threads) {
        return throughput.stream().filter(s -> s.workload.equals(workload) && s.threads == threads).findFirst().orElse(null);
    }

    private static double perCase(double ms, int cases) {
        return cases == 0 ? Double.NaN : ms / cases;
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "n/a" : f("%.0f%%", share * 100);
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
