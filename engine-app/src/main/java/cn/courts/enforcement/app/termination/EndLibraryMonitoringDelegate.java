package cn.courts.enforcement.app.termination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Backs {@code Task_EndMonitoring} (终本监控期满): five years of searches are over. */
@Component("endLibraryMonitoring")
class EndLibraryMonitoringDelegate implements JavaDelegate {

    private final TerminatedLibrary library;

    EndLibraryMonitoringDelegate(TerminatedLibrary library) {
        this.library = library;
    }

    @Override
    public void execute(DelegateExecution execution) {
        library.endMonitoring(ScheduleLibrarySearchDelegate.entryId(execution));
    }
}
