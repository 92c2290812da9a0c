package cn.courts.enforcement.app.termination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start and end listener of TerminationApprovalProcess: links the application to its approval instance; and when the
 * approval is cancelled with its case (e.g. the debtor paid in full while the application was pending, which ends
 * the case from any node), closes the application as cancelled rather than leaving it pending in the figures.
 */
@Component("terminationApprovalLifecycle")
class ApprovalLifecycleListener implements ExecutionListener {

    private final TerminationApplications applications;

    ApprovalLifecycleListener(TerminationApplications applications) {
        this.applications = applications;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (!(execution.getVariable(TerminationApprovalProcess.Variables.APPLICATION_ID) instanceof Number id)) {
            return;
        }
        if (EVENTNAME_START.equals(execution.getEventName())) {
            applications.linkApproval(id.longValue(), execution.getProcessInstanceId());
        } else if (EVENTNAME_END.equals(execution.getEventName()) && execution.isCanceled()) {
            applications.cancelIfOpen(id.longValue());
        }
    }
}
