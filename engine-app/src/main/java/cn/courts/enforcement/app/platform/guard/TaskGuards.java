package cn.courts.enforcement.app.platform.guard;

import java.util.List;

/**
 * The guards of one user task: those every completion passes, in order, and those every assignment passes.
 * {@link #none()} declares, explicitly, that a task has none.
 */
public record TaskGuards(List<TaskGuard> onCompletion, List<TaskGuard> onAssignment) {

    private static final TaskGuards NONE = new TaskGuards(List.of(), List.of());

    public TaskGuards {
        onCompletion = List.copyOf(onCompletion);
        onAssignment = List.copyOf(onAssignment);
    }

    /** A task without rules, declared as such. */
    public static TaskGuards none() {
        return NONE;
    }

    public static TaskGuards completion(TaskGuard... guards) {
        return new TaskGuards(List.of(guards), List.of());
    }

    public TaskGuards andAssignment(TaskGuard... guards) {
        return new TaskGuards(onCompletion, List.of(guards));
    }

    public boolean isEmpty() {
        return onCompletion.isEmpty() && onAssignment.isEmpty();
    }
}
