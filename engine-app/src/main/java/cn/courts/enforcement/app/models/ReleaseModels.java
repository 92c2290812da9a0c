package cn.courts.enforcement.app.models;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ResourceDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Deploys the release's models ({@code bpmn/} on the classpath: BPMN, DMN, Camunda Forms) when the engine starts,
 * instead of the starter's auto-deployment, with this rule (docs/admin-guide.md, "What a release does"):
 * <ul>
 *   <li>The release's files are one deployment, compared with the release's previous deployment (the engine's
 *   duplicate filtering, under its deployment lock, so that several nodes starting at once deploy once). Unchanged:
 *   nothing is deployed, and versions an administrator deployed in the meantime stay the latest.</li>
 *   <li>Changed: the release's models are deployed as new versions. Where the latest version of a model was an
 *   administrator's, the release's version now comes after it: this is logged as a warning and recorded in the model
 *   history (the admin page shows which administrator version was superseded), never silent. An administrator's
 *   change that must stay is therefore committed back into {@code bpmn/} (downloaded from the admin page) before a
 *   release.</li>
 * </ul>
 */
@Component
class ReleaseModels extends AbstractProcessEnginePlugin {

    static final String SOURCE = "court-release";
    static final String DEPLOYMENT_NAME = "court-enforcement-release";
    private static final String ROOT = "bpmn/";
    private static final List<String> PATTERNS =
            List.of("classpath*:bpmn/**/*.bpmn", "classpath*:bpmn/**/*.dmn", "classpath*:bpmn/**/*.form");
    private static final Logger log = LoggerFactory.getLogger(ReleaseModels.class);

    private final ObjectProvider<ModelRecords> records;
    private final ObjectProvider<PlatformTransactionManager> transactionManager;

    ReleaseModels(ObjectProvider<ModelRecords> records, ObjectProvider<PlatformTransactionManager> transactionManager) {
        this.records = records;
        this.transactionManager = transactionManager;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        Map<String, byte[]> resources = releaseResources();
        if (resources.isEmpty()) {
            throw new IllegalStateException("no models found on the classpath under " + ROOT);
        }
        deploy(engine.getRepositoryService(), resources, DEPLOYMENT_NAME);
    }

    /** The release's files as one deployment named {@code deploymentName}, with its records, in one transaction. */
    void deploy(RepositoryService repository, Map<String, byte[]> resources, String deploymentName) {
        new TransactionTemplate(transactionManager.getObject()).executeWithoutResult(status -> deployInTransaction(repository, resources, deploymentName));
    }

    private void deployInTransaction(RepositoryService repository, Map<String, byte[]> resources, String deploymentName) {
        Map<String, ResourceDefinition> latestBefore = latestByKey(repository);
        DeploymentBuilder builder = repository.createDeployment().name(deploymentName).source(SOURCE)
                .enableDuplicateFiltering(false);
        resources.forEach((name, bytes) -> builder.addInputStream(name, new ByteArrayInputStream(bytes)));
        DeploymentWithDefinitions deployment = builder.deployWithResult();
        List<ResourceDefinition> created = new ArrayList<>();
        if (deployment.getDeployedProcessDefinitions() != null) {
            created.addAll(deployment.getDeployedProcessDefinitions());
        }
        if (deployment.getDeployedDecisionDefinitions() != null) {
            created.addAll(deployment.getDeployedDecisionDefinitions());
        }
        // unchanged files: the engine deploys nothing (and may answer with the previous deployment's definitions)
        created.removeIf(d -> latestBefore.values().stream().anyMatch(before -> before.getId().equals(d.getId())));
        if (created.isEmpty()) {
            log.info("Release models unchanged since deployment {}: nothing deployed", deployment.getId());
            return;
        }
        Instant now = Instant.now();
        for (ResourceDefinition definition : created) {
            ResourceDefinition before = latestBefore.get(kindOf(definition) + ":" + definition.getKey());
            String superseded = null;
            if (before != null && ModelDeployments.ADMIN_SOURCE.equals(
                    repository.createDeploymentQuery().deploymentId(before.getDeploymentId()).singleResult().getSource())) {
                superseded = before.getId();
                log.warn("The release changed model {}: its version {} now follows version {} ({}) that an administrator"
                                + " deployed; running instances stay where they are. If the administrator's change must stay,"
                                + " merge it into bpmn/ (download it from the admin page) and release again",
                        definition.getKey(), definition.getVersion(), before.getVersion(), before.getId());
            }
            records.getObject().addDeployment(new ModelRecords.DeploymentRecord(deployment.getId(), definition.getId(),
                    definition.getKey(), kindOf(definition), definition.getVersion(), ModelRecords.Source.RELEASE, null, now,
                    null, superseded));
        }
        log.info("Release models deployed as deployment {}: {} definition(s)", deployment.getId(), created.size());
    }

    private static ModelKind kindOf(ResourceDefinition definition) {
        return definition instanceof org.camunda.bpm.engine.repository.DecisionDefinition ? ModelKind.DMN : ModelKind.BPMN;
    }

    private static Map<String, ResourceDefinition> latestByKey(RepositoryService repository) {
        Map<String, ResourceDefinition> latest = new HashMap<>();
        repository.createProcessDefinitionQuery().latestVersion().list().forEach(d -> latest.put(ModelKind.BPMN + ":" + d.getKey(), d));
        repository.createDecisionDefinitionQuery().latestVersion().list().forEach(d -> latest.put(ModelKind.DMN + ":" + d.getKey(), d));
        return latest;
    }

    /** The release's files by resource name ({@code bpmn/...}), in a stable order. */
    static Map<String, byte[]> releaseResources() {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(ReleaseModels.class.getClassLoader());
        Map<String, byte[]> resources = new TreeMap<>();
        try {
            for (String pattern : PATTERNS) {
                for (Resource resource : resolver.getResources(pattern)) {
                    String url = resource.getURL().toString();
                    int root = url.lastIndexOf("/" + ROOT);
                    String name = ROOT + url.substring(root + ROOT.length() + 1);
                    try (InputStream in = resource.getInputStream()) {
                        resources.put(name, in.readAllBytes());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the release's models", e);
        }
        return resources;
    }
}
