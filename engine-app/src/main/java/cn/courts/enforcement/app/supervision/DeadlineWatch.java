package cn.courts.enforcement.app.supervision;

import cn.courts.enforcement.app.platform.ProcessStarts;
import cn.courts.enforcement.app.calendar.LegalCalendarService;
import cn.courts.enforcement.app.enforcement.EnforcementCaseProcess;
import cn.courts.enforcement.app.enforcement.EnforcementCaseRepository;
import cn.courts.enforcement.app.enforcement.PropertyRecordRepository;
import cn.courts.enforcement.app.notice.NoticeService;
import cn.courts.enforcement.app.platform.CaseTaskNames;
import cn.courts.enforcement.app.platform.CourtClock;
import cn.courts.enforcement.app.tasklist.TaskMails;
import cn.courts.enforcement.model.enforcement.CaseStatus;
import cn.courts.enforcement.model.enforcement.EnforcementCase;
import cn.courts.enforcement.model.enforcement.PropertyRecord;
import cn.courts.enforcement.model.parameter.LegalParameterCode;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Backs {@code Task_ScanDeadlines} of DeadlineWatchProcess (every 15 minutes, by the engine's job
 * executor, so one node of a cluster runs it and tests drive it by moving the clock and executing the
 * job). Three checks:
 * <ol>
 *   <li>every open task past its due date gets one supervision (督办) task for its court's command centre
 *   and one e-mail to its judge, exactly once (the unique key {@code task:<id>});</li>
 *   <li>every open case past its time limit gets one supervision per limit date;</li>
 *   <li>every control measure (查封/冻结) within the renewal notice of its expiry sends the case a
 *   {@code ControlExpiring} message, once;</li>
 *   <li>every assignee of a task due tomorrow gets one reminder mail (unless turned off).</li>
 * </ol>
 * Everything of one scan commits together; a failure rolls it back and the job retries.
 */
