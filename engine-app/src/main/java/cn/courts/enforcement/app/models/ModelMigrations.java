package cn.courts.enforcement.app.models;

import cn.courts.enforcement.app.web.NotFoundException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.batch.BatchStatistics;
import org.camunda.bpm.engine.batch.history.HistoricBatch;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Moves the running instances of one version of a process to another (docs/admin-guide.md): a plan by equal activity
 * ids, validated, then the engine's migration batch, run by the job executor and visible in Cockpit; the platform
 * records which instances the batch covered, so that those left on the old version afterwards are listed as
 * failures with the engine's reason. One of the seams around the engine's API.
 */
@Service
public class ModelMigrations {

    private static final Logger log = LoggerFactory.getLogger(ModelMigrations.class);
    /** Failures are explained one by one (a rolled-back trial migration each); beyond this many only listed. */
    private static final int EXPLAINED_FAILURES = 50;

    public record Instruction(List<String> sourceActivityIds, List<String> targetActivityIds) {
    }

    public record Unmapped(String activityId, long instances) {
    }

    public record Plan(String sourceDefinitionId, String targetDefinitionId, long instanceCount, boolean valid,
                       List<Instruction> instructions, List<String> errors, List<Unmapped> unmappedActivities) {
    }

    public record Failure(String processInstanceId, String businessKey, String message) {
    }

    public record Progress(String batchId, String sourceDefinitionId, String targetDefinitionId, int total, int migrated,
                           int failed, boolean finished, String startedBy, Instant startedAt, List<Failure> failures) {
    }

    public static class PlanRejectedException extends RuntimeException {
        private final transient Plan plan;

        PlanRejectedException(Plan plan) {
            super("migration plan invalid: " + plan.errors() + " unmapped " + plan.unmappedActivities());
            this.plan = plan;
        }

        public Plan plan() {
            return plan;
        }
    }

    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final ManagementService management;
    private final HistoryService history;
    private final ModelRecords records;
    private final TransactionTemplate transactions;
    private final Clock clock = Clock.systemUTC();

