package cn.courts.enforcement.app.benchmark;

import cn.courts.enforcement.app.enforcement.EnforcementCaseProcess;
import cn.courts.enforcement.app.web.CurrentUser;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fills the database with open cases for the Tasklist queries: cases filed on the working days of the six
 * months before the benchmark's "today" (the engine clock is set to each filing day in turn), half in each
 * court, their judges alternating. Every case waits at its first user task (发出执行通知书, assigned to its judge,
 * candidate group judge, due 3 days after filing), as a freshly filed case does.
 *
 * <p>First the cases are filed through {@code CaseFilingService} (the real path) for
 * {@code filingProbeSeconds}; if filing the rest at the rate measured would exceed {@code filingBudgetSeconds},
 * the rest is created the direct way: the {@code enforcement_case} and {@code case_party} rows by JDBC batch
 * (ids from the table's own sequence), then the {@code EnforcementCaseProcess} instance started by the runtime
 * service with the variables the filing service sets and the case number as business key (so the real
 * process runs: assignJudge, the task, its due date, identity links and authorizations, full history), and
 * finally the case linked to its instance. {@code fastPathChunk} cases share a transaction on that path.
 */
final class OpenCases {

    record Result(int requested, int threads, int viaService, double serviceSeconds, CpuMeter.Usage serviceCpu,
                  int viaDirect, double directSeconds, CpuMeter.Usage directCpu, boolean timedOut, String variablesCheck) {
        int created() {
            return viaService + viaDirect;
        }

        double serviceRate() {
            return viaService / Math.max(serviceSeconds, 1e-9);
        }

        double directRate() {
            return viaDirect / Math.max(directSeconds, 1e-9);
        }
    }

    private static final String INSERT_CASE = """
            insert into enforcement_case (id, case_number, court_id, filing_date, amount, basis_document, non_litigation,
                status, case_limit_date, extension_count, created_by, created_at, version)
            values (?, ?, ?, ?, ?, ?, false, 'IN_PROGRESS', ?, 0, ?, ?, 0)""";
    private static final String INSERT_PARTY = """
            insert into case_party (case_id, role, kind, name, identifier, email) values (?, ?, ?, ?, ?, ?)""";

    /** The debtor of every case (Beans.filingRequest). */
    private static final String DEBTOR_NAME = "王某";

    private final Beans beans;
    private final BenchmarkSettings settings;
    private final int threads;
    private final CpuMeter cpu;

    OpenCases(Beans beans, BenchmarkSettings settings, CpuMeter cpu) {
        this.beans = beans;
        this.settings = settings;
        this.threads = settings.openCasesThreads();
        this.cpu = cpu;
    }

    /** Working days (Mon-Fri) from six months before {@code today} to the day before it. */
    static List<LocalDate> filingDays(LocalDate today) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = today.minusMonths(6); d.isBefore(today); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(d);
            }
        }
        return days;
    }

    /**
     * Creates {@code count} open cases within {@code maxSeconds} (checked between filing days), moving the engine
     * clock through the filing days with {@code setClockTo}; {@code analyze} runs whenever the cases grew by a fifth
     * (outside the timed work), as autovacuum's analyze would keep the statistics up with the growing tables.
     */
    Result create(int count, long maxSeconds, LocalDate today, java.util.function.Consumer<LocalDate> setClockTo,
                  Runnable analyze) throws Exception {
        List<LocalDate> days = filingDays(today);
        long phaseStart = System.nanoTime();
        long phaseDeadline = phaseStart + maxSeconds * 1_000_000_000L;
        long probeEnd = phaseStart + settings.filingProbeSeconds() * 1_000_000_000L;
        AtomicInteger viaService = new AtomicInteger();
        AtomicInteger viaDirect = new AtomicInteger();
        AtomicLong serviceNanos = new AtomicLong();
        AtomicLong directNanos = new AtomicLong();
        boolean direct = false;
        boolean timedOut = false;
        CpuMeter.Usage serviceCpu = CpuMeter.Usage.NONE;
        CpuMeter.Usage directCpu = CpuMeter.Usage.NONE;
        int analyzedAt = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            int done = 0;
            for (int d = 0; d < days.size() && done < count; d++) {
                if (System.nanoTime() > phaseDeadline) {
                    timedOut = true;
                    break;
                }
                LocalDate day = days.get(d);
                int ofDay = (int) ((long) count * (d + 1) / days.size()) - done;
                setClockTo.accept(day);
                if (!direct && System.nanoTime() > probeEnd) {
                    double rate = viaService.get() / Math.max(serviceNanos.get() / 1e9 / threads, 1e-9);
                    double projected = (count - done) / rate;
                    direct = projected > settings.filingBudgetSeconds();
                    System.out.printf("[benchmark] filing through CaseFilingService: %.1f cases/s on %d threads; the remaining %d "
                                    + "would take %.0f s: %s%n", rate, threads, count - done, projected,
                            direct ? "creating them directly (JDBC rows + runtime service)" : "filing them through the service");
                    if (!direct) {
                        probeEnd = Long.MAX_VALUE;
                    }
                }
                AtomicInteger next = new AtomicInteger();
                int total = ofDay;
                boolean directToday = direct;
                int chunk = directToday ? settings.fastPathChunk() : 10;
                List<Future<?>> futures = new ArrayList<>();
                long dayStart = System.nanoTime();
                CpuMeter.Snapshot cpuBefore = cpu.snapshot();
                for (int t = 0; t < threads; t++) {
                    futures.add(pool.submit(() -> {
                        int from;
                        while ((from = next.getAndAdd(chunk)) < total) {
                            int n = Math.min(chunk, total - from);
                            if (directToday) {
                                createDirectly(day, n);
                                viaDirect.addAndGet(n);
                            } else {
                                fileThroughService(day, n);
                                viaService.addAndGet(n);
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> f : futures) {
                    f.get(30, TimeUnit.MINUTES);
                }
                long dayNanos = (System.nanoTime() - dayStart) * threads;
                (directToday ? directNanos : serviceNanos).addAndGet(dayNanos);
                CpuMeter.Usage dayCpu = cpu.since(cpuBefore);
                if (directToday) {
                    directCpu = directCpu.plus(dayCpu);
                } else {
                    serviceCpu = serviceCpu.plus(dayCpu);
                }
                done += total;
                // autovacuum analyzes a table once 10% of it has changed (+ 50 rows): early often, later seldom
                if (done >= analyzedAt * 1.2 + 500) {
                    analyze.run();
                    analyzedAt = done;
                }
                if ((d + 1) % 20 == 0 || done >= count) {
                    System.out.printf("[benchmark] open cases: %d of %d (filed up to %s), %.0f s%n", done, count, day,
                            (System.nanoTime() - phaseStart) / 1e9);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Result(count, threads, viaService.get(), serviceNanos.get() / 1e9 / threads, serviceCpu,
                viaDirect.get(), directNanos.get() / 1e9 / threads, directCpu, timedOut, compareVariables());
    }

    /** The real path: each case filed by its judge through CaseFilingService, one transaction each. */
    private void fileThroughService(LocalDate day, int n) {
        for (int i = 0; i < n; i++) {
            long seq = SEQ.getAndIncrement();
            Beans.CourtSpec court = Beans.court(seq);
            String judge = court.judge(seq);
            beans.authenticateAsJudge(judge, court);
            try {
                beans.filing.file(Beans.filingRequest(beans.nextCaseNumber(court, day), court, judge, day),
                        new CurrentUser(judge, List.of("judge"), List.of(court.id())));
            } finally {
                beans.identityService.clearAuthentication();
            }
        }
    }

    private static final AtomicLong SEQ = new AtomicLong();
    private static final AtomicLong CHUNKS = new AtomicLong();

    /** The direct path: n cases of one court in one transaction. */
    private void createDirectly(LocalDate day, int n) {
        long seq0 = SEQ.getAndAdd(n);
        Beans.CourtSpec court = Beans.court(CHUNKS.getAndIncrement());
        LocalDate limit = beans.caseLimits.initialLimit(day, false);
        List<String> instanceIds = new ArrayList<>(n);
        List<Long> caseIds = beans.transactions.execute(status -> {
            List<Long> ids = beans.jdbc.queryForList(
                    "select nextval(pg_get_serial_sequence('enforcement_case', 'id')) from generate_series(1, ?)",
                    Long.class, n);
            List<String> numbers = new ArrayList<>(n);
            List<Object[]> caseRows = new ArrayList<>(n);
            List<Object[]> partyRows = new ArrayList<>(2 * n);
            Timestamp now = Timestamp.from(beans.clock.now());
            for (int i = 0; i < n; i++) {
                String number = beans.nextCaseNumber(court, day);
                numbers.add(number);
                String judge = court.judge(seq0 + 2L * i);
                caseRows.add(new Object[]{ids.get(i), number, court.id(), Date.valueOf(day), new BigDecimal("125000.50"),
                        "（2025）" + court.caseCode() + "民初5678号民事判决书", Date.valueOf(limit), judge, now});
                partyRows.add(new Object[]{ids.get(i), "CREDITOR", "ORGANISATION", "深圳市甲科技有限公司",
                        "91350100M000100Y43", "creditor@example.com"});
                partyRows.add(new Object[]{ids.get(i), "DEBTOR", "PERSON", DEBTOR_NAME, "11010519491231002X", null});
            }
            beans.jdbc.batchUpdate(INSERT_CASE, caseRows);
            beans.jdbc.batchUpdate(INSERT_PARTY, partyRows);
            // the n starts share one engine command context, so the engine flushes their rows in one go (JDBC batches
            // of n rows) instead of once per instance; every start runs the real process all the same
            beans.engineConfiguration.getCommandExecutorTxRequired().execute(commandContext -> {
                for (int i = 0; i < n; i++) {
                    // the variables CaseFilingService.file sets, judge named as at filing
                    VariableMap variables = Variables.createVariables()
                            .putValue(EnforcementCaseProcess.Variables.COURT_ID, court.id())
                            .putValue(EnforcementCaseProcess.Variables.CASE_ID, ids.get(i))
                            .putValue(EnforcementCaseProcess.Variables.CASE_NUMBER, numbers.get(i))
                            .putValue(EnforcementCaseProcess.Variables.FILING_DATE, day.toString())
                            .putValue(EnforcementCaseProcess.Variables.CASE_LIMIT_DATE, limit.toString())
                            .putValue(EnforcementCaseProcess.Variables.DEBTOR_NAMES, DEBTOR_NAME)
                            .putValue(EnforcementCaseProcess.Variables.JUDGE_ID, court.judge(seq0 + 2L * i));
                    ProcessInstance instance = beans.runtimeService.startProcessInstanceByKey(EnforcementCaseProcess.KEY,
                            numbers.get(i), variables);
                    instanceIds.add(instance.getId());
                }
                return null;
            });
            return ids;
        });
        // after the commit: assignJudge's JPA update of the row (at commit) would otherwise overwrite the link
        List<Object[]> links = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            links.add(new Object[]{instanceIds.get(i), caseIds.get(i)});
        }
        beans.jdbc.batchUpdate("update enforcement_case set process_instance_id = ? where id = ?", links);
    }

    /**
     * Whether a case created directly has the same process variables as one filed through the service (both
     * waiting at their first task), so that the direct path keeps up with changes to CaseFilingService.
     */
    private String compareVariables() {
        // the open cases: first filed through the service (the probe), last created directly (if it came to that)
        List<String> first = beans.jdbc.queryForList("select process_instance_id from enforcement_case "
                + "where status = 'IN_PROGRESS' and process_instance_id is not null order by id limit 1", String.class);
        List<String> last = beans.jdbc.queryForList("select process_instance_id from enforcement_case "
                + "where status = 'IN_PROGRESS' and process_instance_id is not null order by id desc limit 1", String.class);
        if (first.isEmpty() || last.isEmpty()) {
            return "not checked";
        }
        java.util.Set<String> filed = new java.util.TreeSet<>(beans.runtimeService.getVariables(first.get(0)).keySet());
        java.util.Set<String> direct = new java.util.TreeSet<>(beans.runtimeService.getVariables(last.get(0)).keySet());
        return filed.equals(direct) ? "the same variables " + filed : "DIFFERENT: filed " + filed + ", direct " + direct;
    }

    /** Sets the engine clock to 09:00 of {@code day} in the courts' zone, moving on from there with real time. */
    static void engineClockAt(LocalDate day, java.time.ZoneId zone) {
        long target = day.atTime(LocalTime.of(9, 0)).atZone(zone).toInstant().toEpochMilli();
        ClockUtil.offset(target - System.currentTimeMillis());
    }
}
