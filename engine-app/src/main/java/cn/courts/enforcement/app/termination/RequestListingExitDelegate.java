package cn.courts.enforcement.app.termination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Backs {@code Task_RequestListingExit} (通知删除失信信息): after two fruitless searches, asks the case's listing
 * process to delete the listing ({@link TerminatedCaseMonitoringProcess.ListingExit}).
 */
@Component("requestListingExit")
class RequestListingExitDelegate implements JavaDelegate {

    private final TerminatedLibrary library;

    RequestListingExitDelegate(TerminatedLibrary library) {
        this.library = library;
    }

    @Override
    public void execute(DelegateExecution execution) {
        library.requestListingExit(ScheduleLibrarySearchDelegate.entryId(execution));
    }
}