    ModelMigrations(RuntimeService runtime, RepositoryService repository, ManagementService management,
                    HistoryService history, ModelRecords records, PlatformTransactionManager transactionManager) {
        this.runtime = runtime;
        this.repository = repository;
        this.management = management;
        this.history = history;
        this.records = records;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    private record Built(MigrationPlan plan, Plan view) {
    }

    public Plan plan(String sourceDefinitionId, String targetDefinitionId, List<String> processInstanceIds) {
        return build(sourceDefinitionId, targetDefinitionId, processInstanceIds).view();
    }

    private Built build(String sourceDefinitionId, String targetDefinitionId, List<String> processInstanceIds) {
        ProcessDefinition source = processDefinition(sourceDefinitionId);
        ProcessDefinition target = processDefinition(targetDefinitionId);
        List<String> errors = new ArrayList<>();
        if (!source.getKey().equals(target.getKey())) {
            errors.add("只能在同一流程（" + source.getKey() + "）的版本之间迁移，目标是“" + target.getKey() + "”。");
        }
        if (source.getId().equals(target.getId())) {
            errors.add("源版本和目标版本相同。");
        }
        long instances = instanceQuery(sourceDefinitionId, processInstanceIds).count();
        if (!errors.isEmpty()) {
            return new Built(null, new Plan(sourceDefinitionId, targetDefinitionId, instances, false, List.of(), errors, List.of()));
        }
        MigrationPlan plan = null;
        List<Instruction> instructions = List.of();
        try {
            plan = runtime.createMigrationPlan(sourceDefinitionId, targetDefinitionId).mapEqualActivities().updateEventTriggers().build();
            instructions = plan.getInstructions().stream()
                    .map(i -> new Instruction(List.of(i.getSourceActivityId()), List.of(i.getTargetActivityId()))).toList();
        } catch (MigrationPlanValidationException e) {
            for (MigrationInstructionValidationReport report : e.getValidationReport().getInstructionReports()) {
                MigrationInstruction instruction = report.getMigrationInstruction();
                report.getFailures().forEach(f -> errors.add(instruction.getSourceActivityId() + " → "
                        + instruction.getTargetActivityId() + "：" + f));
            }
            e.getValidationReport().getVariableReports().forEach((name, report) ->
                    report.getFailures().forEach(f -> errors.add("变量 " + name + "：" + f)));
            if (errors.isEmpty()) {
                errors.add(e.getMessage());
            }
        } catch (ProcessEngineException e) {
            errors.add(e.getMessage());
        }
        // activities where instances wait and that no instruction maps: those instances cannot be migrated
        Set<String> mapped = new HashSet<>();
        instructions.forEach(i -> mapped.addAll(i.sourceActivityIds()));
        List<Unmapped> unmapped = new ArrayList<>();
        for (ActivityStatistics statistics : management.createActivityStatisticsQuery(sourceDefinitionId).list()) {
            if (!mapped.contains(statistics.getId()) && statistics.getInstances() > 0) {
                unmapped.add(new Unmapped(statistics.getId(), statistics.getInstances()));
            }
        }
        boolean valid = plan != null && errors.isEmpty() && unmapped.isEmpty();
        return new Built(plan, new Plan(sourceDefinitionId, targetDefinitionId, instances, valid, instructions, errors, unmapped));
    }

    /** Starts the batch; refused (nothing migrated) when the plan is not valid or there is nothing to migrate. */
    public Progress start(String sourceDefinitionId, String targetDefinitionId, List<String> processInstanceIds, String userId) {
        Built built = build(sourceDefinitionId, targetDefinitionId, processInstanceIds);
        if (!built.view().valid()) {
            throw new PlanRejectedException(built.view());
        }
        List<ModelRecords.MigrationInstance> instances = instanceQuery(sourceDefinitionId, processInstanceIds).list().stream()
                .map(p -> new ModelRecords.MigrationInstance(p.getId(), p.getBusinessKey())).toList();
        if (instances.isEmpty()) {
            throw new PlanRejectedException(new Plan(sourceDefinitionId, targetDefinitionId, 0, false,
                    built.view().instructions(), List.of("源版本没有运行中的实例，无需迁移。"), List.of()));
        }
        String batchId = transactions.execute(status -> {
            Batch batch = runtime.newMigration(built.plan())
                    .processInstanceIds(instances.stream().map(ModelRecords.MigrationInstance::processInstanceId).toList())
                    .executeAsync();
            records.addMigration(batch.getId(), processDefinition(sourceDefinitionId).getKey(), sourceDefinitionId,
                    targetDefinitionId, instances, userId, clock.instant());
            return batch.getId();
        });
        log.info("Administrator {} started migration batch {} of {} instance(s) from {} to {}", userId, batchId,
                instances.size(), sourceDefinitionId, targetDefinitionId);
        return progress(batchId);
    }

    public Progress progress(String batchId) {
        ModelRecords.MigrationRecord migration = records.migration(batchId)
                .orElseThrow(() -> new NotFoundException("没有编号为“" + batchId + "”的迁移。"));
        List<ModelRecords.MigrationInstance> instances = records.instancesOf(migration.id());
        List<String> ids = instances.stream().map(ModelRecords.MigrationInstance::processInstanceId).toList();
        Set<String> stillOnSource = new HashSet<>();
        for (int from = 0; from < ids.size(); from += 500) {
            runtime.createProcessInstanceQuery().processDefinitionId(migration.sourceDefinitionId())
                    .processInstanceIds(new HashSet<>(ids.subList(from, Math.min(ids.size(), from + 500))))
                    .list().forEach(p -> stillOnSource.add(p.getId()));
        }
        BatchStatistics statistics = management.createBatchStatisticsQuery().batchId(batchId).singleResult();
        boolean finished;
        if (statistics == null) {
            HistoricBatch done = history.createHistoricBatchQuery().batchId(batchId).singleResult();
            finished = done == null || done.getEndTime() != null;
        } else {
            // a batch whose remaining jobs have all failed (no retries left) does no more work until someone retries them
            // (the batch's monitor job removes a batch up to the engine's batch poll time after its last job)
            finished = statistics.getJobsCreated() >= statistics.getTotalJobs()
                    && statistics.getRemainingJobs() == statistics.getFailedJobs();
        }
        int migrated = instances.size() - stillOnSource.size();
        List<Failure> failures = new ArrayList<>();
        if (finished && !stillOnSource.isEmpty()) {
            Built built = build(migration.sourceDefinitionId(), migration.targetDefinitionId(), List.copyOf(stillOnSource));
            for (ModelRecords.MigrationInstance instance : instances) {
                if (stillOnSource.contains(instance.processInstanceId())) {
                    failures.add(new Failure(instance.processInstanceId(), instance.businessKey(),
                            failures.size() < EXPLAINED_FAILURES ? explain(built, instance.processInstanceId()) : null));
                }
            }
        }
        return new Progress(batchId, migration.sourceDefinitionId(), migration.targetDefinitionId(), migration.total(),
                migrated, failures.size(), finished, migration.startedBy(), migration.startedAt(), failures);
    }

    public List<Progress> migrations(String key) {
        return records.migrations(key).stream().map(m -> progress(m.batchId())).toList();
    }

    /** Why one instance did not migrate: the same migration tried on it alone, and rolled back. */
    private String explain(Built built, String processInstanceId) {
        if (built.plan() == null) {
            return String.join("；", built.view().errors());
        }
        try {
            transactions.executeWithoutResult(status -> {
                status.setRollbackOnly();
                runtime.newMigration(built.plan()).processInstanceIds(processInstanceId).execute();
            });
            return "迁移作业失败后已用尽重试；单独重试可以成功，请在 Cockpit 的批处理中重试失败的作业。";
        } catch (ProcessEngineException e) {
            return e.getMessage();
        }
    }

    private ProcessInstanceQuery instanceQuery(String sourceDefinitionId, List<String> processInstanceIds) {
        ProcessInstanceQuery query = runtime.createProcessInstanceQuery().processDefinitionId(sourceDefinitionId);
        if (processInstanceIds != null && !processInstanceIds.isEmpty()) {
            query.processInstanceIds(new HashSet<>(processInstanceIds));
        }
        return query;
    }

    private ProcessDefinition processDefinition(String id) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionId(id).singleResult();
        if (definition == null) {
            throw new NotFoundException("没有标识为“" + id + "”的流程版本。");
        }
        return definition;
    }
}
