package cn.courts.enforcement.app.demo;

import cn.courts.enforcement.app.enforcement.CaseFilingRequest;
import cn.courts.enforcement.app.enforcement.CaseFilingService;
import cn.courts.enforcement.app.enforcement.EnforcementCaseProcess;
import cn.courts.enforcement.app.enforcement.EnforcementCaseRepository;
import cn.courts.enforcement.app.web.CurrentUser;
import cn.courts.enforcement.model.enforcement.PartyKind;
import cn.courts.enforcement.model.enforcement.PartyRole;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import cn.courts.enforcement.app.platform.CourtClock;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static cn.courts.enforcement.app.enforcement.EnforcementCaseProcess.Elements;
import static cn.courts.enforcement.app.enforcement.EnforcementCaseProcess.Variables;

/**
 * A dozen demo cases spread over the nodes of both basic courts, some overdue, so that a new user sees a
 * living Tasklist (demo profile only, once per database). Each case is filed and worked on its own dates:
 * the engine clock is set to each step's day while the step runs, exactly as the deadline tests move
 * it, and reset afterwards; this runs before the job executor starts.
 */
@Component
@Profile("demo")
@Order(40)
class DemoCases implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

    private final CaseFilingService filing;
    private final EnforcementCaseRepository cases;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final ExternalTaskService externalTasks;
    private final ManagementService managementService;
    private final CourtClock clock;

    DemoCases(CaseFilingService filing, EnforcementCaseRepository cases, TaskService taskService,
              RuntimeService runtimeService, ExternalTaskService externalTasks, ManagementService managementService,
              CourtClock clock) {
        this.clock = clock;
        this.managementService = managementService;
        this.filing = filing;
        this.cases = cases;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.externalTasks = externalTasks;
    }

    private record Debtor(String name, PartyKind kind, String identifier) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (cases.count() > 0) {
            return;
        }
        try {
            seed("szft", "粤0304", "ftjudge1", "ftjudge2");
            seed("szlh", "粤0303", "lhjudge1", "lhjudge2");
        } finally {
            clock.resume();
        }
        // one deadline watch now, so that the overdue demo nodes already have their supervision (督办)
        managementService.createJobQuery().processDefinitionKey("DeadlineWatchProcess").timers().list()
                .forEach(job -> managementService.executeJob(job.getId()));
        log.info("Demo cases created: {}", cases.count());
    }

    private void seed(String court, String code, String judge1, String judge2) {
        boolean futian = court.equals("szft");
        int base = futian ? 101 : 201;
        // 1. fresh, at the execution notice and overdue (filed 6 days ago)
        file(court, code, base, judge1, LocalDate.of(2026, 11, 16), new BigDecimal("86000.00"),
                new Debtor(futian ? "王建国" : "陈志强", PartyKind.PERSON, futian ? "440304197805120313" : "440303198509231121"));
        // 2. fresh, at the execution notice, in time
        file(court, code, base + 1, judge2, LocalDate.of(2026, 11, 20), new BigDecimal("230000.00"),
                new Debtor(futian ? "深圳市鹏程贸易有限公司" : "深圳市华南建材有限公司", PartyKind.ORGANISATION,
                        futian ? "91440300MA5F0A1B2N" : "91440300MA5F3C4D5Q"));
        // 3. investigating since October: the creditor was never asked for leads (overdue)
        String third = file(court, code, base + 2, judge1, LocalDate.of(2026, 10, 12), new BigDecimal("45200.50"),
                new Debtor(futian ? "李秀英" : "张伟民", PartyKind.PERSON, futian ? "440305196911024570" : "440306199002180269"));
        complete(third, Elements.ISSUE_EXECUTION_NOTICE, LocalDate.of(2026, 10, 13), Map.of());
        // 4. investigation finished, a deposit was found: the freeze is to be made
        String fourth = file(court, code, base + 3, judge2, LocalDate.of(2026, 9, 1), new BigDecimal("120000.00"),
                new Debtor(futian ? "深圳市宏达物流有限公司" : "深圳市金信电子有限公司", PartyKind.ORGANISATION,
                        futian ? "91440300MA5F6E7F8T" : "91440300MA5F9G0H15"));
        investigate(fourth, LocalDate.of(2026, 9, 2), "[{\"kind\":\"DEPOSIT\",\"description\":\"中国工商银行深圳分行 账户 6222****4821\",\"holder\":\"中国工商银行\",\"estimatedValue\":131500.00}]");
        // 5. real estate found, at the first online auction
        String fifth = file(court, code, base + 4, judge1, LocalDate.of(2026, 6, 15), new BigDecimal("1850000.00"),
                new Debtor(futian ? "刘德明" : "黄丽华", PartyKind.PERSON, futian ? "440304197307303811" : "440303198811116044"));
        investigate(fifth, LocalDate.of(2026, 6, 16), "[{\"kind\":\"REAL_ESTATE\",\"description\":\"深圳市福田区某小区3栋1201房\",\"holder\":\"深圳市不动产登记中心\",\"estimatedValue\":3200000.00}]");
        complete(fifth, Elements.CONTROL_PROPERTY, LocalDate.of(2026, 7, 20), Map.of(Variables.DISPOSAL_NEEDED, true));
        complete(fifth, Elements.DETERMINE_REFERENCE_PRICE, LocalDate.of(2026, 8, 25), Map.of());
        // 6. closed: the debtor paid in full during the investigation
        String sixth = file(court, code, base + 5, judge2, LocalDate.of(2026, 5, 20), new BigDecimal("30000.00"),
                new Debtor(futian ? "深圳市新锐广告有限公司" : "深圳市安达装饰工程有限公司", PartyKind.ORGANISATION,
                        futian ? "91440300MA5F2J3K4R" : "91440300MA5F5L6M7U"));
        complete(sixth, Elements.ISSUE_EXECUTION_NOTICE, LocalDate.of(2026, 5, 21), Map.of());
        at(LocalDate.of(2026, 6, 3));
        runtimeService.createMessageCorrelation(EnforcementCaseProcess.Messages.FULLY_PERFORMED).processInstanceId(sixth).correlate();
    }

    private String file(String court, String code, int sequence, String judge, LocalDate filed, BigDecimal amount, Debtor debtor) {
        at(filed);
        CaseFilingRequest request = new CaseFilingRequest("（2026）" + code + "执" + sequence + "号", court, amount,
                "（2025）" + code + "民初" + (3000 + sequence) + "号民事判决书", false, filed, judge,
                List.of(new CaseFilingRequest.Party(PartyRole.CREDITOR, PartyKind.ORGANISATION, "深圳市甲乙丙投资有限公司",
                                "91350100M000100Y43", "creditor" + sequence + "@court.example"),
                        new CaseFilingRequest.Party(PartyRole.DEBTOR, debtor.kind(), debtor.name(), debtor.identifier(), null)));
        CurrentUser clerk = new CurrentUser("admin", List.of("camunda-admin"), List.of(court));
        return filing.file(request, clerk).processInstanceId();
    }

    /** Works the investigation: notice, leads (none), interview, on-site search, network search, completion. */
    private void investigate(String instance, LocalDate start, String findings) {
        complete(instance, Elements.ISSUE_EXECUTION_NOTICE, start, Map.of());
        complete(instance, Elements.ASK_CREDITOR_FOR_LEADS, start.plusDays(1), Map.of(Variables.LEADS_PROVIDED, false));
        at(start.plusDays(2));
        for (LockedExternalTask search : externalTasks.fetchAndLock(100, "demo-seeder")
                .topic("network-asset-search", 60_000).execute()) {
            if (search.getProcessInstanceId().equals(instance)) {
                externalTasks.complete(search.getId(), "demo-seeder", Map.of(Variables.SEARCH_FINDINGS, findings));
            } else {
                externalTasks.unlock(search.getId());
            }
        }
        complete(instance, Elements.INTERVIEW_CREDITOR, start.plusDays(5), Map.of());
        complete(instance, Elements.SEARCH_DEBTOR_ON_SITE, start.plusDays(9), Map.of());
        // the four branches wait as jobs before the asynchronous join; the job executor has not started yet
        managementService.createJobQuery().processInstanceId(instance).activityId(Elements.INVESTIGATION_JOIN).list()
                .forEach(job -> managementService.executeJob(job.getId()));
        complete(instance, Elements.COMPLETE_INVESTIGATION, start.plusDays(20), Map.of());
    }

    private void complete(String instance, String activityId, LocalDate day, Map<String, Object> variables) {
        at(day);
        Task task = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(activityId).singleResult();
        if (task == null) {
            throw new IllegalStateException("demo case " + instance + " is not at " + activityId);
        }
        taskService.complete(task.getId(), variables);
    }

    private void at(LocalDate day) {
        clock.moveTo(day, LocalTime.of(10, 0));
    }
}
