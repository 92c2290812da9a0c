package cn.courts.enforcement.app.termination;

import cn.courts.enforcement.app.enforcement.EnforcementCaseRepository;
import cn.courts.enforcement.app.platform.CaseVariables;
import cn.courts.enforcement.app.platform.guard.TaskStep;
import cn.courts.enforcement.model.enforcement.EnforcementCase;
import cn.courts.enforcement.model.rule.RuleResult;
import org.springframework.stereotype.Component;

import static cn.courts.enforcement.app.termination.TerminationApprovalProcess.Variables;

/**
 * The gates of a resubmitted 终本 application (the guard of {@code Task_ReviseApplication} with {@code resubmit = true}):
 * the "四个不批" and the conditions of 法〔2016〕373号 第一条 are checked again, as for the application itself
 * ({@link TerminationGateCheck}, the rule {@link cn.courts.enforcement.model.termination.rule.TerminationGatesPassed}).
 * A refusal is counted for the figures in a transaction of its own before the step is refused; the application stays
 * returned. A withdrawal passes.
 */
@Component
class TerminationGateGuard {

    private final EnforcementCaseRepository cases;
    private final TerminationGateCheck gates;
    private final TerminationApplications applications;

    TerminationGateGuard(EnforcementCaseRepository cases, TerminationGateCheck gates, TerminationApplications applications) {
        this.cases = cases;
        this.gates = gates;
        this.applications = applications;
    }

    RuleResult resubmission(TaskStep step) {
        if (!step.values().flag(Variables.RESUBMIT, "补正后重新提交审批").orElse(false)) {
            return RuleResult.allowed();
        }
        Long caseId = CaseVariables.CASE_ID.from(step.values()::raw)
                .orElseThrow(() -> new IllegalStateException("task " + step.taskId() + " has no case"));
        EnforcementCase c = cases.findById(caseId).orElseThrow(() -> new IllegalStateException("case " + caseId + " not found"));
        GateCheckResult result = gates.check(c,
                step.values().flag(Variables.CONSUMPTION_RESTRICTION_ISSUED, "已向被执行人发出限制消费令").orElse(false),
                step.values().flag(Variables.DEBTOR_LISTED_OR_NOT_QUALIFYING, "符合条件的被执行人已纳入失信名单或不符合纳入条件").orElse(false));
        RuleResult verdict = result.verdict();
        if (!verdict.isAllowed()) {
            applications.recordRefusedResubmission(TerminationApprovalProcess.APPLICATION.from(step.values()::raw)
                    .orElseThrow(() -> new IllegalStateException("task " + step.taskId() + " has no application")), c, result);
        }
        return verdict;
    }
}
