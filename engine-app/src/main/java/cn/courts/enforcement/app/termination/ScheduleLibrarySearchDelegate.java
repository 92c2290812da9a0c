package cn.courts.enforcement.app.termination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.util.Optional;

import static cn.courts.enforcement.app.termination.TerminatedCaseMonitoringProcess.Variables;

/**
 * Backs {@code Task_ScheduleNextSearch} (安排下次定期查控): the next round's timer ({@code nextSearchAt}), or
 * {@code monitoringOver} after five years.
 */
@Component("scheduleLibrarySearch")
class ScheduleLibrarySearchDelegate implements JavaDelegate {

    private final TerminatedLibrary library;

    ScheduleLibrarySearchDelegate(TerminatedLibrary library) {
        this.library = library;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Optional<TerminatedLibrary.ScheduledSearch> search = library.scheduleNextSearch(entryId(execution));
        execution.setVariable(Variables.MONITORING_OVER, search.isEmpty());
        search.ifPresent(s -> execution.setVariable(Variables.NEXT_SEARCH_AT, s.at()));
    }

    static Long entryId(DelegateExecution execution) {
        return ((Number) execution.getVariable(Variables.LIBRARY_ENTRY_ID)).longValue();
    }
}
