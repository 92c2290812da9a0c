package cn.courts.enforcement.app.enforcement;

import cn.courts.enforcement.app.platform.CourtClock;
import cn.courts.enforcement.model.enforcement.PropertyKind;
import cn.courts.enforcement.model.enforcement.PropertyRecord;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;

import static cn.courts.enforcement.app.enforcement.EnforcementCaseProcess.Variables;

/**
 * Backs {@code Task_RecordSearchResults} (登记查控结果): turns the network search's findings into property
 * records and sets the first estimate of {@code propertyFound} and {@code disposalNeeded}; the judge
 * confirms both when completing the investigation and controlling the property.
 */
@Component("recordSearchResults")
class RecordSearchResultsDelegate implements JavaDelegate {

    /** One finding of the network search, as the external system reports it. */
    record Finding(PropertyKind kind, String description, String holder, BigDecimal estimatedValue) {
    }

    private final PropertyRecordRepository properties;
    private final ObjectMapper objectMapper;
    private final CourtClock clock;

    RecordSearchResultsDelegate(PropertyRecordRepository properties, ObjectMapper objectMapper, CourtClock clock) {
        this.properties = properties;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) throws JsonProcessingException {
        Long caseId = (Long) execution.getVariable(Variables.CASE_ID);
        Object raw = execution.getVariable(Variables.SEARCH_FINDINGS);
        List<Finding> findings = raw == null ? List.of()
                : List.of(objectMapper.readValue(raw.toString(), Finding[].class));
        for (Finding f : findings) {
            properties.save(new PropertyRecord(caseId, f.kind(), f.description(), f.holder(), f.estimatedValue(),
                    PropertyRecord.Source.NETWORK_SEARCH, clock.today()));
        }
        List<PropertyRecord> all = properties.findByCaseIdOrderById(caseId);
        execution.setVariable(Variables.PROPERTY_FOUND, !all.isEmpty());
        execution.setVariable(Variables.DISPOSAL_NEEDED, all.stream().anyMatch(p -> p.kind().needsDisposal()));
    }
}
