package cn.courts.enforcement.app.platform.guard;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a {@link TaskGuard} sees of one step on a user task: a completion (every way: Tasklist's form, {@code
 * /engine-rest}'s complete or submit-form, the court API, the Java API) or an assignment (claim, set assignee,
 * delegate).
 *
 * @param kind       completion or assignment
 * @param processKey the process definition key of the task
 * @param elementId  the user task's id in the model
 * @param taskId     the task's id
 * @param values     the values the step leaves on the task (submitted over the case's), typed
 * @param actor      the logged-in user taking the step; empty for the platform itself (jobs, the court API's
 *                   system calls)
 * @param assignee   the task's assignee after the step (for an assignment: the new one)
 * @param today      the court's today (the engine clock in the court's zone)
 */
public record TaskStep(Kind kind, String processKey, String elementId, String taskId, FormValues values,
                       Optional<String> actor, String assignee, LocalDate today) {

    public enum Kind { COMPLETION, ASSIGNMENT }

    /** Who takes the step: the logged-in user, else the assignee. */
    public Optional<String> actorOrAssignee() {
        return actor.or(() -> Optional.ofNullable(assignee));
    }
}
