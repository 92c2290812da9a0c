package cn.courts.enforcement.app.termination;

import cn.courts.enforcement.app.termination.TerminationApprovalProcess.ConsentBasis;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import cn.courts.enforcement.app.platform.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Arrays;

import static cn.courts.enforcement.app.termination.TerminationApprovalProcess.Elements;
import static cn.courts.enforcement.app.termination.TerminationApprovalProcess.Variables;

/**
 * Guards the approval tasks of TerminationApprovalProcess, {@code Task_ReviewApplication} (审批人) and
 * {@code Task_LeaderApproval} (院领导):
 * <ul>
 *   <li><b>create</b>: clears the decision of an earlier round, so a resubmitted application is decided afresh;</li>
 *   <li><b>assignment</b> (claim, delegate, set assignee): the applicant can never hold his own application's
 *   approval (回避; seed 004: the leaders hold the line, not the judge who applied);</li>
 *   <li><b>complete</b>: the applicant can never approve or return it; a decision is required; a return needs its
 *   reason; an approval needs the creditor's signed confirmation or a collegial panel's record
 *   (民诉法解释 第517条: "经申请执行人签字确认或者执行法院组成合议庭审查核实并经院长批准").</li>
 * </ul>
 * A broken rule refuses the step with a Chinese message ({@link TerminationRefusedException}); the step rolls back.
 */
@Component("approvalTaskGuard")
class ApprovalTaskGuard implements TaskListener {

    private static final Logger log = LoggerFactory.getLogger(ApprovalTaskGuard.class);

    static final String SELF_APPROVAL = "终本申请人不得审批本人提出的终本申请（应当回避），请由其他审批人办理。";
    static final String DECISION_REQUIRED = "请作出审批意见：同意，或写明理由退回。";
    static final String RETURN_REASON_REQUIRED = "退回终本申请须写明退回理由。";
    static final String CONSENT_REQUIRED = "批准终结本次执行程序须有申请执行人签字确认，或经合议庭审查核实（民诉法解释 第517条）："
            + "请选择依据并填写确认书或合议庭评议笔录的名称、编号。";

    private final TerminationApplications applications;
    private final SystemAccess systemAccess;

    ApprovalTaskGuard(TerminationApplications applications, SystemAccess systemAccess) {
        this.applications = applications;
        this.systemAccess = systemAccess;
    }

    @Override
    public void notify(DelegateTask task) {
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> task.getExecution().removeVariable(decisionVariable(task));
            case EVENTNAME_ASSIGNMENT -> refuseApplicant(task, task.getAssignee());
            case EVENTNAME_COMPLETE -> complete(task);
            default -> {
                // no other event is registered
            }
        }
    }

    private void complete(DelegateTask task) {
        refuseApplicant(task, actor(task));
        Object decision = task.getVariable(decisionVariable(task));
        if (!(decision instanceof Boolean) && !"true".equals(decision) && !"false".equals(decision)) {
            throw new TerminationRefusedException(DECISION_REQUIRED);
        }
        Long applicationId = ((Number) task.getVariable(Variables.APPLICATION_ID)).longValue();
        if (TerminationApplicationListener.isTrue(decision)) {
            requireConsent(task);
            return;
        }
        Object reason = task.getVariable(Variables.RETURN_REASON);
        if (reason == null || reason.toString().isBlank()) {
            throw new TerminationRefusedException(RETURN_REASON_REQUIRED);
        }
        applications.returned(applicationId);
        log.info("Termination application {} returned at {} by {}", applicationId, task.getTaskDefinitionKey(), actor(task));
    }

    private static void requireConsent(DelegateTask task) {
        Object basis = task.getVariable(Variables.CONSENT_BASIS);
        Object record = task.getVariable(Variables.CONSENT_RECORD);
        boolean knownBasis = basis != null && Arrays.stream(ConsentBasis.values()).anyMatch(b -> b.name().equals(basis.toString()));
        if (!knownBasis || record == null || record.toString().isBlank()) {
            throw new TerminationRefusedException(CONSENT_REQUIRED);
        }
    }

    private void refuseApplicant(DelegateTask task, String userId) {
        Object applicant = task.getVariable(Variables.APPLICANT_ID);
        if (userId != null && applicant != null && userId.equals(applicant.toString())) {
            log.info("Applicant {} refused at {} of his own termination application", userId, task.getTaskDefinitionKey());
            throw new TerminationRefusedException(SELF_APPROVAL);
        }
    }

    /** The logged-in user, else the assignee. */
    private String actor(DelegateTask task) {
        return systemAccess.currentUserId().orElse(task.getAssignee());
    }

    private static String decisionVariable(DelegateTask task) {
        return switch (task.getTaskDefinitionKey()) {
            case Elements.REVIEW_APPLICATION -> Variables.REVIEW_APPROVED;
            case Elements.LEADER_APPROVAL -> Variables.LEADER_APPROVED;
            default -> throw new IllegalStateException("approvalTaskGuard is not meant for " + task.getTaskDefinitionKey());
        };
    }
}
