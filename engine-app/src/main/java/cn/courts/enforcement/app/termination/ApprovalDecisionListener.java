package cn.courts.enforcement.app.termination;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import static cn.courts.enforcement.app.termination.TerminationApprovalProcess.Elements;
import static cn.courts.enforcement.app.termination.TerminationApprovalProcess.Variables;

/**
 * Task listener of the approval tasks of TerminationApprovalProcess, {@code Task_ReviewApplication} and
 * {@code Task_LeaderApproval} (the rules of these tasks are in {@link TerminationApprovalGuards}, checked before this
 * runs):
 * <ul>
 *   <li><b>create</b>: clears the decision of an earlier round, so a resubmitted application is decided afresh;</li>
 *   <li><b>complete</b>: a return is recorded on the application (the figures count returns).</li>
 * </ul>
 */
@Component("terminationApprovalDecision")
class ApprovalDecisionListener implements TaskListener {

    private static final Logger log = LoggerFactory.getLogger(ApprovalDecisionListener.class);

    private final TerminationApplications applications;

    ApprovalDecisionListener(TerminationApplications applications) {
        this.applications = applications;
    }

    @Override
    public void notify(DelegateTask task) {
        String decision = decisionVariable(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.getExecution().removeVariable(decision);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())
                && !TerminationApplicationListener.isTrue(task.getVariable(decision))) {
            Long applicationId = TerminationApprovalProcess.APPLICATION.require(task);
            applications.returned(applicationId);
            log.info("Termination application {} returned at {} by {}", applicationId, task.getTaskDefinitionKey(),
                    task.getAssignee());
        }
    }

    private static String decisionVariable(DelegateTask task) {
        return switch (task.getTaskDefinitionKey()) {
            case Elements.REVIEW_APPLICATION -> Variables.REVIEW_APPROVED;
            case Elements.LEADER_APPROVAL -> Variables.LEADER_APPROVED;
            default -> throw new IllegalStateException("terminationApprovalDecision is not meant for " + task.getTaskDefinitionKey());
        };
    }
}
