package cn.courts.enforcement.app.termination;

import cn.courts.enforcement.app.enforcement.EnforcementCaseProcess;
import cn.courts.enforcement.app.enforcement.EnforcementCaseRepository;
import cn.courts.enforcement.app.platform.CourtClock;
import cn.courts.enforcement.app.platform.SystemAccess;
import cn.courts.enforcement.app.platform.guard.RuleRefusedException;
import cn.courts.enforcement.model.rule.RuleRefusal;
import cn.courts.enforcement.model.enforcement.ClosingMode;
import cn.courts.enforcement.model.enforcement.EnforcementCase;
import cn.courts.enforcement.model.termination.TerminationApplication;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The 终本 application (complete listener): checks the "四个不批" and the SPC's conditions ({@link TerminationGateCheck},
 * the rule {@link cn.courts.enforcement.model.termination.rule.TerminationGatesPassed}) <em>before</em> anything happens,
 * and refuses with every failing reason when one fails ({@link RuleRefusedException}, 422); the completion rolls back,
 * nothing in the case changes (the refusal is counted for the figures in a transaction of its own).
 * <ul>
 *   <li>{@code Task_DecideClosing} (结案审查) with closing mode 终结本次执行程序: the application; when it passes, the
 *   application is recorded and the applicant, the application id and the gate summary go to the case for the call
 *   of TerminationApprovalProcess.</li>
 *   <li>{@code Task_ReviseApplication} (补正或撤回终本申请) with {@code resubmit = true}: the resubmission, which the
 *   task's guard ({@link TerminationGateGuard}) checked against the gates again, goes back to the reviewer with a fresh
 *   summary.</li>
 * </ul>
 */
@Component("terminationApplication")
class TerminationApplicationListener implements TaskListener {

    private static final Logger log = LoggerFactory.getLogger(TerminationApplicationListener.class);

    private final EnforcementCaseRepository cases;
    private final TerminationGateCheck gates;
    private final TerminationApplications applications;
    private final SystemAccess systemAccess;
    private final CourtClock clock;

    TerminationApplicationListener(EnforcementCaseRepository cases, TerminationGateCheck gates, TerminationApplications applications,
                                   SystemAccess systemAccess, CourtClock clock) {
        this.clock = clock;
        this.cases = cases;
        this.gates = gates;
        this.applications = applications;
        this.systemAccess = systemAccess;
    }

    @Override
    public void notify(DelegateTask task) {
        switch (task.getTaskDefinitionKey()) {
            case EnforcementCaseProcess.Elements.DECIDE_CLOSING -> apply(task);
            case TerminationApprovalProcess.Elements.REVISE_APPLICATION -> resubmit(task);
            default -> throw new IllegalStateException("terminationApplication is not meant for " + task.getTaskDefinitionKey());
        }
    }

    private void apply(DelegateTask task) {
        if (!ClosingMode.TERMINATED_THIS_ROUND.name().equals(task.getVariable(EnforcementCaseProcess.Variables.CLOSING_MODE))) {
            return;
        }
        EnforcementCase c = caseOf(task, EnforcementCaseProcess.Variables.CASE_ID);
        String applicant = actor(task, systemAccess);
        GateCheckResult result = gates.check(c,
                isTrue(task.getVariable(EnforcementCaseProcess.Variables.CONSUMPTION_RESTRICTION_ISSUED)),
                isTrue(task.getVariable(EnforcementCaseProcess.Variables.DEBTOR_LISTED_OR_NOT_QUALIFYING)));
        Optional<RuleRefusal> refusal = result.verdict().rejection();
        if (refusal.isPresent()) {
            applications.recordRefusal(c, applicant, result);
            log.info("Rule {} refused the termination application of case {} by {}", refusal.get().ruleCode(), c.caseNumber(),
                    applicant);
            throw new RuleRefusedException(refusal.get());
        }
        TerminationApplication application = applications.open(c, applicant);
        task.getExecution().setVariable(EnforcementCaseProcess.Variables.TERMINATION_APPLICANT_ID, applicant);
        task.getExecution().setVariable(EnforcementCaseProcess.Variables.TERMINATION_APPLICATION_ID, application.id());
        task.getExecution().setVariable(EnforcementCaseProcess.Variables.TERMINATION_GATE_SUMMARY, result.summaryZh());
    }

    /** The gates were checked by the guard of the task ({@link TerminationGateGuard}) before this runs. */
    private void resubmit(DelegateTask task) {
        if (!TerminationApprovalProcess.RESUBMITTED.from(task).orElse(false)) {
            return;
        }
        applications.resubmitted(TerminationApprovalProcess.APPLICATION.require(task));
        task.getExecution().setVariable(TerminationApprovalProcess.Variables.GATE_SUMMARY,
                GateCheckResult.summaryZh(clock.today(), List.of()));
    }

    private EnforcementCase caseOf(DelegateTask task, String caseIdVariable) {
        Long caseId = ((Number) task.getVariable(caseIdVariable)).longValue();
        return cases.findById(caseId).orElseThrow(() -> new IllegalStateException("case " + caseId + " not found"));
    }

    /** Who completes the task: the logged-in user (Tasklist, REST), else the assignee (a completion by the platform). */
    static String actor(DelegateTask task, SystemAccess systemAccess) {
        java.util.Optional<String> user = systemAccess.currentUserId();
        if (user.isPresent()) {
            return user.get();
        }
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        Object judge = task.getVariable(EnforcementCaseProcess.Variables.JUDGE_ID);
        return judge == null ? "unknown" : judge.toString();
    }

    static boolean isTrue(Object value) {
        return Boolean.TRUE.equals(value) || "true".equals(value);
    }
}
