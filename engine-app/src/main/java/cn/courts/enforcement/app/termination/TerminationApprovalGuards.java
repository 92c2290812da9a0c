package cn.courts.enforcement.app.termination;

import cn.courts.enforcement.app.enforcement.EnforcementCaseRepository;
import cn.courts.enforcement.app.platform.CaseVariables;
import cn.courts.enforcement.app.platform.guard.ProcessGuards;
import cn.courts.enforcement.app.platform.guard.ProcessStart;
import cn.courts.enforcement.app.platform.guard.StartGuard;
import cn.courts.enforcement.app.platform.guard.TaskGuard;
import cn.courts.enforcement.app.platform.guard.TaskGuards;
import cn.courts.enforcement.app.platform.guard.TaskStep;
import cn.courts.enforcement.model.enforcement.EnforcementCase;
import cn.courts.enforcement.model.rule.RuleResult;
import cn.courts.enforcement.model.termination.ConsentBasis;
import cn.courts.enforcement.model.termination.TerminationApplication;
import cn.courts.enforcement.model.termination.rule.ApplicantRecusal;
import cn.courts.enforcement.model.termination.rule.ApprovalDecision;
import cn.courts.enforcement.model.termination.rule.ApprovalRestsOnConsent;
import cn.courts.enforcement.model.termination.rule.ApprovalStartsOnAnApplication;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;

import static cn.courts.enforcement.app.termination.TerminationApprovalProcess.Elements;
import static cn.courts.enforcement.app.termination.TerminationApprovalProcess.Variables;

/**
 * The rules of {@code TerminationApprovalProcess}, per user task:
 * <ul>
 *   <li>{@code Task_ReviewApplication} (审查终本申请) and {@code Task_LeaderApproval} (院领导审批终本): on every claim,
 *   delegation or assignment and on every completion, the applicant never decides his own application
 *   ({@link ApplicantRecusal}, 回避); a completion decides ({@link ApprovalDecision}: approve, or return with the
 *   reason) and an approval rests on the creditor's confirmation or a collegial panel's record
 *   ({@link ApprovalRestsOnConsent}, 民诉法解释 第517条);</li>
 *   <li>{@code Task_ReviseApplication} (补正或撤回终本申请): a resubmission passes the gates again
 *   ({@link TerminationGateGuard}).</li>
 * </ul>
 * An instance starts only for a pending application of a case of the court in progress, which passed the gates
 * ({@link ApprovalStartsOnAnApplication}).
 */
@Component
class TerminationApprovalGuards implements ProcessGuards {

    private static final ApplicantRecusal RECUSAL = new ApplicantRecusal();
    private static final ApprovalDecision DECISION = new ApprovalDecision();
    private static final ApprovalRestsOnConsent CONSENT = new ApprovalRestsOnConsent();
    private static final ApprovalStartsOnAnApplication START = new ApprovalStartsOnAnApplication();

    private final EnforcementCaseRepository cases;
    private final TerminationApplicationRepository applications;
    private final TerminationGateGuard gates;

    TerminationApprovalGuards(EnforcementCaseRepository cases, TerminationApplicationRepository applications,
                              TerminationGateGuard gates) {
        this.cases = cases;
        this.applications = applications;
        this.gates = gates;
    }

    @Override
    public String processKey() {
        return TerminationApprovalProcess.KEY;
    }

    @Override
    public Map<String, TaskGuards> userTasks() {
        return Map.of(
                Elements.REVIEW_APPLICATION, approval(Variables.REVIEW_APPROVED, "同意终结本次执行程序"),
                Elements.LEADER_APPROVAL, approval(Variables.LEADER_APPROVED, "批准终结本次执行程序"),
                Elements.REVISE_APPLICATION, TaskGuards.completion(gates::resubmission));
    }

    private static TaskGuards approval(String decisionVariable, String decisionLabelZh) {
        TaskGuard completedByOther = step -> recusal(step, step.actorOrAssignee());
        TaskGuard assignedToOther = step -> recusal(step, Optional.ofNullable(step.assignee()));
        TaskGuard decided = step -> DECISION.check(new ApprovalDecision.Facts(decisionVariable,
                step.values().flag(decisionVariable, decisionLabelZh), Variables.RETURN_REASON,
                step.values().text(Variables.RETURN_REASON)));
        TaskGuard consent = step -> CONSENT.check(new ApprovalRestsOnConsent.Facts(
                step.values().flag(decisionVariable, decisionLabelZh).orElse(false),
                Variables.CONSENT_BASIS, step.values().choice(Variables.CONSENT_BASIS, ConsentBasis.class, "批准依据"),
                Variables.CONSENT_RECORD, step.values().text(Variables.CONSENT_RECORD)));
        return TaskGuards.completion(completedByOther, decided, consent).andAssignment(assignedToOther);
    }

    private static RuleResult recusal(TaskStep step, Optional<String> user) {
        return RECUSAL.check(new ApplicantRecusal.Facts(
                TerminationApprovalProcess.APPLICANT.from(step.values()::raw).orElse(null), user));
    }

    @Override
    public StartGuard onStart() {
        return this::mayStart;
    }

    private RuleResult mayStart(ProcessStart start) {
        Optional<String> court = CaseVariables.COURT_ID.from(start.variables());
        Optional<EnforcementCase> c = CaseVariables.CASE_ID.from(start.variables()).flatMap(cases::findById)
                .filter(found -> court.filter(found.courtId()::equals).isPresent());
        Optional<TerminationApplication.Status> application = TerminationApprovalProcess.APPLICATION.from(start.variables())
                .flatMap(applications::findById)
                .filter(a -> c.filter(found -> found.id().equals(a.caseId())).isPresent())
                .map(TerminationApplication::status);
        return START.check(new ApprovalStartsOnAnApplication.Facts(c.map(EnforcementCase::status), application));
    }
}
