package cn.courts.enforcement.app.models;

import cn.courts.enforcement.app.support.HttpSession;
import cn.courts.enforcement.app.support.IntegrationTestProfiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.Script;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.TextAnnotation;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administrators edit the models (issue #7): a renamed task deployed as version 2 reaches new cases; invalid models
 * (engine parser, project rules) are refused and deploy nothing; a running version-1 case migrates and continues;
 * a release restart keeps an administrator's newer version. Every deployment a test makes is removed afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = IntegrationTestProfiles.class)
class ModelAdministrationIntegrationTests {

    private static final String KEY = "EnforcementCaseProcess";
    private static final String OLD_NAME = "发出执行通知书及报告财产令";
    private static final String NEW_NAME = "发出执行通知书、报告财产令及风险告知书";
    private static final AtomicInteger SEQUENCE = new AtomicInteger(86000);

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
    ManagementService managementService;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    ReleaseModels releaseModels;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTestDeployments() {
        List<String> ids = new ArrayList<>();
        for (Deployment d : repositoryService.createDeploymentQuery().list()) {
            if (ModelDeployments.ADMIN_SOURCE.equals(d.getSource()) || "test-release".equals(d.getName())) {
                ids.add(d.getId());
            }
        }
        for (Batch batch : managementService.createBatchQuery().list()) {
            managementService.deleteBatch(batch.getId(), true);
        }
        ids.forEach(id -> repositoryService.deleteDeployment(id, true));
        jdbc.update("delete from model_migration_instance");
        jdbc.update("delete from model_migration");
        ids.forEach(id -> jdbc.update("delete from model_deployment where deployment_id = ?", id));
    }

    private HttpSession admin() {
        return HttpSession.basic(port, "admin", "demo");
    }

    private ProcessDefinition latest() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).latestVersion().singleResult();
    }

    private String xmlOf(String definitionId) {
        HttpResponse<String> response = admin().get("/api/admin/models/definitions/" + definitionId + "/xml");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> deploy(String xml, String comment) throws Exception {
        ObjectNode body = json.createObjectNode().put("kind", "BPMN").put("xml", xml).put("comment", comment);
        return admin().postJson("/api/admin/models/deployments", json.writeValueAsString(body));
    }

    private String fileCase() throws Exception {
        String number = "（" + LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + "）粤0304执" + SEQUENCE.incrementAndGet() + "号";
        String filing = """
                {"caseNumber": "%s", "courtId": "szft", "amount": 5000, "judgeId": "ftjudge1",
                 "basisDocument": "（2025）粤0304民初1号民事判决书", "nonLitigation": false, "filingDate": "%s",
                 "parties": [
                   {"role": "CREDITOR", "kind": "ORGANISATION", "name": "深圳市乙贸易有限公司", "identifier": "91350100M000100Y43"},
                   {"role": "DEBTOR", "kind": "PERSON", "name": "赵某", "identifier": "11010519491231002X"}
                 ]}""".formatted(number, LocalDate.now(ZoneId.of("Asia/Shanghai")));
        HttpResponse<String> response = HttpSession.basic(port, "ftjudge1", "demo").postJson("/api/cases", filing);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body()).get("processInstanceId").asText();
    }

    private static String renamed(String xml) {
        assertThat(xml).contains("name=\"" + OLD_NAME + "\"");
        return xml.replace("name=\"" + OLD_NAME + "\"", "name=\"" + NEW_NAME + "\"");
    }

    @Test
    void aRenamedTaskDeployedAsANewVersionReachesNewCases() throws Exception {
        ProcessDefinition v1 = latest();
        JsonNode models = json.readTree(admin().get("/api/admin/models").body());
        JsonNode enforcement = null;
        for (JsonNode m : models) {
            if (KEY.equals(m.get("key").asText())) {
                enforcement = m;
            }
        }
        assertThat(enforcement).as("EnforcementCaseProcess listed").isNotNull();
        assertThat(enforcement.get("latestVersion").asInt()).isEqualTo(v1.getVersion());
        assertThat(enforcement.get("versions").get(0).get("source").asText()).isEqualTo("RELEASE");

        HttpResponse<String> response = deploy(renamed(xmlOf(v1.getId())), "按新规定更名");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode deployed = json.readTree(response.body());
        assertThat(deployed.get("version").asInt()).isEqualTo(v1.getVersion() + 1);
        assertThat(deployed.get("previousDefinitionId").asText()).isEqualTo(v1.getId());
        assertThat(latest().getVersion()).isEqualTo(v1.getVersion() + 1);

        String instance = fileCase();
        Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        assertThat(task.getName()).contains(NEW_NAME);
        assertThat(task.getProcessDefinitionId()).isEqualTo(deployed.get("definitionId").asText());
        assertThat(repositoryService.getDeploymentResourceNames(deployed.get("deploymentId").asText()))
                .anyMatch(name -> name.endsWith("EnforcementCase_IssueExecutionNotice.form"));

        JsonNode history = json.readTree(admin().get("/api/admin/models/" + KEY + "/history").body());
        assertThat(history.get(0).get("deployedBy").asText()).isEqualTo("admin");
        assertThat(history.get(0).get("source").asText()).isEqualTo("ADMIN");
        assertThat(history.get(0).get("comment").asText()).isEqualTo("按新规定更名");
        JsonNode diff = json.readTree(admin().get("/api/admin/models/" + KEY + "/diff?from=" + v1.getVersion()
                + "&to=" + (v1.getVersion() + 1)).body());
        assertThat(diff.get("renamed").toString()).contains("Task_IssueExecutionNotice", NEW_NAME);
        assertThat(diff.get("added")).isEmpty();
        assertThat(diff.get("removed")).isEmpty();

        HttpResponse<String> download = admin().get("/api/admin/models/definitions/" + deployed.get("definitionId").asText() + "/xml?download=true");
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).contains("EnforcementCaseProcess.bpmn");
        assertThat(download.body()).contains(NEW_NAME);
    }

    @Test
    void aDanglingSequenceFlowIsRefusedByTheEngineParserAndNothingIsDeployed() throws Exception {
        ProcessDefinition v1 = latest();
        long deployments = repositoryService.createDeploymentQuery().count();
        String xml = renamed(xmlOf(v1.getId())).replace("</bpmn:process>",
                "<bpmn:sequenceFlow id=\"Flow_Dangling\" sourceRef=\"Task_IssueExecutionNotice\" targetRef=\"Task_DoesNotExist\" /></bpmn:process>");

        HttpResponse<String> response = deploy(xml, null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("detail").asText()).contains("未部署");
        assertThat(problem.get("problems").toString()).contains("Task_DoesNotExist");
        assertThat(latest().getId()).isEqualTo(v1.getId());
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    @Test
    void theProjectRulesRefuseWithTheElementConcerned() throws Exception {
        ProcessDefinition v1 = latest();
        long deployments = repositoryService.createDeploymentQuery().count();
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(xmlOf(v1.getId()).getBytes(StandardCharsets.UTF_8)));
        UserTask leads = model.getModelElementById("Task_AskCreditorForLeads");
        leads.removeAttributeNs(BpmnModelConstants.CAMUNDA_NS, "candidateGroups");
        leads.setCamundaDueDate("P3D");
        Process process = model.getModelElementById(KEY);
        TextAnnotation note = model.newInstance(TextAnnotation.class, "TextAnnotation_1x2y3z4");
        process.addChildElement(note);
        ScriptTask script = model.newInstance(ScriptTask.class, "Task_Script");
        script.setScriptFormat("javascript");
        Script body = model.newInstance(Script.class);
        body.setTextContent("java.lang.System.exit(0)");
        script.setScript(body);
        process.addChildElement(script);
        String xml = Bpmn.convertToString(model);

        JsonNode validation = json.readTree(admin().postJson("/api/admin/models/validate",
                json.writeValueAsString(json.createObjectNode().put("kind", "BPMN").put("xml", xml))).body());
        assertThat(validation.get("valid").asBoolean()).isFalse();
        Map<String, String> byRule = new LinkedHashMap<>();
        validation.get("problems").forEach(p -> byRule.merge(p.get("rule").asText(), String.valueOf(p.get("elementId").asText()), (a, b) -> a + "," + b));
        assertThat(byRule.get(ModelRules.CANDIDATE_GROUP)).contains("Task_AskCreditorForLeads");
        assertThat(byRule.get(ModelRules.DUE_DATE)).contains("Task_AskCreditorForLeads");
        assertThat(byRule.get(ModelRules.GENERATED_IDS)).contains("TextAnnotation_1x2y3z4");
        assertThat(byRule.get(ModelRules.NO_SCRIPTS)).contains("Task_Script");

        HttpResponse<String> response = deploy(xml, null);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("problems").toString()).contains("候选组", "法定期间日历", "自动生成", "脚本");
        assertThat(latest().getId()).isEqualTo(v1.getId());
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    @Test
    void validatingAGoodModelDeploysNothing() throws Exception {
        ProcessDefinition v1 = latest();
        long deployments = repositoryService.createDeploymentQuery().count();
        JsonNode validation = json.readTree(admin().postJson("/api/admin/models/validate",
                json.writeValueAsString(json.createObjectNode().put("kind", "BPMN").put("xml", renamed(xmlOf(v1.getId()))))).body());
        assertThat(validation.get("valid").asBoolean()).as(validation.toString()).isTrue();
        assertThat(latest().getId()).isEqualTo(v1.getId());
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    @Test
    void aRunningVersionOneCaseMigratesToVersionTwoAndContinues() throws Exception {
        String instance = fileCase();
        ProcessDefinition v1 = latest();
        JsonNode deployed = json.readTree(deploy(renamed(xmlOf(v1.getId())), null).body());
        String v2 = deployed.get("definitionId").asText();
        String request = json.writeValueAsString(Map.of("sourceDefinitionId", v1.getId(), "targetDefinitionId", v2,
                "processInstanceIds", List.of(instance)));

        JsonNode plan = json.readTree(admin().postJson("/api/admin/migrations/plan", request).body());
        assertThat(plan.get("valid").asBoolean()).as(plan.toString()).isTrue();
        assertThat(plan.get("instanceCount").asInt()).isEqualTo(1);
        assertThat(plan.get("instructions").toString()).contains("Task_IssueExecutionNotice");

        HttpResponse<String> started = admin().postJson("/api/admin/migrations", request);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String batchId = json.readTree(started.body()).get("batchId").asText();
        runBatch(batchId);

        JsonNode progress = json.readTree(admin().get("/api/admin/migrations/" + batchId).body());
        assertThat(progress.get("finished").asBoolean()).as(progress.toString()).isTrue();
        assertThat(progress.get("migrated").asInt()).isEqualTo(1);
        assertThat(progress.get("failed").asInt()).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult().getProcessDefinitionId())
                .isEqualTo(v2);

        Task notice = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        assertThat(notice.getTaskDefinitionKey()).isEqualTo("Task_IssueExecutionNotice");
        taskService.complete(notice.getId());
        Task next = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_AskCreditorForLeads").singleResult();
        assertThat(next).as("the case continues on version 2").isNotNull();
        assertThat(next.getProcessDefinitionId()).isEqualTo(v2);
    }

    @Test
    void aPlanThatLeavesWaitingInstancesUnmappedIsRefusedAndMigratesNothing() throws Exception {
        String instance = fileCase();
        ProcessDefinition v1 = latest();
        // version 2 renames the id of the task the case waits at: no instruction can map it
        String xml = xmlOf(v1.getId()).replace("Task_IssueExecutionNotice", "Task_IssueNoticeAndOrder");
        HttpResponse<String> deployedResponse = deploy(xml, null);
        assertThat(deployedResponse.statusCode()).as(deployedResponse.body()).isEqualTo(201);
        JsonNode deployed = json.readTree(deployedResponse.body());
        assertThat(deployed.get("addedElementIds").toString()).contains("Task_IssueNoticeAndOrder");
        assertThat(deployed.get("removedElementIds").toString()).contains("Task_IssueExecutionNotice");
        String request = json.writeValueAsString(Map.of("sourceDefinitionId", v1.getId(),
                "targetDefinitionId", deployed.get("definitionId").asText(), "processInstanceIds", List.of(instance)));

        JsonNode plan = json.readTree(admin().postJson("/api/admin/migrations/plan", request).body());
        assertThat(plan.get("valid").asBoolean()).isFalse();
        assertThat(plan.get("unmappedActivities").toString()).contains("Task_IssueExecutionNotice");

        HttpResponse<String> refused = admin().postJson("/api/admin/migrations", request);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json.readTree(refused.body()).get("detail").asText()).contains("Task_IssueExecutionNotice", "未迁移");
        assertThat(managementService.createBatchQuery().count()).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult().getProcessDefinitionId())
                .isEqualTo(v1.getId());
    }

    @Test
    void aModelResavedWithoutChangesIsNotANewVersion() throws Exception {
        ProcessDefinition v1 = latest();
        // as another modeler would save it: no indentation, another exporter
        String resaved = xmlOf(v1.getId()).replaceAll(">\\s+<", "><")
                .replaceFirst("exporter=\"[^\"]*\"", "exporter=\"bpmn-js (court admin page)\"");
        HttpResponse<String> response = deploy(resaved, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("detail").asText()).contains("相同", "未部署");
        assertThat(latest().getId()).isEqualTo(v1.getId());
    }

    @Test
    void onlyAdministratorsMayEditModels() throws Exception {
        int before = latest().getVersion();
        HttpSession judge = HttpSession.basic(port, "ftjudge1", "demo");
        assertThat(judge.get("/api/admin/models").statusCode()).isEqualTo(403);
        HttpResponse<String> response = judge.postJson("/api/admin/models/deployments",
                json.writeValueAsString(json.createObjectNode().put("kind", "BPMN").put("xml", renamed(xmlOf(latest().getId())))));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(latest().getVersion()).isEqualTo(before);
    }

    @Test
    void aMalformedRequestIsA400AndAnUnknownModelA409() throws Exception {
        HttpResponse<String> empty = admin().postJson("/api/admin/models/deployments", "{\"kind\": \"BPMN\"}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("xml");
        String unknown = xmlOf(latest().getId()).replace("id=\"EnforcementCaseProcess\"", "id=\"SomeNewProcess\"")
                .replace("bpmnElement=\"EnforcementCaseProcess\"", "bpmnElement=\"SomeNewProcess\"");
        HttpResponse<String> conflict = deploy(unknown, null);
        assertThat(conflict.statusCode()).as(conflict.body()).isEqualTo(409);
    }

    @Test
    void aRestartWithAnUnchangedReleaseKeepsTheAdministratorsVersion() throws Exception {
        ProcessDefinition v1 = latest();
        JsonNode deployed = json.readTree(deploy(renamed(xmlOf(v1.getId())), null).body());
        long deployments = repositoryService.createDeploymentQuery().count();

        releaseModels.postProcessEngineBuild(processEngine);

        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(latest().getId()).isEqualTo(deployed.get("definitionId").asText());
    }

    @Test
    void aChangedReleaseComesAfterTheAdministratorsVersionAndSaysSo() throws Exception {
        ProcessDefinition v1 = latest();
        String adminVersion = json.readTree(deploy(renamed(xmlOf(v1.getId())), null).body()).get("definitionId").asText();
        // the release's process and its forms only, under a test deployment name (removed afterwards)
        Map<String, byte[]> release = new java.util.TreeMap<>(ReleaseModels.releaseResources());
        release.keySet().removeIf(name -> !name.equals("bpmn/EnforcementCaseProcess.bpmn") && !name.endsWith(".form"));
        String changed = new String(release.get("bpmn/EnforcementCaseProcess.bpmn"), StandardCharsets.UTF_8)
                .replace("name=\"" + OLD_NAME + "\"", "name=\"发出执行通知书（发布版）\"");
        release.put("bpmn/EnforcementCaseProcess.bpmn", changed.getBytes(StandardCharsets.UTF_8));

        releaseModels.deploy(repositoryService, release, "test-release");

        ProcessDefinition now = latest();
        assertThat(now.getVersion()).isEqualTo(v1.getVersion() + 2);
        JsonNode history = json.readTree(admin().get("/api/admin/models/" + KEY + "/history").body());
        assertThat(history.get(0).get("source").asText()).isEqualTo("RELEASE");
        assertThat(history.get(0).get("supersedes").asText()).isEqualTo(adminVersion);
        assertThat(history.get(1).get("source").asText()).isEqualTo("ADMIN");
    }

    /** The migration batch as the job executor would run it: seed job, migration jobs, monitor job. */
    private void runBatch(String batchId) {
        Batch batch = managementService.createBatchQuery().batchId(batchId).singleResult();
        for (String definition : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
                batch.getMonitorJobDefinitionId())) {
            for (Job job : managementService.createJobQuery().jobDefinitionId(definition).list()) {
                managementService.executeJob(job.getId());
            }
        }
    }
}
