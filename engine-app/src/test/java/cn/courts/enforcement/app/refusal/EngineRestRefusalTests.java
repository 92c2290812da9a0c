package cn.courts.enforcement.app.refusal;

import cn.courts.enforcement.app.enforcement.EnforcementCaseProcess;
import cn.courts.enforcement.app.enforcement.EnforcementCaseRepository;
import cn.courts.enforcement.app.platform.CourtClock;
import cn.courts.enforcement.app.support.HttpSession;
import cn.courts.enforcement.app.support.IntegrationTestProfiles;
import cn.courts.enforcement.app.web.Refusals;
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
import org.springframework.test.context.ActiveProfiles;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Refusals on {@code /engine-rest} (and Tasklist's engine API) are statuses with a Chinese problem document, never a
 * 500: a completion a rule refuses is 422 with the rule's code and citation, through {@code complete} and
 * {@code submit-form} alike; a malformed value is 400 listing the field; another court's task is 404 (as {@code /api}
 * answers for another court's case); the loser of two users completing or claiming the same task at the same moment
 * gets 409. The task stays as it was after every refusal.
 *
 * <p>The court API ({@code /api}) completes no user task (its actions correlate messages and start processes), so the
 * task refusals are checked on the engine's REST APIs only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = IntegrationTestProfiles.class)
class EngineRestRefusalTests {

    /** The form field of the execution notice's service date (the wire name Tasklist submits). */
    private static final String NOTICE_SERVED_ON = "noticeServedOn";
    private static final int ROUNDS = 20;

    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;
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

    // --- a rule refuses ---

    @Test
    void aFutureServiceDateIsRefusedWith422AndTheRuleThroughEveryPath() throws Exception {
        HttpSession judge = HttpSession.basic(port, "ftjudge1", "demo");
        Task task = newExecutionNoticeTask(judge);
        LocalDate tomorrow = clock.today().plusDays(1);
        String body = noticeServedOn(tomorrow.toString());

        List<HttpResponse<String>> answers = List.of(
                judge.postJson("/engine-rest/task/" + task.getId() + "/submit-form", body),
                judge.postJson("/engine-rest/task/" + task.getId() + "/complete", body),
                HttpSession.webapp(port, "tasklist", "ftjudge1", "demo")
                        .postJson("/camunda/api/engine/engine/default/task/" + task.getId() + "/submit-form", body));
        for (HttpResponse<String> answer : answers) {
            assertThat(answer.statusCode()).as(answer.uri() + ": " + answer.body()).isEqualTo(422);
            JsonNode problem = problem(answer);
            assertThat(problem.path("detail").asText()).contains("执行通知书送达日期", "晚于今天");
            assertThat(problem.path("message").asText()).isEqualTo(problem.path("detail").asText());
            assertThat(problem.path("rule").asText()).isNotBlank();
            assertThat(problem.path("citation").asText()).isNotBlank();
            assertThat(answer.body()).doesNotContain("Cannot submit task form", "Cannot complete task", task.getId());
        }
        assertUnchanged(task);
    }

    @Test
    void aDateThatIsNotADateIsRefusedWith400NamingTheField() throws Exception {
        HttpSession judge = HttpSession.basic(port, "ftjudge1", "demo");
        Task task = newExecutionNoticeTask(judge);
        for (String path : List.of("/submit-form", "/complete")) {
            HttpResponse<String> answer = judge.postJson("/engine-rest/task/" + task.getId() + path, noticeServedOn("明天上午"));
            assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(400);
            JsonNode problem = problem(answer);
            List<String> fields = new ArrayList<>();
            problem.path("errors").forEach(e -> {
                fields.add(e.path("field").asText());
                assertThat(e.path("message").asText()).containsPattern("\\p{IsHan}");
            });
            assertThat(fields).containsExactly(NOTICE_SERVED_ON);
            assertThat(answer.body()).doesNotContain("Cannot submit task form", "Cannot complete task");
        }
        assertUnchanged(task);
    }

    // --- another court's task ---

    @Test
    void anotherCourtsTaskIsNotFoundAndStaysAsItWas() throws Exception {
        Task task = newExecutionNoticeTask(HttpSession.basic(port, "ftjudge1", "demo"));
        HttpSession luohu = HttpSession.basic(port, "lhjudge1", "demo");
        String today = noticeServedOn(clock.today().toString());
        List<HttpResponse<String>> answers = List.of(
                luohu.postJson("/engine-rest/task/" + task.getId() + "/claim", "{\"userId\": \"lhjudge1\"}"),
                luohu.postJson("/engine-rest/task/" + task.getId() + "/unclaim", "{}"),
                luohu.postJson("/engine-rest/task/" + task.getId() + "/assignee", "{\"userId\": \"lhjudge1\"}"),
                luohu.postJson("/engine-rest/task/" + task.getId() + "/complete", today),
                luohu.postJson("/engine-rest/task/" + task.getId() + "/submit-form", today),
                HttpSession.webapp(port, "tasklist", "lhjudge1", "demo")
                        .postJson("/camunda/api/engine/engine/default/task/" + task.getId() + "/submit-form", today));
        for (HttpResponse<String> answer : answers) {
            assertThat(answer.statusCode()).as(answer.uri() + ": " + answer.body()).isEqualTo(404);
            assertThat(answer.body()).doesNotContain("ENGINE-13034", "tenant");
            assertThat(problem(answer).path("detail").asText()).containsPattern("\\p{IsHan}");
        }
        assertUnchanged(task);
    }

    // --- two users at the same moment ---

    @Test
    void twoJudgesCompletingTheSameTaskAtOnceGetOne204AndOne409EveryRound() throws Exception {
        HttpSession first = HttpSession.basic(port, "ftjudge1", "demo");
        HttpSession second = HttpSession.basic(port, "ftjudge2", "demo");
        String today = noticeServedOn(clock.today().toString());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Task task = newExecutionNoticeTask(first);
                String path = "/engine-rest/task/" + task.getId() + (round % 2 == 0 ? "/complete" : "/submit-form");
                List<HttpResponse<String>> answers = race(pool, session -> session.postJson(path, today), first, second);
                assertOneWonOneConflict(round, answers, 204, Refusals.CHANGED_BY_SOMEONE_ELSE);
                assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isZero();
                assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(task.getProcessInstanceId())
                        .taskDefinitionKey(EnforcementCaseProcess.Elements.ISSUE_EXECUTION_NOTICE).finished().count())
                        .as("completed once").isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoJudgesClaimingTheSameTaskAtOnceGetOne204AndOne409EveryRound() throws Exception {
        HttpSession first = HttpSession.basic(port, "ftjudge1", "demo");
        HttpSession second = HttpSession.basic(port, "ftjudge2", "demo");
        Task task = newExecutionNoticeTask(first);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                taskService.setAssignee(task.getId(), null);
                List<HttpResponse<String>> answers = race(pool, session -> session.postJson(
                        "/engine-rest/task/" + task.getId() + "/claim",
                        "{\"userId\": \"" + (session == first ? "ftjudge1" : "ftjudge2") + "\"}"), first, second);
                int winner = answers.get(0).statusCode() == 204 ? 0 : 1;
                assertOneWonOneConflict(round, answers, 204, null);
                assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee())
                        .isEqualTo(winner == 0 ? "ftjudge1" : "ftjudge2");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // --- helpers ---

    /** Sends the two requests at the same moment; the answers in the order of the sessions. */
    private static List<HttpResponse<String>> race(ExecutorService pool, Function<HttpSession, HttpResponse<String>> call,
                                                   HttpSession... sessions) throws Exception {
        CyclicBarrier start = new CyclicBarrier(sessions.length);
        List<Future<HttpResponse<String>>> futures = new ArrayList<>();
        for (HttpSession session : sessions) {
            futures.add(pool.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return call.apply(session);
            }));
        }
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (Future<HttpResponse<String>> future : futures) {
            answers.add(future.get(60, TimeUnit.SECONDS));
        }
        return answers;
    }

    private void assertOneWonOneConflict(int round, List<HttpResponse<String>> answers, int success, String conflictText)
            throws Exception {
        List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).toList();
        assertThat(statuses).as("round " + round + ": " + answers.stream().map(HttpResponse::body).toList())
                .containsExactlyInAnyOrder(success, 409);
        HttpResponse<String> loser = answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow();
        String detail = problem(loser).path("detail").asText();
        if (conflictText != null) {
            assertThat(detail).isEqualTo(conflictText);
        } else {
            assertThat(detail).isIn(Refusals.CHANGED_BY_SOMEONE_ELSE, "该任务已被他人认领，请刷新后重试");
        }
    }

    private JsonNode problem(HttpResponse<String> answer) throws Exception {
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(answer.body())
                .startsWith("application/problem+json");
        JsonNode problem = json.readTree(answer.body());
        assertThat(problem.path("status").asInt()).isEqualTo(answer.statusCode());
        assertThat(problem.path("detail").asText()).containsPattern("\\p{IsHan}");
        return problem;
    }

    /** The task is open, still the first judge's, and nothing of the refused steps was written. */
    private void assertUnchanged(Task task) {
        Task now = taskService.createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(now).as("the task is still open").isNotNull();
        assertThat(now.getAssignee()).isEqualTo(task.getAssignee());
        assertThat(runtimeService.getVariable(task.getProcessInstanceId(), NOTICE_SERVED_ON)).isNull();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .variableName(NOTICE_SERVED_ON).count()).isZero();
        assertThat(taskService.createTaskQuery().processInstanceId(task.getProcessInstanceId()).list())
                .extracting(Task::getTaskDefinitionKey).containsExactly(EnforcementCaseProcess.Elements.ISSUE_EXECUTION_NOTICE);
    }

    /** Files a case of the 福田 court for ftjudge1 over the court API; its first task, 发出执行通知书. */
    private Task newExecutionNoticeTask(HttpSession judge) throws Exception {
        LocalDate today = clock.today();
        String number;
        do {
            number = "（" + today.getYear() + "）粤0304执" + ThreadLocalRandom.current().nextInt(100_000, 999_999) + "号";
        } while (cases.existsByCaseNumber(number));
        HttpResponse<String> filed = judge.postJson("/api/cases", """
                {"caseNumber": "%s", "courtId": "szft", "amount": 125000.50, "judgeId": "ftjudge1",
                 "basisDocument": "（2025）粤0304民初5678号民事判决书", "nonLitigation": false, "filingDate": "%s",
                 "parties": [
                   {"role": "CREDITOR", "kind": "ORGANISATION", "name": "深圳市甲科技有限公司", "identifier": "91350100M000100Y43"},
                   {"role": "DEBTOR", "kind": "PERSON", "name": "王某", "identifier": "11010519491231002X"}
                 ]}""".formatted(number, today));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        String instanceId = json.readTree(filed.body()).get("processInstanceId").asText();
        Task task = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(EnforcementCaseProcess.Elements.ISSUE_EXECUTION_NOTICE);
        assertThat(task.getAssignee()).isEqualTo("ftjudge1");
        return task;
    }

    private static String noticeServedOn(String value) {
        return "{\"variables\": {\"" + NOTICE_SERVED_ON + "\": {\"value\": \"" + value + "\", \"type\": \"String\"}}}";
    }
}
