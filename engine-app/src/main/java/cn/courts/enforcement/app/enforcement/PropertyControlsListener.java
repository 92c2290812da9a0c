package cn.courts.enforcement.app.enforcement;

import cn.courts.enforcement.app.calendar.LegalCalendarService;
import cn.courts.enforcement.app.platform.CourtClock;
import cn.courts.enforcement.model.enforcement.PropertyRecord;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

import static cn.courts.enforcement.app.enforcement.EnforcementCaseProcess.Elements;
import static cn.courts.enforcement.app.enforcement.EnforcementCaseProcess.Variables;

/**
 * Keeps the property records in step with the judge's work (complete listener):
 * <ul>
 *   <li>{@code Task_ControlProperty}: every found, uncontrolled property is seized/frozen today until the
 *   end of its legal period (民诉法解释 第485条: deposits 1 year, movables 2, real estate 3);</li>
 *   <li>{@code Task_RenewControl}: the property named by the renewal is controlled again for a full
 *   period from today (续行查封/冻结);</li>
 *   <li>{@code Task_DisburseFunds}: the controlled property has been turned into the money paid out, so
 *   it counts as disposed (the first of the 四个不批 looks at this).</li>
 * </ul>
 */
@Component("propertyControls")
class PropertyControlsListener implements TaskListener {

    private static final Logger log = LoggerFactory.getLogger(PropertyControlsListener.class);

    private final PropertyRecordRepository properties;
    private final LegalCalendarService calendar;
    private final CourtClock clock;

    PropertyControlsListener(PropertyRecordRepository properties, LegalCalendarService calendar, CourtClock clock) {
        this.properties = properties;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        Long caseId = (Long) task.getVariable(Variables.CASE_ID);
        LocalDate today = clock.today();
        switch (task.getTaskDefinitionKey()) {
            case Elements.CONTROL_PROPERTY -> properties.findByCaseIdOrderById(caseId).stream()
                    .filter(p -> p.controlledOn() == null && !p.disposed())
                    .forEach(p -> control(p, today));
            case Elements.RENEW_CONTROL -> {
                Long recordId = ((Number) task.getVariable(Variables.PROPERTY_RECORD_ID)).longValue();
                properties.findById(recordId).ifPresent(p -> control(p, today));
            }
            case Elements.DISBURSE_FUNDS -> properties.findByCaseIdOrderById(caseId).stream()
                    .filter(p -> p.controlledOn() != null && !p.disposed())
                    .forEach(PropertyRecord::markDisposed);
            default -> throw new IllegalStateException("propertyControls is not meant for " + task.getTaskDefinitionKey());
        }
    }

    private void control(PropertyRecord property, LocalDate today) {
        LocalDate until = calendar.dueDate(today, property.kind().controlPeriod());
        property.control(today, until);
        log.info("Property {} of case {} controlled until {}", property.id(), property.caseId(), until);
    }
}
