package cn.courts.enforcement.app.refusal;

import cn.courts.enforcement.app.support.HttpSession;
import cn.courts.enforcement.app.support.IntegrationTestProfiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No process is started by hand: for each of the seven models and each court role (judge, reviewer, leader, command
 * centre, in a basic, the intermediate and the high court) and the administrator, {@code POST
 * /engine-rest/process-definition/key/{key}/start} and {@code .../submit-form} answer 403 with a Chinese problem
 * document, and no instance of the model is created. The definitions are shared (deployed without a tenant) and every
 * court role may read them, so the refusal is the missing permission (403), not a hidden definition; the
 * tenant-specific address answers 404, since no definition belongs to a court. Tasklist's 发起流程 lists nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = IntegrationTestProfiles.class)
class ProcessesAreNotStartableByHandTests {

    static final List<String> PROCESS_KEYS = List.of("EnforcementCaseProcess", "TerminationApprovalProcess",
            "TerminatedCaseMonitoringProcess", "DishonestListingProcess", "ListingReconsiderationProcess",
            "SupervisionProcess", "DeadlineWatchProcess");
    /** A member of each court role, in each level of court that has one; and the administrator. */
    static final List<String> USERS = List.of("ftjudge1", "ftreviewer", "ftleader", "ftcommand", "lhjudge2",
            "zyreviewer", "zyleader", "zycommand", "gyreviewer", "gyleader", "admin");

    /** What a start by hand brings: a court, a case number, as the walk-around did. */
    private static final String START_BODY = """
            {"businessKey": "（2026）粤0304执1号",
             "variables": {"courtId": {"value": "szft", "type": "String"},
                           "caseNumber": {"value": "（2026）粤0304执1号", "type": "String"},
                           "caseId": {"value": 1, "type": "Long"}}}""";
    private static final String FORM_BODY = """
            {"businessKey": "（2026）粤0304执1号",
             "variables": {"courtId": {"value": "szft", "type": "String"}}}""";

    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    HistoryService historyService;
    @Autowired
    RepositoryService repositoryService;

    static Stream<Arguments> processKeys() {
        return PROCESS_KEYS.stream().map(Arguments::of);
    }

    @Test
    void theSevenModelsAreDeployedAndNoneIsStartableInTasklist() {
        PROCESS_KEYS.forEach(key -> {
            var definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
            assertThat(definition).as(key).isNotNull();
            assertThat(definition.isStartableInTasklist()).as(key).isFalse();
            assertThat(definition.getTenantId()).as("shared definition " + key).isNull();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("processKeys")
    void noRoleStartsTheProcessOverEngineRest(String key) throws Exception {
        long before = instances(key);
        for (String user : USERS) {
            HttpSession session = HttpSession.basic(port, user, "demo");
            // the definition is visible to the role: the refusal is about starting, not about seeing
            assertThat(session.get("/engine-rest/process-definition/key/" + key).statusCode()).as(user).isEqualTo(200);
            for (String path : List.of("/start", "/submit-form")) {
                String body = path.equals("/start") ? START_BODY : FORM_BODY;
                HttpResponse<String> response = session.postJson("/engine-rest/process-definition/key/" + key + path, body);
                assertThat(response.statusCode()).as(user + " " + key + path + ": " + response.body()).isEqualTo(403);
                assertChineseProblem(response);
            }
            String definitionId = json.readTree(session.get("/engine-rest/process-definition/key/" + key).body()).get("id").asText();
            HttpResponse<String> byId = session.postJson("/engine-rest/process-definition/" + definitionId + "/start", START_BODY);
            assertThat(byId.statusCode()).as(user + " " + key + " by id: " + byId.body()).isEqualTo(403);
            assertChineseProblem(byId);
        }
        assertThat(instances(key)).as("no instance of " + key + " created").isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("processKeys")
    void theTenantAddressFindsNoDefinitionOfACourt(String key) {
        long before = instances(key);
        for (String user : List.of("ftjudge1", "ftreviewer", "admin")) {
            HttpSession session = HttpSession.basic(port, user, "demo");
            for (String path : List.of("/start", "/submit-form")) {
                HttpResponse<String> response = session.postJson(
                        "/engine-rest/process-definition/key/" + key + "/tenant-id/szft" + path, START_BODY);
                assertThat(response.statusCode()).as(user + " " + key + path + ": " + response.body()).isEqualTo(404);
            }
        }
        assertThat(instances(key)).isEqualTo(before);
    }

    @Test
    void tasklistOffersAJudgeNothingToStart() throws Exception {
        for (String user : List.of("ftjudge1", "ftreviewer", "ftleader", "ftcommand")) {
            HttpSession session = HttpSession.basic(port, user, "demo");
            HttpResponse<String> startable = session.get("/engine-rest/process-definition?startableInTasklist=true");
            assertThat(startable.statusCode()).isEqualTo(200);
            assertThat(json.readTree(startable.body())).as(user).isEmpty();
            // what Tasklist's 发起流程 asks, through its own engine API
            HttpResponse<String> tasklist = HttpSession.webapp(port, "tasklist", user, "demo").get(
                    "/camunda/api/engine/engine/default/process-definition?latest=true&active=true"
                            + "&startableInTasklist=true&startablePermissionCheck=true&firstResult=0&maxResults=15");
            assertThat(tasklist.statusCode()).isEqualTo(200);
            assertThat(json.readTree(tasklist.body())).as(user).isEmpty();
            HttpResponse<String> permitted = session.get("/engine-rest/process-definition?startablePermissionCheck=true");
            assertThat(json.readTree(permitted.body())).as(user + ": no definition it may start").isEmpty();
        }
    }

    @Test
    void tasklistRefusesAStartThroughItsOwnEngineApi() throws Exception {
        long before = instances("TerminationApprovalProcess");
        HttpResponse<String> response = HttpSession.webapp(port, "tasklist", "ftjudge1", "demo").postJson(
                "/camunda/api/engine/engine/default/process-definition/key/TerminationApprovalProcess/submit-form", FORM_BODY);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertChineseProblem(response);
        assertThat(instances("TerminationApprovalProcess")).isEqualTo(before);
    }

    private void assertChineseProblem(HttpResponse<String> response) throws Exception {
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(403);
        assertThat(problem.path("detail").asText()).containsPattern("\\p{IsHan}");
        assertThat(problem.path("message").asText()).isEqualTo(problem.path("detail").asText());
        assertThat(response.body()).doesNotContain("Exception", "ENGINE-");
    }

    private long instances(String key) {
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(key).count();
    }
}
