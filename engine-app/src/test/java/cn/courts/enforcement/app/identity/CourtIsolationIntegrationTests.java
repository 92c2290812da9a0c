package cn.courts.enforcement.app.identity;

import cn.courts.enforcement.app.support.HttpSession;
import cn.courts.enforcement.app.support.IntegrationTestProfiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A judge of one basic court gets no tasks, cases or process instances of the other basic court: over the
 * engine REST API, over the court API, and in Tasklist (through the webapp's own session API, which is
 * what the Tasklist page calls). The higher court sees none of the basic courts' work by default.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = IntegrationTestProfiles.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CourtIsolationIntegrationTests {

    private static final String PROBE = "CourtIsolationProbe";
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
    FilterService filterService;

    private String deploymentId;
    private final List<String> futianInstances = new ArrayList<>();
    private final List<String> luohuInstances = new ArrayList<>();

    @BeforeAll
    void startWorkInBothBasicCourts() {
        deploymentId = repositoryService.createDeployment().name("isolation-test")
                .addClasspathResource("test-processes/CourtIsolationProbe.bpmn").deploy().getId();
        for (int i = 0; i < 2; i++) {
            futianInstances.add(runtimeService.startProcessInstanceByKey(PROBE, "ft-" + i, Map.of("courtId", "szft")).getId());
            luohuInstances.add(runtimeService.startProcessInstanceByKey(PROBE, "lh-" + i, Map.of("courtId", "szlh")).getId());
        }
    }

    @AfterAll
    void removeProbe() {
        repositoryService.deleteDeployment(deploymentId, true);
    }

    @Test
    void processInstancesBelongToTheirCourtsTenant() {
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PROBE).tenantIdIn("szft").count()).isEqualTo(2);
        assertThat(taskService.createTaskQuery().processDefinitionKey(PROBE).tenantIdIn("szlh").count()).isEqualTo(2);
    }

    @Test
    void judgeSeesOnlyHisCourtsTasksOverEngineRest() throws Exception {
        HttpSession futianJudge = HttpSession.basic(port, "ftjudge1", "demo");
        JsonNode tasks = body(futianJudge.get("/engine-rest/task?processDefinitionKey=" + PROBE));
        assertThat(tasks).hasSize(2);
        tasks.forEach(task -> assertThat(task.get("tenantId").asText()).isEqualTo("szft"));

        JsonNode luohuTasks = body(HttpSession.basic(port, "lhjudge1", "demo").get("/engine-rest/task?processDefinitionKey=" + PROBE));
        assertThat(luohuTasks).hasSize(2);
        luohuTasks.forEach(task -> assertThat(task.get("tenantId").asText()).isEqualTo("szlh"));
    }

    @Test
    void judgeCannotOpenAnotherCourtsTaskById() {
        String luohuTask = taskService.createTaskQuery().processInstanceId(luohuInstances.get(0)).singleResult().getId();
        HttpResponse<String> response = HttpSession.basic(port, "ftjudge1", "demo").get("/engine-rest/task/" + luohuTask);
        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void judgeSeesOnlyHisCourtsProcessInstancesAndHistory() throws Exception {
        HttpSession futianJudge = HttpSession.basic(port, "ftjudge1", "demo");
        JsonNode instances = body(futianJudge.get("/engine-rest/process-instance?processDefinitionKey=" + PROBE));
        assertThat(ids(instances)).containsExactlyInAnyOrderElementsOf(futianInstances);

        JsonNode history = body(futianJudge.get("/engine-rest/history/process-instance?processDefinitionKey=" + PROBE));
        assertThat(ids(history)).containsExactlyInAnyOrderElementsOf(futianInstances);

        JsonNode historicTasks = body(futianJudge.get("/engine-rest/history/task?processDefinitionKey=" + PROBE));
        assertThat(historicTasks).hasSize(2);
        historicTasks.forEach(task -> assertThat(task.get("tenantId").asText()).isEqualTo("szft"));
    }

    @Test
    void judgeCannotCompleteAnotherCourtsTask() {
        String luohuTask = taskService.createTaskQuery().processInstanceId(luohuInstances.get(1)).singleResult().getId();
        HttpResponse<String> response = HttpSession.basic(port, "ftjudge1", "demo")
                .postJson("/engine-rest/task/" + luohuTask + "/complete", "{}");
        assertThat(response.statusCode()).as("another court's task is not found, as /api answers for another court's case").isEqualTo(404);
        assertThat(taskService.createTaskQuery().taskId(luohuTask).count()).isEqualTo(1);
    }

    @Test
    void higherCourtSeesNoneOfTheBasicCourtsWorkByDefault() throws Exception {
        JsonNode tasks = body(HttpSession.basic(port, "zyreviewer", "demo").get("/engine-rest/task?processDefinitionKey=" + PROBE));
        assertThat(tasks).isEmpty();
        JsonNode instances = body(HttpSession.basic(port, "gyreviewer", "demo").get("/engine-rest/process-instance?processDefinitionKey=" + PROBE));
        assertThat(instances).isEmpty();
    }

    @Test
    void adminSeesEveryCourt() throws Exception {
        JsonNode instances = body(HttpSession.basic(port, "admin", "demo").get("/engine-rest/process-instance?processDefinitionKey=" + PROBE));
        assertThat(instances).hasSize(4);
    }

    @Test
    void judgeSeesOnlyHisCourtsTasksInTasklist() throws Exception {
        HttpSession tasklist = HttpSession.webapp(port, "tasklist", "ftjudge1", "demo");
        Filter courtTasks = filterService.createFilterQuery().filterName("本院待办").singleResult();
        JsonNode page = body(tasklist.postJson("/camunda/api/engine/engine/default/filter/" + courtTasks.getId() + "/list?firstResult=0&maxResults=50", "{}"));
        List<String> tenants = new ArrayList<>();
        List<String> instances = new ArrayList<>();
        page.forEach(task -> {
            tenants.add(task.get("tenantId").asText());
            instances.add(task.get("processInstanceId").asText());
        });
        // the demo cases of the court are there too; never a task of another court
        assertThat(tenants).isNotEmpty().containsOnly("szft");
        assertThat(instances).containsAll(futianInstances).doesNotContainAnyElementsOf(luohuInstances);

        JsonNode direct = body(tasklist.get("/camunda/api/engine/engine/default/task?processDefinitionKey=" + PROBE));
        assertThat(direct).hasSize(2);
    }

    @Test
    void courtApiShowsOnlyTheUsersOwnCourt() throws Exception {
        JsonNode courts = body(HttpSession.basic(port, "ftjudge1", "demo").get("/api/courts"));
        assertThat(courts).hasSize(1);
        assertThat(courts.get(0).get("id").asText()).isEqualTo("szft");
        assertThat(body(HttpSession.basic(port, "admin", "demo").get("/api/courts"))).hasSize(4);
    }

    @Test
    void apiRefusesMissingOrWrongCredentialsWithProblemDetails() throws Exception {
        HttpResponse<String> anonymous = HttpSession.anonymous(port).get("/api/me");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("application/problem+json"));
        assertThat(json.readTree(anonymous.body()).get("detail").asText()).contains("需要登录");
        assertThat(HttpSession.basic(port, "zyleader", "wrong").get("/api/me").statusCode()).isEqualTo(401);
        assertThat(HttpSession.anonymous(port).get("/engine-rest/task").statusCode()).isEqualTo(401);
    }

    private JsonNode body(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(node -> ids.add(node.get("id").asText()));
        return ids;
    }
}
