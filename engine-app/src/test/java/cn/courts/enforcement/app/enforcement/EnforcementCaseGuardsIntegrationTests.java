package cn.courts.enforcement.app.enforcement;

import cn.courts.enforcement.app.platform.CaseVariables;
import cn.courts.enforcement.app.platform.CourtClock;
import cn.courts.enforcement.app.platform.guard.FieldError;
import cn.courts.enforcement.app.platform.guard.MalformedValuesException;
import cn.courts.enforcement.app.platform.guard.RuleRefusedException;
import cn.courts.enforcement.app.supervision.SupervisionProcess;
import cn.courts.enforcement.app.support.IntegrationTestProfiles;
import cn.courts.enforcement.app.web.CurrentUser;
import cn.courts.enforcement.model.enforcement.PartyKind;
import cn.courts.enforcement.model.enforcement.PartyRole;
import cn.courts.enforcement.model.rule.RuleRefusal;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The enforcement case's guards on a real engine, through the Java API (the REST surfaces are
 * {@code TaskFormsIntegrationTests}'): a completion with a service date in the future is refused by
 * {@code RECORDED_DATE_NOT_IN_FUTURE} whether the task is completed or its form submitted, and nothing changes (the
 * task stays open, the value is not written, the next nodes do not open); a word where a date belongs is malformed;
 * a process start for a case that does not exist, belongs to another court or already runs is refused, and a
 * supervision for a case that does not exist too.
 */
@SpringBootTest
@ActiveProfiles(resolver = IntegrationTestProfiles.class)
class EnforcementCaseGuardsIntegrationTests {

    private static final CurrentUser JUDGE = new CurrentUser("ftjudge1", List.of("judge"), List.of("szft"));

    @Autowired
    CaseFilingService filing;
    @Autowired
    EnforcementCaseRepository cases;
    @Autowired
    TaskService taskService;
    @Autowired
    FormService formService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    CourtClock clock;

    private CaseFilingService.FiledCase filed;
    private String noticeTask;
    private LocalDate today;

    @BeforeEach
    void fileACase() {
        today = clock.today();
        filed = filing.file(new CaseFilingRequest(newCaseNumber(), "szft", new BigDecimal("125000.50"),
                "（2025）粤0304民初5678号民事判决书", false, today, "ftjudge1",
                List.of(new CaseFilingRequest.Party(PartyRole.CREDITOR, PartyKind.ORGANISATION, "深圳市甲科技有限公司",
                                "91350100M000100Y43", "creditor@example.com"),
                        new CaseFilingRequest.Party(PartyRole.DEBTOR, PartyKind.PERSON, "王某", "11010519491231002X", null))), JUDGE);
        noticeTask = taskService.createTaskQuery().processInstanceId(filed.processInstanceId())
                .taskDefinitionKey(EnforcementCaseProcess.Elements.ISSUE_EXECUTION_NOTICE).singleResult().getId();
    }

    @Test
    void futureServiceDateIsRefusedByCompleteAndNothingChanges() {
        Throwable thrown = catchThrowable(() -> taskService.complete(noticeTask,
                Map.of(EnforcementCaseProcess.Variables.NOTICE_SERVED_ON, today.plusDays(1).toString())));
        RuleRefusal refusal = refusalIn(thrown);
        assertThat(refusal.ruleCode()).isEqualTo("RECORDED_DATE_NOT_IN_FUTURE");
        assertThat(refusal.field()).isEqualTo(EnforcementCaseProcess.Variables.NOTICE_SERVED_ON);
        assertThat(refusal.messageZh()).startsWith("“执行通知书送达日期”为").contains("晚于今天");
        assertNothingChanged();
    }

    @Test
    void futureServiceDateIsRefusedBySubmittingTheFormAndNothingChanges() {
        Throwable thrown = catchThrowable(() -> formService.submitTaskForm(noticeTask,
                Map.of(EnforcementCaseProcess.Variables.NOTICE_SERVED_ON, today.plusDays(1).toString())));
        assertThat(refusalIn(thrown).ruleCode()).isEqualTo("RECORDED_DATE_NOT_IN_FUTURE");
        assertNothingChanged();
    }