@Component("scanDeadlines")
class DeadlineWatch implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final ProcessStarts processStarts;
    private final SupervisionRepository supervisions;
    private final EnforcementCaseRepository cases;
    private final PropertyRecordRepository properties;
    private final NoticeService notices;
    private final LegalCalendarService calendar;
    private final CourtClock clock;
    private final int pageSize;
    private final TaskMails taskMails;

    DeadlineWatch(TaskService taskService, RuntimeService runtimeService, ProcessStarts processStarts, SupervisionRepository supervisions,
                  EnforcementCaseRepository cases, PropertyRecordRepository properties, NoticeService notices,
                  LegalCalendarService calendar, CourtClock clock,
                  TaskMails taskMails, @Value("${enforcement.supervision.page-size:500}") int pageSize) {
        this.taskMails = taskMails;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.processStarts = processStarts;
        this.supervisions = supervisions;
        this.cases = cases;
        this.properties = properties;
        this.notices = notices;
        this.calendar = calendar;
        this.clock = clock;
        this.pageSize = pageSize;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int overdue = superviseOverdueTasks();
        int limits = superviseCaseLimits();
        int renewals = requestControlRenewals();
        int reminders = taskMails.remindDueTomorrow();
        execution.setVariable("dueRemindersSent", reminders);
        execution.setVariable("supervisedNodes", overdue);
        execution.setVariable("supervisedCaseLimits", limits);
        execution.setVariable("renewalsRequested", renewals);
        if (overdue + limits + renewals > 0) {
            log.info("Deadline watch: {} overdue nodes and {} passed case limits supervised, {} renewals requested",
                    overdue, limits, renewals);
        }
    }

    private int superviseOverdueTasks() {
        Date now = Date.from(clock.now());
        int created = 0;
        int first = 0;
        while (true) {
            List<Task> page = taskService.createTaskQuery().dueBefore(now).orderByDueDate().asc().orderByTaskId().asc()
                    .listPage(first, pageSize);
            if (page.isEmpty()) {
                return created;
            }
            List<Task> watched = page.stream().filter(t -> !SupervisionProcess.TASK_SUPERVISE.equals(t.getTaskDefinitionKey())).toList();
            Set<String> existing = watched.isEmpty() ? Set.of()
                    : supervisions.findExistingKeys(watched.stream().map(t -> "task:" + t.getId()).toList());
            List<Task> fresh = watched.stream().filter(t -> !existing.contains("task:" + t.getId())).toList();
            Map<String, String> businessKeys = businessKeys(fresh);
            for (Task task : fresh) {
                superviseTask(task, businessKeys.get(task.getProcessInstanceId()));
                created++;
            }
            if (page.size() < pageSize) {
                return created;
            }
            first += pageSize;
        }
    }

    private Map<String, String> businessKeys(List<Task> tasks) {
        Set<String> ids = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, String> keys = new HashMap<>();
        for (ProcessInstance pi : runtimeService.createProcessInstanceQuery().processInstanceIds(ids).list()) {
            if (pi.getBusinessKey() != null) {
                keys.put(pi.getId(), pi.getBusinessKey());
            }
        }
        return keys;
    }

    private void superviseTask(Task task, String caseNumber) {
        EnforcementCase enforcementCase = caseNumber == null ? null : cases.findByCaseNumber(caseNumber).orElse(null);
        Long caseId = enforcementCase == null ? null : enforcementCase.id();
        String judge = task.getAssignee();
        Supervision supervision = supervisions.saveAndFlush(new Supervision("task:" + task.getId(), Supervision.Kind.NODE_OVERDUE,
                task.getTenantId(), caseId, caseNumber, task.getId(), task.getTaskDefinitionKey(), CaseTaskNames.bareName(task.getName(), caseNumber), judge,
                task.getDueDate().toInstant(), clock.now()));
        startSupervision(supervision);
        if (judge != null) {
            String subject = "【督办】" + (caseNumber == null ? "" : caseNumber + " ") + supervision.nodeName() + " 已逾期";
            String body = "您承办的" + (caseNumber == null ? "案件" : "案件" + caseNumber) + "的节点“" + supervision.nodeName()
                    + "”已于" + clock.dayOf(task.getDueDate()) + "到期，尚未办结。执行指挥中心已督办，请尽快办理。";
            notices.notifyStaff(caseId, task.getTenantId(), judge, "督办提醒", subject, body);
        }
    }

    private int superviseCaseLimits() {
        LocalDate today = clock.today();
        int created = 0;
        List<EnforcementCase> passed = cases.findPastLimit(CaseStatus.IN_PROGRESS, today, PageRequest.of(0, pageSize));
        if (passed.isEmpty()) {
            return 0;
        }
        Set<String> existing = supervisions.findExistingKeys(passed.stream().map(DeadlineWatch::caseLimitKey).toList());
        for (EnforcementCase c : passed) {
            if (existing.contains(caseLimitKey(c))) {
                continue;
            }
            Supervision supervision = supervisions.saveAndFlush(new Supervision(caseLimitKey(c), Supervision.Kind.CASE_LIMIT_PASSED,
                    c.courtId(), c.id(), c.caseNumber(), null, null, "执行期限届满", c.judgeId(),
                    clock.endOfDay(c.caseLimitDate()).toInstant(), clock.now()));
            startSupervision(supervision);
            if (c.judgeId() != null) {
                notices.notifyStaff(c.id(), c.courtId(), c.judgeId(), "督办提醒", "【督办】" + c.caseNumber() + " 执行期限已届满",
                        "案件" + c.caseNumber() + "的执行期限已于" + c.caseLimitDate() + "届满，尚未结案。执行指挥中心已督办。");
            }
            created++;
        }
        return created;
    }

    private static String caseLimitKey(EnforcementCase c) {
        return "case-limit:" + c.id() + ":" + c.caseLimitDate();
    }

    private void startSupervision(Supervision supervision) {
        ProcessInstance instance = processStarts.start(SupervisionProcess.KEY,
                supervision.caseNumber(),
                Variables.createVariables()
                        .putValue(SupervisionProcess.Variables.COURT_ID, supervision.courtId())
                        .putValue(SupervisionProcess.Variables.CASE_ID, supervision.caseId())
                        .putValue(SupervisionProcess.Variables.CASE_NUMBER, supervision.caseNumber())
                        .putValue(SupervisionProcess.Variables.OVERDUE_NODE, supervision.nodeName())
                        .putValue(SupervisionProcess.Variables.OVERDUE_TASK_ID, supervision.taskId())
                        .putValue(SupervisionProcess.Variables.JUDGE_ID, supervision.judgeId())
                        .putValue(SupervisionProcess.Variables.DUE_DATE, Date.from(supervision.dueDate())));
        supervision.linkInstance(instance.getId());
    }

    private int requestControlRenewals() {
        LocalDate until = calendar.dueDate(clock.today(), LegalParameterCode.CONTROL_RENEWAL_NOTICE);
        int requested = 0;
        for (PropertyRecord p : properties.findControlsExpiringBy(until, PageRequest.of(0, pageSize))) {
            EnforcementCase c = cases.findById(p.caseId()).orElse(null);
            if (c == null || c.status() != CaseStatus.IN_PROGRESS || c.processInstanceId() == null) {
                p.markRenewalRequested();
                continue;
            }
            runtimeService.createMessageCorrelation(EnforcementCaseProcess.Messages.CONTROL_EXPIRING)
                    .processInstanceId(c.processInstanceId())
                    .setVariable(EnforcementCaseProcess.Variables.CONTROL_EXPIRES_ON, p.controlExpiresOn().toString())
                    .setVariable(EnforcementCaseProcess.Variables.PROPERTY_RECORD_ID, p.id())
                    .correlate();
            p.markRenewalRequested();
            requested++;
        }
        return requested;
    }

}
