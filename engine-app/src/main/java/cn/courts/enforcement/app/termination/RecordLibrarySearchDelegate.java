package cn.courts.enforcement.app.termination;

import cn.courts.enforcement.app.networksearch.NetworkSearchTopic;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.util.List;

import static cn.courts.enforcement.app.termination.TerminatedCaseMonitoringProcess.Variables;

/**
 * Backs {@code Task_RecordLibrarySearch} (登记定期查控结果): the network search's findings ({@link NetworkSearchTopic})
 * become property records of the terminated case; sets {@code assetsFound} and {@code listingExitDue}.
 */
@Component("recordLibrarySearch")
class RecordLibrarySearchDelegate implements JavaDelegate {

    private final TerminatedLibrary library;
    private final ObjectMapper objectMapper;

    RecordLibrarySearchDelegate(TerminatedLibrary library, ObjectMapper objectMapper) {
        this.library = library;
        this.objectMapper = objectMapper;
    }

    @Override
    public void execute(DelegateExecution execution) throws JsonProcessingException {
        Object raw = execution.getVariable(Variables.SEARCH_FINDINGS);
        List<NetworkSearchTopic.Finding> findings = raw == null ? List.of()
                : List.of(objectMapper.readValue(raw.toString(), NetworkSearchTopic.Finding[].class));
        TerminatedLibrary.SearchOutcome outcome = library.recordSearch(ScheduleLibrarySearchDelegate.entryId(execution), findings);
        execution.setVariable(Variables.ASSETS_FOUND, outcome.assetsFound());
        execution.setVariable(Variables.LISTING_EXIT_DUE, outcome.listingExitDue());
    }
}
