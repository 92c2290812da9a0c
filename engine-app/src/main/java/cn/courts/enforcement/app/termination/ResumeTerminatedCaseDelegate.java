package cn.courts.enforcement.app.termination;

import cn.courts.enforcement.app.enforcement.CaseResumptionService;
import cn.courts.enforcement.model.termination.TerminatedCaseEntry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static cn.courts.enforcement.app.termination.TerminatedCaseMonitoringProcess.Variables;

/**
 * Backs {@code Task_ResumeCase} (assets found) and {@code Task_ResumeOnRequest} (the creditor applied): 恢复执行, a
 * linked 执恢 case with its own EnforcementCaseProcess, the creditor notified (input {@code resumptionTrigger}).
 */
@Component("resumeTerminatedCase")
class ResumeTerminatedCaseDelegate implements JavaDelegate {

    private final TerminatedLibrary library;

    ResumeTerminatedCaseDelegate(TerminatedLibrary library) {
        this.library = library;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TerminatedCaseEntry.ResumptionTrigger trigger =
                TerminatedCaseEntry.ResumptionTrigger.valueOf((String) execution.getVariable(Variables.RESUMPTION_TRIGGER));
        Object requestedBy = execution.getVariable(Variables.RESUMPTION_REQUESTED_BY);
        String by = requestedBy != null ? requestedBy.toString() : TerminatedLibrary.LIBRARY_SEARCH_USER;
        CaseResumptionService.ResumedCase resumed = library.resume(ScheduleLibrarySearchDelegate.entryId(execution), trigger, by);
        execution.setVariable(Variables.RESUMED_CASE_ID, resumed.caseId());
        execution.setVariable(Variables.RESUMED_CASE_NUMBER, resumed.caseNumber());
    }
}
