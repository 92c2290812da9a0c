package cn.courts.enforcement.app.supervision;

import cn.courts.enforcement.app.enforcement.EnforcementCaseRepository;
import cn.courts.enforcement.app.platform.CaseVariables;
import cn.courts.enforcement.app.platform.guard.ProcessGuards;
import cn.courts.enforcement.app.platform.guard.ProcessStart;
import cn.courts.enforcement.app.platform.guard.StartGuard;
import cn.courts.enforcement.app.platform.guard.TaskGuards;
import cn.courts.enforcement.model.enforcement.EnforcementCase;
import cn.courts.enforcement.model.rule.RuleRefusal;
import cn.courts.enforcement.model.rule.RuleResult;
import cn.courts.enforcement.model.supervision.rule.SupervisionOpinionPolicy;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of {@code SupervisionProcess} (督办), next to its contract: the command centre's supervision closes with an
 * opinion ({@link SupervisionOpinionPolicy}, required); an instance starts only for a case that exists in the court it
 * is started for (or a named overdue node of a process without a case), as {@link DeadlineWatch} starts it.
 */
@Component
public class SupervisionGuards implements ProcessGuards {

    /** The values a completion of a task must hold. */
    public static final Map<String, List<String>> REQUIRED = Map.of(SupervisionProcess.TASK_SUPERVISE,
            List.of(SupervisionOpinionPolicy.FIELD));

    static final String START_RULE_CASE_MISSING = "SUPERVISED_CASE_NOT_FOUND";
    static final String START_CITATION = "执行指挥中心节点监控（seed 003、004）";

    private final EnforcementCaseRepository cases;
    private final SupervisionOpinionPolicy opinion = new SupervisionOpinionPolicy();

    SupervisionGuards(EnforcementCaseRepository cases) {
        this.cases = cases;
    }

    @Override
    public String processKey() {
        return SupervisionProcess.KEY;
    }

    @Override
    public Map<String, TaskGuards> userTasks() {
        return Map.of(SupervisionProcess.TASK_SUPERVISE, TaskGuards.completion(step -> opinion.check(
                new SupervisionOpinionPolicy.Facts(step.values().text(SupervisionOpinionPolicy.FIELD).orElse(null)))));
    }

    @Override
    public StartGuard onStart() {
        return this::checkStart;
    }

    /**
     * A supervision names its case (the case limit passed, or an overdue node of a case's process): the case must exist.
     * Not necessarily in the supervising court: a higher court supervises its own node of a lower court's case (the
     * listing's 复议 runs in the higher court's tenant with the case of the lower court). An overdue node of a process without a case (no {@code caseId}) is
     * supervised by the node alone, which must then be named ({@code overdueTaskId}).
     */
    private RuleResult checkStart(ProcessStart start) {
        Optional<Long> caseId = CaseVariables.CASE_ID.from(start.variables());
        if (caseId.isEmpty()) {
            return RuleResult.unless(start.variables().apply(SupervisionProcess.Variables.OVERDUE_TASK_ID) == null,
                    () -> new RuleRefusal(START_RULE_CASE_MISSING, START_CITATION, null, "督办须指明案件或逾期节点，不能启动督办流程"));
        }
        Optional<EnforcementCase> supervised = caseId.flatMap(cases::findById);
        return RuleResult.unless(supervised.isEmpty(), () -> new RuleRefusal(START_RULE_CASE_MISSING, START_CITATION, null,
                "督办的案件不存在，不能启动督办流程"));
    }
}
