package cn.courts.enforcement.app.termination;

import cn.courts.enforcement.model.termination.TerminationApplication;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static cn.courts.enforcement.app.termination.TerminationApprovalProcess.Variables;

/**
 * Backs {@code Task_RecordApproval} (登记终本批准) and {@code Task_RecordWithdrawal} (登记撤回终本申请) of
 * TerminationApprovalProcess: records the outcome (input {@code outcome}) on the application and tells the case
 * ({@code terminationApproved}, mapped out of the call).
 */
@Component("recordTerminationOutcome")
class RecordTerminationOutcomeDelegate implements JavaDelegate {

    private final TerminationApplications applications;

    RecordTerminationOutcomeDelegate(TerminationApplications applications) {
        this.applications = applications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TerminationApplication.Status outcome = TerminationApplication.Status.valueOf((String) execution.getVariable(Variables.OUTCOME));
        Long applicationId = ((Number) execution.getVariable(Variables.APPLICATION_ID)).longValue();
        applications.decide(applicationId, outcome);
        execution.setVariable(Variables.TERMINATION_APPROVED, outcome == TerminationApplication.Status.APPROVED);
    }
}
