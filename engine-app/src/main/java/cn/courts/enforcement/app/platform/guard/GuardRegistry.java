package cn.courts.enforcement.app.platform.guard;

import cn.courts.enforcement.app.platform.CourtClock;
import cn.courts.enforcement.app.platform.SystemAccess;
import cn.courts.enforcement.model.rule.RuleRefusal;
import cn.courts.enforcement.model.rule.RuleResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The one guard mechanism: holds every feature's {@link ProcessGuards} and runs them for every step on every path.
 * {@link GuardParseListener} calls it from every user task (completion, assignment, submitted form) and every process
 * start of every model. A step with malformed values is refused with all of them (400); otherwise the first rule that
 * refuses refuses the step (422). A refusal is logged as one line; nothing of the step is written.
 */
@Component
public class GuardRegistry {

    private static final Logger log = LoggerFactory.getLogger(GuardRegistry.class);

    private final Map<String, ProcessGuards> byProcess = new HashMap<>();
    private final CourtClock clock;
    private final SystemAccess systemAccess;

    GuardRegistry(List<ProcessGuards> declarations, CourtClock clock, SystemAccess systemAccess) {
        for (ProcessGuards declaration : declarations) {
            ProcessGuards earlier = byProcess.put(declaration.processKey(), declaration);
            if (earlier != null) {
                throw new IllegalStateException("two guard declarations for " + declaration.processKey() + ": "
                        + earlier.getClass().getName() + " and " + declaration.getClass().getName());
            }
        }
        this.clock = clock;
        this.systemAccess = systemAccess;
    }

    /** The guards declared for a user task, if its process declares it. */
    public Optional<TaskGuards> declared(String processKey, String elementId) {
        return Optional.ofNullable(byProcess.get(processKey)).map(p -> p.userTasks().get(elementId));
    }

    /** The processes with a declaration. */
    public Set<String> processes() {
        return Set.copyOf(byProcess.keySet());
    }

    /**
     * Checks a completion.
     *
     * @param values   a variable's value as the completion leaves it (submitted, else the task's)
     * @param assignee the task's assignee
     * @throws MalformedValuesException if values are of the wrong type
     * @throws RuleRefusedException     if a rule refuses it
     */
    public void checkCompletion(String processKey, String elementId, String taskId, Function<String, Object> values,
                                String assignee) {
        run(TaskStep.Kind.COMPLETION, processKey, elementId, taskId, values, assignee);
    }

    /** Checks an assignment (claim, set assignee, delegate) to {@code newAssignee}. */
    public void checkAssignment(String processKey, String elementId, String taskId, Function<String, Object> values,
                                String newAssignee) {
        run(TaskStep.Kind.ASSIGNMENT, processKey, elementId, taskId, values, newAssignee);
    }

    /** Checks the start of an instance against its process's {@link StartGuard}. */
    public void checkStart(ProcessStart start) {
        ProcessGuards guards = byProcess.get(start.processKey());
        if (guards != null) {
            guards.onStart().check(start).rejection().ifPresent(refusal -> refuse("start of " + start.processKey()
                    + " (" + start.businessKey() + ")", refusal));
        }
    }

    /** The logged-in user the engine works for now, if any. */
    public Optional<String> currentUser() {
        return systemAccess.currentUserId();
    }

    private void run(TaskStep.Kind kind, String processKey, String elementId, String taskId,
                     Function<String, Object> values, String assignee) {
        Optional<TaskGuards> declared = declared(processKey, elementId);
        if (declared.isEmpty()) {
            return;
        }
        List<TaskGuard> guards = kind == TaskStep.Kind.COMPLETION ? declared.get().onCompletion() : declared.get().onAssignment();
        if (guards.isEmpty()) {
            return;
        }
        FormValues form = new FormValues(values, clock.zone());
        TaskStep step = new TaskStep(kind, processKey, elementId, taskId, form, currentUser(), assignee, clock.today());
        List<RuleRefusal> refusals = new ArrayList<>();
        for (TaskGuard guard : guards) {
            guard.check(step).rejection().ifPresent(refusals::add);
            if (!refusals.isEmpty() && form.errors().isEmpty()) {
                break;
            }
        }
        if (!form.errors().isEmpty()) {
            log.info("Refused {} of {}/{} task {} by {}: malformed {}", kind, processKey, elementId, taskId,
                    step.actor().orElse("platform"), form.errors().stream().map(FieldError::field).toList());
            throw new MalformedValuesException(form.errors());
        }
        if (!refusals.isEmpty()) {
            refuse(kind.name().toLowerCase() + " of " + processKey + "/" + elementId + " task " + taskId + " by "
                    + step.actor().orElse("platform"), refusals.get(0));
        }
    }

    private static void refuse(String what, RuleRefusal refusal) {
        log.info("Rule {} refused {}: {}", refusal.ruleCode(), what, refusal.messageZh());
        throw new RuleRefusedException(refusal);
    }
}
