package cn.courts.enforcement.app.networksearch;

import cn.courts.enforcement.app.support.HttpSession;
import cn.courts.enforcement.app.support.IntegrationTestProfiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.runtime.Incident;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo's network-search simulator is a real external-task worker: it logs in to the app's own
 * {@code /engine-rest} as the worker user, serves every court, answers from the case number and turns a
 * failing search into retries and finally an incident. Runs against a test-only model with the same
 * external task as EnforcementCaseProcess ({@code test-processes/NetworkSearchProbe.bpmn}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = IntegrationTestProfiles.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkSearchWorkerIntegrationTests {

    private static final String PROBE = "NetworkSearchProbe";
    private static final String SEARCH_TASK = "Task_NetworkAssetSearch";
    private static final Duration WORKER_ANSWERS_WITHIN = Duration.ofSeconds(20);

    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ExternalTaskService externalTaskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    IdentityService identityService;
    @Autowired
    NetworkSearchWorkerCredentials credentials;
    @Autowired
    NetworkSearchWorkerAccount account;
    @Autowired
    NetworkSearchSimulator simulator;

    private String deploymentId;

    @BeforeAll
    void deployProbe() {
        deploymentId = repositoryService.createDeployment().name("network-search-test")
                .addClasspathResource("test-processes/NetworkSearchProbe.bpmn").deploy().getId();
    }

    @AfterAll
    void removeProbe() {
        repositoryService.deleteDeployment(deploymentId, true);
    }

    @Test
    void simulatorAnswersTheSearchesOfEveryCourtOverTheEngineRestApi() throws Exception {
        String futian = start("szft", "（2026）粤0304执1231号", false);
        String luohu = start("szlh", "（2026）粤0303执1235号", false);

        await().atMost(WORKER_ANSWERS_WITHIN).until(() -> searchAnswered(futian) && searchAnswered(luohu));

        JsonNode deposit = json.readTree((String) runtimeService.getVariable(futian, NetworkSearchTopic.VARIABLE_FINDINGS));
        assertThat(deposit).hasSize(1);
        assertThat(deposit.get(0).get("kind").asText()).isEqualTo("DEPOSIT");
        assertThat(deposit.get(0).get("description").asText()).contains("6222****1231");
        assertThat(deposit.get(0).get("estimatedValue").decimalValue()).isEqualByComparingTo("86420.35");
        assertThat(runtimeService.getVariable(luohu, NetworkSearchTopic.VARIABLE_FINDINGS)).isEqualTo("[]");

        // answered by the simulator through REST, not by some in-process shortcut
        for (String instance : List.of(futian, luohu)) {
            assertThat(historyService.createHistoricExternalTaskLogQuery().processInstanceId(instance).successLog()
                    .singleResult().getWorkerId()).isEqualTo(simulator.workerId());
            assertThat(taskService.createTaskQuery().processInstanceId(instance).singleResult().getTaskDefinitionKey())
                    .isEqualTo("Task_ReviewSearchResults");
        }
    }

    @Test
    void failingSearchIsRetriedAndEndsAsAnIncidentWithTheFailureMessage() {
        String instance = start("szft", "（2026）粤0304执1241号（故障）", false);

        // the worker's own failure path: first failure leaves two retries and locks the task for a minute
        ExternalTask failed = await().atMost(WORKER_ANSWERS_WITHIN)
                .until(() -> searchTask(instance), task -> task != null && task.getRetries() != null);
        assertThat(failed.getRetries()).isEqualTo(2);
        assertThat(failed.getErrorMessage()).isEqualTo("网络查控系统无响应");
        assertThat(failed.getWorkerId()).isEqualTo(simulator.workerId());
        assertThat(failed.getLockExpirationTime()).isAfter(new Date(System.currentTimeMillis() + 45_000));
        assertThat(externalTaskService.getExternalTaskErrorDetails(failed.getId())).contains("（2026）粤0304执1241号（故障）");
        assertThat(runtimeService.createIncidentQuery().processInstanceId(instance).count()).isZero();
        assertThat(runtimeService.getVariable(instance, NetworkSearchTopic.VARIABLE_FINDINGS)).isNull();

        // the last attempt, driven through the engine instead of waiting two minutes for the worker
        externalTaskService.handleFailure(failed.getId(), failed.getWorkerId(), failed.getErrorMessage(),
                externalTaskService.getExternalTaskErrorDetails(failed.getId()), 0, 0);

        Incident incident = runtimeService.createIncidentQuery().processInstanceId(instance).singleResult();
        assertThat(incident.getIncidentType()).isEqualTo(Incident.EXTERNAL_TASK_HANDLER_TYPE);
        assertThat(incident.getIncidentMessage()).isEqualTo("网络查控系统无响应");
        assertThat(incident.getActivityId()).isEqualTo(SEARCH_TASK);
        assertThat(incident.getTenantId()).isEqualTo("szft");
        assertThat(runtimeService.getVariable(instance, NetworkSearchTopic.VARIABLE_FINDINGS)).isNull();
    }

    @Test
    void simulateFailureVariableMakesAnOrdinaryCaseFail() {
        String instance = start("szlh", "（2026）粤0303执1251号", true);
        ExternalTask failed = await().atMost(WORKER_ANSWERS_WITHIN)
                .until(() -> searchTask(instance), task -> task != null && task.getRetries() != null);
        assertThat(failed.getRetries()).isEqualTo(2);
        assertThat(failed.getErrorMessage()).isEqualTo("网络查控系统无响应");
    }

    @Test
    void workerSeesTheSearchesOfBothCourtsWhileAJudgeSeesOnlyHisCourts() throws Exception {
        // failing searches stay open (locked for a minute after the worker's first failure) to be listed
        String futian = start("szft", "（2026）粤0304执1261号（故障）", false);
        String luohu = start("szlh", "（2026）粤0303执1261号（故障）", false);
        await().atMost(WORKER_ANSWERS_WITHIN).until(() -> failedOnce(futian) && failedOnce(luohu));

        String password = credentials.password().orElseThrow();
        JsonNode workerView = body(HttpSession.basic(port, NetworkSearchTopic.WORKER_USER_ID, password)
                .get("/engine-rest/external-task?topicName=" + NetworkSearchTopic.TOPIC + "&processDefinitionKey=" + PROBE));
        assertThat(instanceIds(workerView)).contains(futian, luohu);
        assertThat(tenantIds(workerView)).contains("szft", "szlh");

        JsonNode judgeView = body(HttpSession.basic(port, "ftjudge1", "demo")
                .get("/engine-rest/external-task?topicName=" + NetworkSearchTopic.TOPIC + "&processDefinitionKey=" + PROBE));
        assertThat(instanceIds(judgeView)).contains(futian).doesNotContain(luohu);
        assertThat(tenantIds(judgeView)).containsOnly("szft");
    }

    @Test
    void workerIsMemberOfEveryCourtAndJoinsACourtRegisteredLater() {
        assertThat(identityService.createTenantQuery().userMember(NetworkSearchTopic.WORKER_USER_ID).count())
                .isEqualTo(identityService.createTenantQuery().count());

        Tenant court = identityService.newTenant("nstest");
        court.setName("网络查控测试法院");
        identityService.saveTenant(court);
        try {
            account.ensureMemberOfEveryCourt();
            account.ensureMemberOfEveryCourt();
            assertThat(identityService.createTenantQuery().userMember(NetworkSearchTopic.WORKER_USER_ID)
                    .tenantId("nstest").count()).isEqualTo(1);
        } finally {
            identityService.deleteTenant("nstest");
        }
    }

    @Test
    void workerUserIsATechnicalAccountWithoutTasklistAccess() {
        assertThat(identityService.createGroupQuery().groupMember(NetworkSearchTopic.WORKER_USER_ID).list())
                .singleElement().satisfies(group -> {
                    assertThat(group.getId()).isEqualTo(NetworkSearchTopic.WORKER_GROUP_ID);
                    assertThat(group.getType()).isEqualTo("SYSTEM");
                });
        // not checkPassword("demo"): a wrong password would lock the worker out for a few seconds
        assertThat(credentials.password()).hasValueSatisfying(password -> assertThat(password).isNotEqualTo("demo").hasSizeGreaterThan(20));
        HttpResponse<String> tasks = HttpSession.basic(port, NetworkSearchTopic.WORKER_USER_ID, credentials.password().orElseThrow())
                .get("/engine-rest/task");
        assertThat(tasks.statusCode()).isEqualTo(200);
        assertThat(tasks.body()).isEqualTo("[]");
    }

    private String start(String courtId, String caseNumber, boolean simulateFailure) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("courtId", courtId);
        variables.put(NetworkSearchTopic.VARIABLE_CASE_NUMBER, caseNumber);
        if (simulateFailure) {
            variables.put(NetworkSearchSimulator.VARIABLE_SIMULATE_FAILURE, true);
        }
        return runtimeService.startProcessInstanceByKey(PROBE, caseNumber, variables).getId();
    }

    private ExternalTask searchTask(String instance) {
        return externalTaskService.createExternalTaskQuery().processInstanceId(instance).activityId(SEARCH_TASK).singleResult();
    }

    private boolean searchAnswered(String instance) {
        return searchTask(instance) == null
                && taskService.createTaskQuery().processInstanceId(instance).count() == 1;
    }

    private boolean failedOnce(String instance) {
        ExternalTask task = searchTask(instance);
        return task != null && task.getRetries() != null;
    }

    private JsonNode body(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static List<String> instanceIds(JsonNode tasks) {
        List<String> ids = new ArrayList<>();
        tasks.forEach(task -> ids.add(task.get("processInstanceId").asText()));
        return ids;
    }

    private static List<String> tenantIds(JsonNode tasks) {
        List<String> ids = new ArrayList<>();
        tasks.forEach(task -> ids.add(task.get("tenantId").asText()));
        return ids;
    }
}
