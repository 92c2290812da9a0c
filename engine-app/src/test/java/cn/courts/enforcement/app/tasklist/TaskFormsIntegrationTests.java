package cn.courts.enforcement.app.tasklist;

import cn.courts.enforcement.app.enforcement.EnforcementCaseProcess;
import cn.courts.enforcement.app.enforcement.EnforcementCaseRepository;
import cn.courts.enforcement.app.platform.CourtClock;
import cn.courts.enforcement.app.support.HttpSession;
import cn.courts.enforcement.app.support.IntegrationTestProfiles;
import cn.courts.enforcement.model.rule.ZhText;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The task forms as a judge meets them over {@code /engine-rest} (and Tasklist's own engine API): a case
 * filed through {@code POST /api/cases} opens its first node with the Camunda Form of the deployment and
 * the case context; a completion with a service date in the future is refused (422, the rule's Chinese message
 * alone) through submit-form, complete and Tasklist's engine API alike and changes nothing; a word for a date is
 * malformed (400); a correct one completes the node.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = IntegrationTestProfiles.class)
class TaskFormsIntegrationTests {

    private static final String EXECUTION_NOTICE_DOCUMENT = "执行通知书及报告财产令";
    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    org.camunda.bpm.engine.ExternalTaskService externalTaskService;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    EnforcementCaseRepository cases;
    @Autowired
    CourtClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void executionNoticeFormShowsTheCaseRefusesAFutureServiceDateAndAcceptsTodays() throws Exception {
        HttpSession judge = HttpSession.basic(port, "ftjudge1", "demo");
        LocalDate today = clock.today();
        String caseNumber = newCaseNumber(today);
        HttpResponse<String> filing = judge.postJson("/api/cases", filing(caseNumber, today));
        assertThat(filing.statusCode()).as(filing.body()).isEqualTo(201);
        JsonNode filed = json.readTree(filing.body());
        long caseId = filed.get("caseId").asLong();
        String instanceId = filed.get("processInstanceId").asText();
        Task task = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(EnforcementCaseProcess.Elements.ISSUE_EXECUTION_NOTICE);
        assertThat(task.getAssignee()).isEqualTo("ftjudge1");
        String taskId = task.getId();

        // the form of the deployment, with its Chinese labels
        HttpResponse<String> form = judge.get("/engine-rest/task/" + taskId + "/deployed-form");
        assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
        JsonNode formJson = json.readTree(form.body());
        assertThat(formJson.get("id").asText()).isEqualTo("EnforcementCase_IssueExecutionNotice");
        assertThat(form.body()).contains("申请执行人", "被执行人", "执行标的", "执行通知书及报告财产令送达日期");

        // the case context: task-local display variables, which the form reads with the others
        JsonNode variables = json.readTree(judge.get("/engine-rest/task/" + taskId + "/form-variables").body());
        assertThat(variables.path("caseSummary").path("value").asText())
                .isEqualTo("申请执行人：深圳市甲科技有限公司 被执行人：王某 执行标的：人民币125000.50元");
        assertThat(variables.path("caseNumber").path("value").asText()).isEqualTo(caseNumber);
        assertThat(variables.path("dueDateText").path("value").asText()).matches("\\d{4}年\\d{2}月\\d{2}日")
                .isEqualTo(ZhText.day(clock.dayOf(task.getDueDate())));
        assertThat(taskService.getVariableLocal(taskId, CaseFormContext.CASE_SUMMARY)).isNotNull();
        assertThat(runtimeService.getVariable(instanceId, CaseFormContext.CASE_SUMMARY)).as("never a process variable").isNull();

        // a service date after today is refused, whichever way the task is completed
        String tomorrow = noticeServedOn(today.plusDays(1));
        HttpResponse<String> submitted = judge.postJson("/engine-rest/task/" + taskId + "/submit-form", tomorrow);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(422);
        // what Tasklist shows: the problem document's message, the rule's Chinese text alone
        String refusal = "“执行通知书送达日期”为" + ZhText.day(today.plusDays(1)) + "，晚于今天（" + ZhText.day(today)
                + "）：只能记录已经发生的事项，不能填写将来的日期";
        assertThat(message(submitted)).isEqualTo(refusal);
        assertThat(json.readTree(submitted.body()).path("rule").asText()).isEqualTo("RECORDED_DATE_NOT_IN_FUTURE");
        HttpResponse<String> completed = judge.postJson("/engine-rest/task/" + taskId + "/complete", tomorrow);
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(422);
        assertThat(message(completed)).isEqualTo(refusal);
        HttpResponse<String> inTasklist = HttpSession.webapp(port, "tasklist", "ftjudge1", "demo")
                .postJson("/camunda/api/engine/engine/default/task/" + taskId + "/submit-form", tomorrow);
        assertThat(inTasklist.statusCode()).as(inTasklist.body()).isEqualTo(422);
        assertThat(message(inTasklist)).isEqualTo(refusal);
        HttpResponse<String> malformed = judge.postJson("/engine-rest/task/" + taskId + "/submit-form",
                "{\"variables\": {\"noticeServedOn\": {\"value\": \"明天\", \"type\": \"String\"}}}");
        assertThat(malformed.statusCode()).as(malformed.body()).isEqualTo(400);
        assertThat(malformed.body()).contains("noticeServedOn", "应为日期");

        // ... and nothing changed: the task is open, no variable written, no notice served
        Task stillOpen = taskService.createTaskQuery().taskId(taskId).singleResult();
        assertThat(stillOpen).isNotNull();
        assertThat(stillOpen.getAssignee()).isEqualTo("ftjudge1");
        assertThat(runtimeService.getVariable(instanceId, EnforcementCaseProcess.Variables.NOTICE_SERVED_ON)).isNull();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
                .variableName(EnforcementCaseProcess.Variables.NOTICE_SERVED_ON).count()).isZero();
        assertThat(noticesServed(caseId)).isZero();
        assertThat(taskService.createTaskQuery().processInstanceId(instanceId).list())
                .extracting(Task::getTaskDefinitionKey).containsExactly(EnforcementCaseProcess.Elements.ISSUE_EXECUTION_NOTICE);

