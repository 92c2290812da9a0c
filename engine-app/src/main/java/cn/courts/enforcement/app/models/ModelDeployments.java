package cn.courts.enforcement.app.models;

import cn.courts.enforcement.app.web.ConflictException;
import cn.courts.enforcement.app.web.NotFoundException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ResourceDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DmnElement;
import org.camunda.bpm.model.xml.ModelException;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The administrators' model work (docs/admin-guide.md): the deployed definitions and their versions, validation by
 * the engine's own parser and {@link ModelRules}, deployment of a new version, history and the difference between
 * two versions. One of the seams around the engine's API (docs/architecture.md, "Frozen engine").
 */
@Service
public class ModelDeployments {

    /** Deployment source of the administrators' deployments; {@link ReleaseModels#SOURCE} for the release's. */
    public static final String ADMIN_SOURCE = "court-admin";

    private static final Logger log = LoggerFactory.getLogger(ModelDeployments.class);

    /** @param supersedes for a release's version deployed after an administrator's: that version's definition id */
    public record Version(String definitionId, int version, String deploymentId, Instant deployedAt, String deployedBy,
                          String source, String comment, String supersedes, long runningInstances) {
    }

    public record Model(ModelKind kind, String key, String name, String resourceName, int latestVersion,
                        List<Version> versions) {
    }

    public record Validation(boolean valid, List<ModelProblem> problems) {
    }

    public record Deployed(String deploymentId, String definitionId, String key, int version, String previousDefinitionId,
                           List<String> addedElementIds, List<String> removedElementIds, long runningInstancesOfPrevious) {
    }

    public record Element(String id, String type, String name) {
    }

    public record Renamed(String id, String type, String fromName, String toName) {
    }

    public record Diff(int from, int to, List<Element> added, List<Element> removed, List<Renamed> renamed) {
    }

    /** Refused: the problems say why; nothing was deployed. */
    public static class ModelRejectedException extends RuntimeException {
        private final transient List<ModelProblem> problems;
        private final String detailZh;

        ModelRejectedException(String detailZh, List<ModelProblem> problems) {
            super("model refused: " + problems.stream().map(p -> p.rule() + "@" + p.elementId() + ": " + p.message()).toList());
            this.detailZh = detailZh;
            this.problems = List.copyOf(problems);
        }

        public List<ModelProblem> problems() {
            return problems;
        }

        public String detailZh() {
            return detailZh;
        }
    }

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final ModelRecords records;
    private final TransactionTemplate transactions;
    private final ObjectMapper json;
    private final Clock clock;

    ModelDeployments(RepositoryService repository, RuntimeService runtime, ModelRecords records,
                     PlatformTransactionManager transactionManager, ObjectMapper json) {
        this.repository = repository;
        this.runtime = runtime;
        this.records = records;
        this.transactions = new TransactionTemplate(transactionManager);
        this.json = json;
        this.clock = Clock.systemUTC();
    }

    // ---- what is deployed

    public List<Model> models() {
        Map<String, ModelRecords.DeploymentRecord> recorded = records.allDeployments();
        Map<String, Deployment> deployments = new java.util.HashMap<>();
        List<Model> models = new ArrayList<>();
        Map<String, List<ProcessDefinition>> processes = repository.createProcessDefinitionQuery().list().stream()
                .collect(Collectors.groupingBy(ProcessDefinition::getKey, TreeMap::new, Collectors.toList()));
        processes.forEach((key, definitions) -> models.add(model(ModelKind.BPMN, definitions, recorded, deployments)));
        Map<String, List<DecisionDefinition>> decisions = repository.createDecisionDefinitionQuery().list().stream()
                .collect(Collectors.groupingBy(DecisionDefinition::getKey, TreeMap::new, Collectors.toList()));
        decisions.forEach((key, definitions) -> models.add(model(ModelKind.DMN, definitions, recorded, deployments)));
        return models;
    }

    private Model model(ModelKind kind, List<? extends ResourceDefinition> definitions,
                        Map<String, ModelRecords.DeploymentRecord> recorded, Map<String, Deployment> deployments) {
        List<? extends ResourceDefinition> newestFirst = definitions.stream()
                .sorted(Comparator.comparingInt(ResourceDefinition::getVersion).reversed()).toList();
        ResourceDefinition latest = newestFirst.get(0);
        List<Version> versions = newestFirst.stream().map(d -> version(kind, d, recorded.get(d.getId()),
                deployments.computeIfAbsent(d.getDeploymentId(), id -> repository.createDeploymentQuery().deploymentId(id).singleResult())))
                .toList();
        return new Model(kind, latest.getKey(), latest.getName(), latest.getResourceName(), latest.getVersion(), versions);
    }

