package cn.courts.enforcement.app.enforcement;

import cn.courts.enforcement.app.support.HttpSession;
import cn.courts.enforcement.app.support.IntegrationTestProfiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Filing a case over REST (POST /api/cases) and reading it back (GET /api/cases/{id}). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = IntegrationTestProfiles.class)
class CaseFilingIntegrationTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(7000);
    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    EnforcementCaseRepository cases;

    static String filing(String caseNumber, String courtId, String debtorId, String filingDate) {
        return """
                {"caseNumber": "%s", "courtId": "%s", "amount": 125000.50,
                 "basisDocument": "（2025）粤0304民初5678号民事判决书", "nonLitigation": false, "filingDate": "%s",
                 "parties": [
                   {"role": "CREDITOR", "kind": "ORGANISATION", "name": "深圳市甲科技有限公司", "identifier": "91350100M000100Y43", "email": "creditor@example.com"},
                   {"role": "DEBTOR", "kind": "PERSON", "name": "王某", "identifier": "%s"}
                 ]}""".formatted(caseNumber, courtId, filingDate, debtorId);
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    private static String newCaseNumber(String code) {
        return "（" + LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + "）" + code + "执" + SEQUENCE.incrementAndGet() + "号";
    }

    @Test
    void filingACaseCreatesATaskForAJudgeOfThatCourtWithItsLegalDueDate() throws Exception {
        String number = newCaseNumber("粤0304");
        HttpResponse<String> response = HttpSession.basic(port, "ftjudge1", "demo")
                .postJson("/api/cases", filing(number, "szft", "11010519491231002X", today()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode filed = json.readTree(response.body());
        assertThat(filed.get("caseNumber").asText()).isEqualTo(number);
        String instanceId = filed.get("processInstanceId").asText();

        Task task = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(EnforcementCaseProcess.Elements.ISSUE_EXECUTION_NOTICE);
        assertThat(task.getTenantId()).isEqualTo("szft");
        assertThat(task.getAssignee()).isIn("ftjudge1", "ftjudge2");
        assertThat(task.getDueDate()).as("legal due date (3 days, moved off rest days)").isNotNull()
                .isAfter(new java.util.Date());
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).count()).isEqualTo(1);

        JsonNode view = json.readTree(HttpSession.basic(port, "ftjudge2", "demo").get("/api/cases/" + filed.get("caseId").asText()).body());
        assertThat(view.get("parties")).hasSize(2);
        assertThat(view.get("currentNodes").get(0).get("activityId").asText()).isEqualTo("Task_IssueExecutionNotice");
        assertThat(view.get("currentNodes").get(0).get("overdue").asBoolean()).isFalse();
        assertThat(view.get("caseLimitDate").asText()).isNotBlank();
        assertThat(view.get("timeline").toString()).contains("确定承办人");
    }

    @Test
    void anotherCourtsJudgeCannotSeeTheCase() throws Exception {
        HttpResponse<String> response = HttpSession.basic(port, "ftjudge1", "demo")
                .postJson("/api/cases", filing(newCaseNumber("粤0304"), "szft", "11010519491231002X", today()));
        String caseId = json.readTree(response.body()).get("caseId").asText();
        assertThat(HttpSession.basic(port, "lhjudge1", "demo").get("/api/cases/" + caseId).statusCode()).isEqualTo(404);
        assertThat(HttpSession.basic(port, "admin", "demo").get("/api/cases/" + caseId).statusCode()).isEqualTo(200);
    }

    @Test
    void everyFailingFieldIsReportedAndNothingIsSaved() throws Exception {
        long before = cases.count();
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        HttpResponse<String> response = HttpSession.basic(port, "ftjudge1", "demo")
                .postJson("/api/cases", filing("(2026)粤0304执1号", "szft", "110105194912310021", tomorrow));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).contains("caseNumber", "filingDate", "parties[1].identifier");
        assertThat(problem.get("errors").toString()).contains("身份证号码无效");
        assertThat(cases.count()).isEqualTo(before);
    }

    @Test
    void missingRequiredFieldsAreListedTogether() throws Exception {
        HttpResponse<String> response = HttpSession.basic(port, "ftjudge1", "demo").postJson("/api/cases", "{\"courtId\": \"szft\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        json.readTree(response.body()).get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).contains("caseNumber", "amount", "basisDocument", "filingDate", "parties");
    }

    @Test
    void malformedJsonIsA400ProblemAndChangesNothing() throws Exception {
        long before = cases.count();
        HttpResponse<String> response = HttpSession.basic(port, "ftjudge1", "demo").postJson("/api/cases", "{\"caseNumber\": ");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("detail").asText()).contains("请求格式错误");
        assertThat(cases.count()).isEqualTo(before);
    }

    @Test
    void aDuplicateCaseNumberIsAConflict() {
        String number = newCaseNumber("粤0304");
        HttpSession judge = HttpSession.basic(port, "ftjudge1", "demo");
        assertThat(judge.postJson("/api/cases", filing(number, "szft", "11010519491231002X", today())).statusCode()).isEqualTo(201);
        HttpResponse<String> again = judge.postJson("/api/cases", filing(number, "szft", "11010519491231002X", today()));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("案号已存在");
    }

    @Test
    void aJudgeCannotFileForAnotherCourt() {
        HttpResponse<String> response = HttpSession.basic(port, "ftjudge1", "demo")
                .postJson("/api/cases", filing(newCaseNumber("粤0303"), "szlh", "11010519491231002X", today()));
        assertThat(response.statusCode()).isEqualTo(403);
    }
}