    @Test
    void textWhereADateBelongsIsMalformedAndNothingChanges() {
        Throwable thrown = catchThrowable(() -> formService.submitTaskForm(noticeTask,
                Map.of(EnforcementCaseProcess.Variables.NOTICE_SERVED_ON, "明天")));
        MalformedValuesException malformed = causeOfType(thrown, MalformedValuesException.class);
        assertThat(malformed.errors()).extracting(FieldError::field).containsExactly(EnforcementCaseProcess.Variables.NOTICE_SERVED_ON);
        assertThat(malformed.errors().get(0).messageZh()).isEqualTo("“执行通知书送达日期”应为日期（如2026-03-05）");
        assertNothingChanged();
    }

    @Test
    void todaysServiceDateCompletesTheNode() {
        taskService.complete(noticeTask, Map.of(EnforcementCaseProcess.Variables.NOTICE_SERVED_ON, today.toString()));
        assertThat(taskService.createTaskQuery().taskId(noticeTask).count()).isZero();
        assertThat(runtimeService.getVariable(filed.processInstanceId(), EnforcementCaseProcess.Variables.NOTICE_SERVED_ON)).isEqualTo(today.toString());
    }

    @Test
    void startForACaseThatDoesNotExistOrOfAnotherCourtOrAlreadyRunningIsRefused() {
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(EnforcementCaseProcess.KEY).count();
        assertThat(refusalIn(catchThrowable(() -> start(EnforcementCaseProcess.KEY, -1L, "szft"))).ruleCode())
                .isEqualTo("CASE_NOT_FOUND");
        assertThat(refusalIn(catchThrowable(() -> start(EnforcementCaseProcess.KEY, filed.caseId(), "szlh"))).ruleCode())
                .isEqualTo("CASE_OF_ANOTHER_COURT");
        assertThat(refusalIn(catchThrowable(() -> start(EnforcementCaseProcess.KEY, filed.caseId(), "szft"))).ruleCode())
                .isEqualTo("CASE_PROCESS_ALREADY_STARTED");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(EnforcementCaseProcess.KEY).count())
                .isEqualTo(before);
    }

    @Test
    void supervisionOfACaseThatDoesNotExistIsRefused() {
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(SupervisionProcess.KEY).count();
        assertThat(refusalIn(catchThrowable(() -> start(SupervisionProcess.KEY, -1L, "szft"))).ruleCode())
                .isEqualTo("SUPERVISED_CASE_NOT_FOUND");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(SupervisionProcess.KEY).count())
                .isEqualTo(before);
    }

    // --- helpers ---

    private void start(String processKey, long caseId, String courtId) {
        runtimeService.startProcessInstanceByKey(processKey, "probe", Variables.createVariables()
                .putValue(CaseVariables.CASE_ID.name(), caseId).putValue(CaseVariables.COURT_ID.name(), courtId));
    }

    private void assertNothingChanged() {
        Task stillOpen = taskService.createTaskQuery().taskId(noticeTask).singleResult();
        assertThat(stillOpen).isNotNull();
        assertThat(runtimeService.getVariable(filed.processInstanceId(), EnforcementCaseProcess.Variables.NOTICE_SERVED_ON)).isNull();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(filed.processInstanceId())
                .variableName(EnforcementCaseProcess.Variables.NOTICE_SERVED_ON).count()).isZero();
        assertThat(taskService.createTaskQuery().processInstanceId(filed.processInstanceId()).list())
                .extracting(Task::getTaskDefinitionKey).containsExactly(EnforcementCaseProcess.Elements.ISSUE_EXECUTION_NOTICE);
    }

    private static RuleRefusal refusalIn(Throwable thrown) {
        return causeOfType(thrown, RuleRefusedException.class).refusal();
    }

    private static <T extends Throwable> T causeOfType(Throwable thrown, Class<T> type) {
        assertThat(thrown).as("the step is refused").isNotNull();
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        throw new AssertionError("expected a " + type.getSimpleName() + ", got " + thrown, thrown);
    }

    private String newCaseNumber() {
        String number;
        do {
            number = "（" + today.getYear() + "）粤0304执" + ThreadLocalRandom.current().nextInt(80000, 89999) + "号";
        } while (cases.existsByCaseNumber(number));
        return number;
    }
}
