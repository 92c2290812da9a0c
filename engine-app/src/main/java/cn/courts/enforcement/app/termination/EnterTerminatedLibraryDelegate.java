package cn.courts.enforcement.app.termination;

import cn.courts.enforcement.app.enforcement.EnforcementCaseProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Backs {@code Task_EnterTerminatedLibrary} (纳入终本案件库) of EnforcementCaseProcess. */
@Component("enterTerminatedLibrary")
class EnterTerminatedLibraryDelegate implements JavaDelegate {

    private final TerminatedLibrary library;

    EnterTerminatedLibraryDelegate(TerminatedLibrary library) {
        this.library = library;
    }

    @Override
    public void execute(DelegateExecution execution) {
        library.enter(((Number) execution.getVariable(EnforcementCaseProcess.Variables.CASE_ID)).longValue());
    }
}
