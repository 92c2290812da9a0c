package cn.courts.enforcement.app.forms;

import cn.courts.enforcement.app.calendar.LegalCalendarService;
import cn.courts.enforcement.app.enforcement.EnforcementCaseProcess;
import cn.courts.enforcement.app.enforcement.PropertyRecordRepository;
import cn.courts.enforcement.app.platform.CourtClock;
import cn.courts.enforcement.model.parameter.LegalRatios;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks every completion of a user task against the domain rules of its node ({@link TaskRules}), with the
 * court's today ({@link CourtClock}) and the auction percentages of {@link LegalRatios#defaults()}. Called by
 * {@link CaseTaskForms}' listeners: when a form is submitted (before anything is written) and on the task's
 * complete event (every other way of completing). A broken rule throws {@link CompletionRefusedException}
 * and the completion's transaction rolls back.
 */
@Component("formCompletionRules")
public class FormCompletionRules {

    private final TaskRules rules;
    private final CourtClock clock;
    private final PropertyRecordRepository properties;
    private final LegalCalendarService calendar;

    FormCompletionRules(CourtClock clock, PropertyRecordRepository properties, LegalCalendarService calendar) {
        this.clock = clock;
        this.properties = properties;
        this.calendar = calendar;
        this.rules = new TaskRules(LegalRatios.defaults(), this::latestRenewalEnd);
    }

    /**
     * @param processKey the process definition key of the task
     * @param activityId the user task's id in the model
     * @param values     a variable's value as the completion leaves it (submitted, else the case's)
     * @throws CompletionRefusedException if a rule of the node is broken
     */
    public void check(String processKey, String activityId, Function<String, Object> values) {
        rules.check(processKey, activityId, new Completion(values, clock.today(), clock.zone()));
    }

    /** The end of a control renewed today for its full legal period, as {@code propertyControls} sets it. */
    private Optional<LocalDate> latestRenewalEnd(Completion completion) {
        if (!(completion.raw(EnforcementCaseProcess.Variables.PROPERTY_RECORD_ID) instanceof Number id)) {
            return Optional.empty();
        }
        return properties.findById(id.longValue())
                .map(property -> calendar.dueDate(completion.today(), property.kind().controlPeriod()));
    }
}