    private Version version(ModelKind kind, ResourceDefinition d, ModelRecords.DeploymentRecord record, Deployment deployment) {
        long running = kind == ModelKind.BPMN ? runtime.createProcessInstanceQuery().processDefinitionId(d.getId()).count() : 0;
        Instant deployedAt = record != null ? record.deployedAt()
                : deployment != null && deployment.getDeploymentTime() != null ? deployment.getDeploymentTime().toInstant() : null;
        String source = record != null ? record.source().name()
                : deployment != null && ADMIN_SOURCE.equals(deployment.getSource()) ? ModelRecords.Source.ADMIN.name()
                : ModelRecords.Source.RELEASE.name();
        return new Version(d.getId(), d.getVersion(), d.getDeploymentId(), deployedAt,
                record == null ? null : record.deployedBy(), source, record == null ? null : record.comment(),
                record == null ? null : record.supersedes(), running);
    }

    public List<Version> history(String key) {
        Map<String, ModelRecords.DeploymentRecord> recorded = records.deploymentsOf(key);
        Map<String, Deployment> deployments = new java.util.HashMap<>();
        List<ProcessDefinition> processes = repository.createProcessDefinitionQuery().processDefinitionKey(key).list();
        if (!processes.isEmpty()) {
            return model(ModelKind.BPMN, processes, recorded, deployments).versions();
        }
        List<DecisionDefinition> decisions = repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).list();
        if (!decisions.isEmpty()) {
            return model(ModelKind.DMN, decisions, recorded, deployments).versions();
        }
        throw new NotFoundException("没有标识为“" + key + "”的模型。");
    }

    public String xml(String definitionId) {
        ResourceDefinition definition = definition(definitionId);
        try (InputStream in = repository.getResourceAsStream(definition.getDeploymentId(), definition.getResourceName())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + definition.getResourceName(), e);
        }
    }

    /** The file name to download a definition as: the last part of its resource name. */
    public String fileName(String definitionId) {
        String resource = definition(definitionId).getResourceName();
        return resource.substring(resource.lastIndexOf('/') + 1);
    }

    private ResourceDefinition definition(String definitionId) {
        ResourceDefinition process = repository.createProcessDefinitionQuery().processDefinitionId(definitionId).singleResult();
        if (process != null) {
            return process;
        }
        ResourceDefinition decision = repository.createDecisionDefinitionQuery().decisionDefinitionId(definitionId).singleResult();
        if (decision != null) {
            return decision;
        }
        throw new NotFoundException("没有标识为“" + definitionId + "”的模型版本。");
    }

    private ResourceDefinition latest(ModelKind kind, String key) {
        return kind == ModelKind.BPMN
                ? repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult()
                : repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).latestVersion().singleResult();
    }

    private ResourceDefinition version(ModelKind kind, String key, int version) {
        ResourceDefinition d = kind == ModelKind.BPMN
                ? repository.createProcessDefinitionQuery().processDefinitionKey(key).processDefinitionVersion(version).singleResult()
                : repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).decisionDefinitionVersion(version).singleResult();
        if (d == null) {
            throw new NotFoundException("模型“" + key + "”没有第" + version + "版。");
        }
        return d;
    }

    // ---- validation and deployment

    /** What the model is: its kind, key and parsed instance (null if the XML does not parse). */
    private record Candidate(ModelKind kind, String key, Object model, ResourceDefinition current, List<ModelProblem> problems) {
    }

    private Candidate read(ModelKind kind, String xml) {
        Objects.requireNonNull(kind, "kind");
        List<ModelProblem> problems = new ArrayList<>();
        if (xml == null || xml.isBlank()) {
            problems.add(ModelProblem.error(null, "xml", "模型内容为空。"));
            return new Candidate(kind, null, null, null, problems);
        }
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        Object model;
        String key;
        try {
            if (kind == ModelKind.BPMN) {
                BpmnModelInstance bpmn = Bpmn.readModelFromStream(new ByteArrayInputStream(bytes));
                model = bpmn;
                key = bpmn.getModelElementsByType(Process.class).stream().filter(Process::isExecutable)
                        .map(Process::getId).findFirst().orElse(null);
            } else {
                DmnModelInstance dmn = Dmn.readModelFromStream(new ByteArrayInputStream(bytes));
                model = dmn;
                key = dmn.getModelElementsByType(Decision.class).stream().map(Decision::getId).findFirst().orElse(null);
            }
        } catch (ModelException | IllegalArgumentException e) {
            problems.add(new ModelProblem(ModelProblem.Severity.ERROR, null, "xml", "模型文件不是有效的 " + kind + " XML："
                    + rootMessage(e), lineIn(rootMessage(e))));
            return new Candidate(kind, null, null, null, problems);
        }
        if (key == null) {
            problems.add(ModelProblem.error(null, "xml", kind == ModelKind.BPMN ? "模型中没有可执行的流程。" : "模型中没有决策。"));
            return new Candidate(kind, null, model, null, problems);
        }
        ResourceDefinition current = latest(kind, key);
        if (current == null) {
            throw new ConflictException("没有已部署的模型“" + key + "”：管理员只能修改已部署的模型，新的模型随版本发布。");
        }
        if (kind == ModelKind.BPMN) {
            problems.addAll(ModelRules.checkBpmn((BpmnModelInstance) model, formIds(current.getDeploymentId())));
        } else {
            problems.addAll(ModelRules.checkDmn((DmnModelInstance) model));
        }
        return new Candidate(kind, key, model, current, problems);
    }

    public Validation validate(ModelKind kind, String xml) {
        Candidate candidate = read(kind, xml);
        List<ModelProblem> problems = new ArrayList<>(candidate.problems());
        if (candidate.key() != null) {
            // the engine's own parser, by a deployment that is rolled back: exactly what a deployment would find
            try {
                transactions.executeWithoutResult(status -> {
                    status.setRollbackOnly();
                    builder(candidate, xml, "validation").deployWithResult();
                });
            } catch (ProcessEngineException e) {
                problems.addAll(engineProblems(e));
            }
        }
        return new Validation(problems.stream().noneMatch(ModelProblem::isError), problems);
    }

    public Deployed deploy(ModelKind kind, String xml, String comment, String userId) {
        Candidate candidate = read(kind, xml);
        if (candidate.problems().stream().anyMatch(ModelProblem::isError)) {
            throw new ModelRejectedException("未部署：" + firstError(candidate.problems()), candidate.problems());
        }
        String previousXml = xml(candidate.current().getId());
        if (XmlContent.same(previousXml, xml)) {
            throw new ModelRejectedException("模型与最新版本（第" + candidate.current().getVersion() + "版）相同，未部署。",
                    List.of(ModelProblem.error(null, "unchanged", "模型没有改动。")));
        }
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        if (note != null && note.length() > 500) {
            throw new ModelRejectedException("说明不能超过500字，未部署。", List.of(ModelProblem.error(null, "comment", "说明过长。")));
        }
        Deployed deployed;
        try {
            deployed = transactions.execute(status -> {
                DeploymentWithDefinitions deployment = builder(candidate, xml, "admin").deployWithResult();
                ResourceDefinition created = kind == ModelKind.BPMN
                        ? only(deployment.getDeployedProcessDefinitions(), candidate.key())
                        : only(deployment.getDeployedDecisionDefinitions(), candidate.key());
                records.addDeployment(new ModelRecords.DeploymentRecord(deployment.getId(), created.getId(), created.getKey(),
                        kind, created.getVersion(), ModelRecords.Source.ADMIN, userId, clock.instant(), note, null));
                ElementChanges changes = changes(kind, previousXml, xml);
                long running = kind == ModelKind.BPMN
                        ? runtime.createProcessInstanceQuery().processDefinitionId(candidate.current().getId()).count() : 0;
                return new Deployed(deployment.getId(), created.getId(), created.getKey(), created.getVersion(),
                        candidate.current().getId(), changes.added().stream().map(Element::id).toList(),
                        changes.removed().stream().map(Element::id).toList(), running);
            });
        } catch (ProcessEngineException e) {
            List<ModelProblem> problems = engineProblems(e);
            throw new ModelRejectedException("引擎拒绝了模型，未部署：" + firstError(problems), problems);
        }
        log.info("Administrator {} deployed {} version {} ({}), {} element(s) added, {} removed", userId, deployed.key(),
                deployed.version(), deployed.definitionId(), deployed.addedElementIds().size(), deployed.removedElementIds().size());
        return deployed;
    }

    private static <D extends ResourceDefinition> D only(List<D> definitions, String key) {
        return definitions == null ? null : definitions.stream().filter(d -> d.getKey().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException("deployment holds no definition " + key));
    }

    /** The new deployment: the model, and for a process the forms of its current deployment (formRefBinding=deployment). */
    private DeploymentBuilder builder(Candidate candidate, String xml, String purpose) {
        ResourceDefinition current = candidate.current();
        DeploymentBuilder builder = repository.createDeployment()
                .name(purpose + " " + candidate.key())
                .source(ADMIN_SOURCE)
                .addString(current.getResourceName(), xml);
        if (candidate.kind() == ModelKind.BPMN) {
            List<String> forms = repository.getDeploymentResourceNames(current.getDeploymentId()).stream()
                    .filter(name -> name.endsWith(".form")).toList();
            if (!forms.isEmpty()) {
                builder.addDeploymentResourcesByName(current.getDeploymentId(), forms);
            }
        }
        return builder;
    }

    private Set<String> formIds(String deploymentId) {
        Set<String> ids = new LinkedHashSet<>();
        for (String name : repository.getDeploymentResourceNames(deploymentId)) {
            if (name.endsWith(".form")) {
                try (InputStream in = repository.getResourceAsStream(deploymentId, name)) {
                    JsonNode id = json.readTree(in).get("id");
                    if (id != null) {
                        ids.add(id.asText());
                    }
                } catch (IOException e) {
                    log.warn("Form {} of deployment {} is not readable JSON: {}", name, deploymentId, e.getMessage());
                }
            }
        }
        return ids;
    }

    private static List<ModelProblem> engineProblems(ProcessEngineException e) {
        List<ModelProblem> problems = new ArrayList<>();
        if (e instanceof ParseException parse) {
            parse.getResorceReports() // (sic: the engine API's spelling)
               .forEach(report -> {
                report.getErrors().forEach(p -> problems.add(new ModelProblem(ModelProblem.Severity.ERROR,
                        p.getMainElementId(), "engine-parser", "引擎解析错误：" + p.getMessage(), p.getLine() > 0 ? p.getLine() : null)));
                report.getWarnings().forEach(p -> problems.add(new ModelProblem(ModelProblem.Severity.WARNING,
                        p.getMainElementId(), "engine-parser", "引擎解析警告：" + p.getMessage(), p.getLine() > 0 ? p.getLine() : null)));
            });
        }
        if (problems.isEmpty()) {
            problems.add(new ModelProblem(ModelProblem.Severity.ERROR, null, "engine-parser", "引擎拒绝部署：" + rootMessage(e),
                    lineIn(rootMessage(e))));
        }
        return problems;
    }

    private static final java.util.regex.Pattern LINE = java.util.regex.Pattern.compile("Line=(\\d+)");

    /** The parser's "Line=12" in a message, for the page to find the element. */
    private static Integer lineIn(String message) {
        java.util.regex.Matcher m = message == null ? null : LINE.matcher(message);
        return m != null && m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static String firstError(List<ModelProblem> problems) {
        return problems.stream().filter(ModelProblem::isError).findFirst().map(ModelProblem::message).orElse("");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    // ---- differences between versions

    private record ElementChanges(List<Element> added, List<Element> removed, List<Renamed> renamed) {
    }

    public Diff diff(String key, int from, int to) {
        ModelKind kind = repository.createProcessDefinitionQuery().processDefinitionKey(key).count() > 0 ? ModelKind.BPMN
                : repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).count() > 0 ? ModelKind.DMN : null;
        if (kind == null) {
            throw new NotFoundException("没有标识为“" + key + "”的模型。");
        }
        ElementChanges changes = changes(kind, xml(version(kind, key, from).getId()), xml(version(kind, key, to).getId()));
        return new Diff(from, to, changes.added(), changes.removed(), changes.renamed());
    }

    private static ElementChanges changes(ModelKind kind, String fromXml, String toXml) {
        Map<String, Element> before = elements(kind, fromXml);
        Map<String, Element> after = elements(kind, toXml);
        List<Element> added = after.values().stream().filter(e -> !before.containsKey(e.id())).toList();
        List<Element> removed = before.values().stream().filter(e -> !after.containsKey(e.id())).toList();
        List<Renamed> renamed = after.values().stream()
                .filter(e -> before.containsKey(e.id()) && !Objects.equals(before.get(e.id()).name(), e.name()))
                .map(e -> new Renamed(e.id(), e.type(), before.get(e.id()).name(), e.name())).toList();
        return new ElementChanges(added, removed, renamed);
    }

    private static Map<String, Element> elements(ModelKind kind, String xml) {
        Map<String, Element> elements = new LinkedHashMap<>();
        ByteArrayInputStream in = new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
        if (kind == ModelKind.BPMN) {
            for (BaseElement e : Bpmn.readModelFromStream(in).getModelElementsByType(BaseElement.class)) {
                put(elements, e.getId(), e);
            }
        } else {
            for (DmnElement e : Dmn.readModelFromStream(in).getModelElementsByType(DmnElement.class)) {
                put(elements, e.getId(), e);
            }
        }
        return elements;
    }

    private static void put(Map<String, Element> elements, String id, ModelElementInstance e) {
        if (id != null) {
            elements.put(id, new Element(id, e.getElementType().getTypeName(), e.getAttributeValue("name")));
        }
    }
}
