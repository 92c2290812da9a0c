package cn.courts.enforcement.app.termination;

import cn.courts.enforcement.app.enforcement.EnforcementCaseProcess;
import cn.courts.enforcement.app.support.HttpSession;
import cn.courts.enforcement.app.support.IntegrationTestProfiles;
import cn.courts.enforcement.app.support.InvestigationJoin;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 终本 over HTTP, as the users meet it: the judge checks the gates (POST /api/cases/{id}/termination-check) and applies
 * in Tasklist; the reviewer and the leader find the application in Tasklist with the gate results and the case, and
 * approve or return it there; the leaders read the figures (GET /api/termination/figures); the creditor's
 * application to resume (POST /api/cases/{id}/resumption-requests). The real clock: cases are filed four months back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = IntegrationTestProfiles.class)
class TerminationIntegrationTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(64000);
    private static final String TASKLIST_API = "/camunda/api/engine/engine/default";

    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ExternalTaskService externalTaskService;
    @Autowired
    ManagementService managementService;

    @Test
    void reviewerAndLeaderApproveInTasklistSeeingTheGateResultsAndTheCaseThenTheCaseIsInTheLibraryAndCanBeResumed() throws Exception {
        HttpSession judgeApi = HttpSession.basic(port, "ftjudge1", "demo");
        Case filed = fileAndInvestigate(judgeApi);

        // the gates beforehand, changing nothing; a reviewer may not ask, another court's judge does not see the case
        JsonNode check = body(judgeApi.postJson("/api/cases/" + filed.caseId() + "/termination-check",
                "{\"consumptionRestrictionIssued\": true, \"debtorListedOrNotQualifying\": false}"), 200);
        assertThat(check.get("passed").asBoolean()).isFalse();
        assertThat(check.get("gates")).hasSize(8);
        assertThat(failedGates(check)).containsExactly("QUALIFYING_DEBTOR_NOT_LISTED");
        assertThat(body(judgeApi.postJson("/api/cases/" + filed.caseId() + "/termination-check",
                "{\"consumptionRestrictionIssued\": true, \"debtorListedOrNotQualifying\": true}"), 200).get("passed").asBoolean()).isTrue();
        assertThat(HttpSession.basic(port, "ftreviewer", "demo").postJson("/api/cases/" + filed.caseId() + "/termination-check", "{}")
                .statusCode()).isEqualTo(403);
        assertThat(HttpSession.basic(port, "lhjudge1", "demo").postJson("/api/cases/" + filed.caseId() + "/termination-check", "{}")
                .statusCode()).isEqualTo(404);

        // the judge applies in Tasklist: refused with the reason while the listing is not recorded, then accepted
        HttpSession judge = HttpSession.webapp(port, "tasklist", "ftjudge1", "demo");
        String decide = openTask(filed, EnforcementCaseProcess.Elements.DECIDE_CLOSING).getId();
        HttpResponse<String> refused = judge.postJson(TASKLIST_API + "/task/" + decide + "/submit-form", application(false));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(json.readTree(refused.body()).path("rule").asText()).isEqualTo("TERMINATION_GATES");
        assertThat(json.readTree(refused.body()).path("message").asText()).contains("符合条件的被执行人未纳入失信被执行人名单");
        assertThat(openTask(filed, EnforcementCaseProcess.Elements.DECIDE_CLOSING).getId()).isEqualTo(decide);
        assertThat(judge.postJson(TASKLIST_API + "/task/" + decide + "/submit-form", application(true)).statusCode()).isEqualTo(204);

        // the reviewer's Tasklist: the application, its form, the gate results and the case
        HttpSession reviewer = HttpSession.webapp(port, "tasklist", "ftreviewer", "demo");
        JsonNode reviewTasks = body(reviewer.get(TASKLIST_API + "/task?processInstanceBusinessKey=" + encode(filed.caseNumber())
                + "&candidateGroup=reviewer"), 200);
        assertThat(reviewTasks).hasSize(1);
        String review = reviewTasks.get(0).get("id").asText();
        assertThat(reviewTasks.get(0).get("name").asText()).isEqualTo("审查终本申请 · " + filed.caseNumber());
        assertThat(body(reviewer.get(TASKLIST_API + "/task/" + review + "/deployed-form"), 200).get("id").asText())
                .isEqualTo("TerminationApproval_ReviewApplication");
        JsonNode form = body(reviewer.get(TASKLIST_API + "/task/" + review + "/form-variables"), 200);
        assertThat(form.path("gateSummary").path("value").asText()).contains("全部通过", "✓ 已上门查找被执行人", "✓ 已约谈申请执行人",
                "✓ 立案已超过三个月", "✓ 无未处置的财产");
        assertThat(form.path("closingReason").path("value").asText()).contains("未发现可供执行的财产");
        assertThat(form.path("applicantId").path("value").asText()).isEqualTo("ftjudge1");
        assertThat(form.path("caseNumber").path("value").asText()).isEqualTo(filed.caseNumber());
        assertThat(form.path("debtorNames").path("value").asText()).isEqualTo("王某");
        assertThat(form.path("amountText").path("value").asText()).contains("125000.50");

        HttpResponse<String> noReason = reviewer.postJson(TASKLIST_API + "/task/" + review + "/submit-form",
                "{\"variables\": {\"reviewApproved\": {\"value\": true}}}");
        assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(422);
        assertThat(json.readTree(noReason.body()).path("rule").asText()).isEqualTo("TERMINATION_CONSENT_REQUIRED");
        assertThat(json.readTree(noReason.body()).path("message").asText()).contains("民诉法解释 第517条");
        assertThat(reviewer.postJson(TASKLIST_API + "/task/" + review + "/submit-form", """
                {"variables": {"reviewApproved": {"value": true}, "consentBasis": {"value": "CREDITOR_SIGNED"},
                 "consentRecord": {"value": "申请执行人终本确认书"}}}""").statusCode()).isEqualTo(204);

        HttpSession leader = HttpSession.webapp(port, "tasklist", "ftleader", "demo");
        JsonNode leaderTasks = body(leader.get(TASKLIST_API + "/task?processInstanceBusinessKey=" + encode(filed.caseNumber())
                + "&candidateGroup=leader"), 200);
        assertThat(leaderTasks).hasSize(1);
        assertThat(leader.postJson(TASKLIST_API + "/task/" + leaderTasks.get(0).get("id").asText() + "/submit-form",
                "{\"variables\": {\"leaderApproved\": {\"value\": true}}}").statusCode()).isEqualTo(204);

        JsonNode view = body(judgeApi.get("/api/cases/" + filed.caseId()), 200);
        assertThat(view.get("status").asText()).isEqualTo("CLOSED");
        assertThat(view.get("closingMode").asText()).isEqualTo("TERMINATED_THIS_ROUND");

        // the leaders' figures: own court only, not for judges
        HttpSession leaderApi = HttpSession.basic(port, "ftleader", "demo");
        JsonNode figures = body(leaderApi.get("/api/termination/figures"), 200);
        assertThat(figures.get("courtId").asText()).isEqualTo("szft");
        assertThat(figures.get("applied").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(figures.get("approved").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(figures.get("inLibrary").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(figures.get("qualifiedRate").decimalValue()).isBetween(java.math.BigDecimal.ZERO, java.math.BigDecimal.ONE);
        assertThat(figures.get("rejectionsByGate")).hasSize(8);
        assertThat(leaderApi.get("/api/termination/figures?courtId=szlh").statusCode()).isEqualTo(403);
        assertThat(judgeApi.get("/api/termination/figures").statusCode()).isEqualTo(403);
        assertThat(HttpSession.basic(port, "ftcommand", "demo").get("/api/termination/figures").statusCode()).isEqualTo(200);

        // the creditor applies to resume, through the judge
        HttpResponse<String> resumption = judgeApi.postJson("/api/cases/" + filed.caseId() + "/resumption-requests", "");
        JsonNode resumed = body(resumption, 201);
        assertThat(resumed.get("status").asText()).isEqualTo("RESUMED");
        assertThat(resumed.get("resumptionTrigger").asText()).isEqualTo("CREDITOR_REQUEST");
        JsonNode resumedCase = body(judgeApi.get("/api/cases/" + resumed.get("resumedCaseId").asText()), 200);
        assertThat(resumedCase.get("caseNumber").asText()).contains("执恢");
        assertThat(resumedCase.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(judgeApi.postJson("/api/cases/" + filed.caseId() + "/resumption-requests", "").statusCode()).isEqualTo(422);
    }

    @Test
    void reviewerReturnsTheApplicationInTasklistWithAReasonAndTheJudgeGetsATask() throws Exception {
        HttpSession judgeApi = HttpSession.basic(port, "ftjudge1", "demo");
        Case filed = fileAndInvestigate(judgeApi);
        HttpSession judge = HttpSession.webapp(port, "tasklist", "ftjudge1", "demo");
        String decide = openTask(filed, EnforcementCaseProcess.Elements.DECIDE_CLOSING).getId();
        assertThat(judge.postJson(TASKLIST_API + "/task/" + decide + "/submit-form", application(true)).statusCode()).isEqualTo(204);

        HttpSession reviewer = HttpSession.webapp(port, "tasklist", "ftreviewer", "demo");
        String review = openTask(filed, TerminationApprovalProcess.Elements.REVIEW_APPLICATION).getId();
        HttpResponse<String> withoutReason = reviewer.postJson(TASKLIST_API + "/task/" + review + "/submit-form",
                "{\"variables\": {\"reviewApproved\": {\"value\": false}}}");
        assertThat(withoutReason.statusCode()).as(withoutReason.body()).isEqualTo(422);
        assertThat(json.readTree(withoutReason.body()).path("rule").asText()).isEqualTo("TERMINATION_RETURN_REASON_REQUIRED");
        assertThat(json.readTree(withoutReason.body()).path("message").asText()).contains("退回终本申请须写明退回理由");
        assertThat(reviewer.postJson(TASKLIST_API + "/task/" + review + "/submit-form",
                "{\"variables\": {\"reviewApproved\": {\"value\": false}, \"returnReason\": {\"value\": \"请补充上门查找笔录\"}}}")
                .statusCode()).isEqualTo(204);

        Task revise = openTask(filed, TerminationApprovalProcess.Elements.REVISE_APPLICATION);
        assertThat(revise.getAssignee()).isEqualTo("ftjudge1");
        JsonNode form = body(judge.get(TASKLIST_API + "/task/" + revise.getId() + "/form-variables"), 200);
        assertThat(form.path("returnReason").path("value").asText()).isEqualTo("请补充上门查找笔录");
    }

    // --- steps ---

    private record Case(long caseId, String caseNumber, String processInstanceId) {
    }

    /** Filed four months ago (so more than three months), investigated without finding property: at the closing review. */
    private Case fileAndInvestigate(HttpSession judgeApi) throws Exception {
        LocalDate filedOn = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusMonths(4);
        // a number ending in 0: the demo's network-search simulator, if it answers first, finds nothing either
        String number = "（" + filedOn.getYear() + "）粤0304执" + SEQUENCE.addAndGet(10) + "号";
        JsonNode filed = body(judgeApi.postJson("/api/cases", """
                {"caseNumber": "%s", "courtId": "szft", "amount": 125000.50, "judgeId": "ftjudge1",
                 "basisDocument": "（2025）粤0304民初5678号民事判决书", "nonLitigation": false, "filingDate": "%s",
                 "parties": [
                   {"role": "CREDITOR", "kind": "ORGANISATION", "name": "深圳市甲科技有限公司", "identifier": "91350100M000100Y43", "email": "creditor@example.com"},
                   {"role": "DEBTOR", "kind": "PERSON", "name": "王某", "identifier": "11010519491231002X"}
                 ]}""".formatted(number, filedOn)), 201);
        Case c = new Case(filed.get("caseId").asLong(), number, filed.get("processInstanceId").asText());
        taskService.complete(openTask(c, EnforcementCaseProcess.Elements.ISSUE_EXECUTION_NOTICE).getId());
        taskService.complete(openTask(c, EnforcementCaseProcess.Elements.ASK_CREDITOR_FOR_LEADS).getId(),
                Map.of(EnforcementCaseProcess.Variables.LEADS_PROVIDED, false));
        // the search is answered here, or by the demo profile's simulator (an external worker of the running app)
        List<LockedExternalTask> search = externalTaskService.fetchAndLock(1, "it-worker").topic("network-asset-search", 30_000)
                .businessKey(number).execute();
        search.forEach(task -> externalTaskService.complete(task.getId(), "it-worker", Map.of("searchFindings", "[]")));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                externalTaskService.createExternalTaskQuery().processInstanceId(c.processInstanceId()).count() == 0);
        taskService.complete(openTask(c, EnforcementCaseProcess.Elements.INTERVIEW_CREDITOR).getId());
        taskService.complete(openTask(c, EnforcementCaseProcess.Elements.SEARCH_DEBTOR_ON_SITE).getId());
        assertThat(InvestigationJoin.execute(managementService, c.processInstanceId())).isEqualTo(4);
        taskService.complete(openTask(c, EnforcementCaseProcess.Elements.COMPLETE_INVESTIGATION).getId());
        return c;
    }

    private Task openTask(Case c, String activityId) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(c.caseNumber()).taskDefinitionKey(activityId).singleResult();
        assertThat(task).as("%s of %s", activityId, c.caseNumber()).isNotNull();
        return task;
    }

    private static String application(boolean listed) {
        return """
                {"variables": {"closingMode": {"value": "TERMINATED_THIS_ROUND"},
                 "closingReason": {"value": "经网络查控、上门查找，未发现可供执行的财产；已约谈申请执行人。"},
                 "consumptionRestrictionIssued": {"value": true},
                 "debtorListedOrNotQualifying": {"value": %s}}}""".formatted(listed);
    }

    private List<String> failedGates(JsonNode check) {
        List<String> failed = new java.util.ArrayList<>();
        check.get("gates").forEach(g -> {
            if (!g.get("passed").asBoolean()) {
                failed.add(g.get("code").asText());
            }
        });
        return failed;
    }

    private JsonNode body(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