        // today's date completes the node: the notices are served and the investigation starts
        HttpResponse<String> valid = judge.postJson("/engine-rest/task/" + taskId + "/submit-form", noticeServedOn(today));
        assertThat(valid.statusCode()).as(valid.body()).isEqualTo(204);
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isZero();
        assertThat(runtimeService.getVariable(instanceId, EnforcementCaseProcess.Variables.NOTICE_SERVED_ON)).isEqualTo(today.toString());
        assertThat(noticesServed(caseId)).isPositive();
        List<String> next = taskService.createTaskQuery().processInstanceId(instanceId).list().stream()
                .map(Task::getTaskDefinitionKey).toList();
        assertThat(next).contains(EnforcementCaseProcess.Elements.ASK_CREDITOR_FOR_LEADS,
                EnforcementCaseProcess.Elements.INTERVIEW_CREDITOR, EnforcementCaseProcess.Elements.SEARCH_DEBTOR_ON_SITE);
        // every new node shows the case too
        taskService.createTaskQuery().processInstanceId(instanceId).list().forEach(open -> {
            assertThat(taskService.getVariableLocal(open.getId(), CaseFormContext.CASE_SUMMARY)).isNotNull();
            assertThat(taskService.getVariable(open.getId(), CaseFormContext.DEBTOR_NAMES)).isEqualTo("王某");
        });
    }

    @Test
    void decisionMissingFromASubmittedFormIsRefusedWithTheQuestion() throws Exception {
        HttpSession judge = HttpSession.basic(port, "ftjudge1", "demo");
        LocalDate today = clock.today();
        JsonNode filed = json.readTree(judge.postJson("/api/cases", filing(newCaseNumber(today), today)).body());
        String instanceId = filed.get("processInstanceId").asText();
        String notice = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
        assertThat(judge.postJson("/engine-rest/task/" + notice + "/submit-form", noticeServedOn(today)).statusCode()).isEqualTo(204);
        String askForLeads = taskService.createTaskQuery().processInstanceId(instanceId)
                .taskDefinitionKey(EnforcementCaseProcess.Elements.ASK_CREDITOR_FOR_LEADS).singleResult().getId();
        // the demo's network-search simulator answers this case's search in the background, maybe at this very moment:
        // the asynchronous investigation join keeps the two completions apart

        HttpResponse<String> refused = judge.postJson("/engine-rest/task/" + askForLeads + "/submit-form",
                "{\"variables\": {\"leadsProvided\": {\"value\": null}}}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(message(refused)).isEqualTo("请选择“申请执行人是否提供了财产线索”（是或否）");
        assertThat(taskService.createTaskQuery().taskId(askForLeads).count()).isEqualTo(1);

        HttpResponse<String> answered = judge.postJson("/engine-rest/task/" + askForLeads + "/submit-form",
                "{\"variables\": {\"leadsProvided\": {\"value\": false}}}");
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(204);
        assertThat(runtimeService.getVariable(instanceId, EnforcementCaseProcess.Variables.LEADS_PROVIDED)).isEqualTo(false);
    }

    // --- helpers ---

    private String newCaseNumber(LocalDate today) {
        String number;
        do {
            number = "（" + today.getYear() + "）粤0304执" + ThreadLocalRandom.current().nextInt(90000, 99999) + "号";
        } while (cases.existsByCaseNumber(number));
        return number;
    }

    private static String filing(String caseNumber, LocalDate filingDate) {
        return """
                {"caseNumber": "%s", "courtId": "szft", "amount": 125000.50, "judgeId": "ftjudge1",
                 "basisDocument": "（2025）粤0304民初5678号民事判决书", "nonLitigation": false, "filingDate": "%s",
                 "parties": [
                   {"role": "CREDITOR", "kind": "ORGANISATION", "name": "深圳市甲科技有限公司", "identifier": "91350100M000100Y43", "email": "creditor@example.com"},
                   {"role": "DEBTOR", "kind": "PERSON", "name": "王某", "identifier": "11010519491231002X", "email": "debtor@example.com"}
                 ]}""".formatted(caseNumber, filingDate);
    }

    private static String noticeServedOn(LocalDate day) {
        return "{\"variables\": {\"noticeServedOn\": {\"value\": \"" + day + "\", \"type\": \"String\"}}}";
    }

    private String message(HttpResponse<String> response) throws Exception {
        return json.readTree(response.body()).path("message").asText();
    }

    private int noticesServed(long caseId) {
        return jdbc.queryForObject("select count(*) from service_record where case_id = ? and document = ?", Integer.class,
                caseId, EXECUTION_NOTICE_DOCUMENT);
    }
}
