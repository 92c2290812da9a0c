package cn.courts.enforcement.app.platform.guard;

import java.util.Map;

/**
 * A feature's declaration of the rules of one of its processes, next to its process contract: for every user task of
 * the model, the guards its completions and assignments pass ({@link TaskGuards#none()} for a task without rules,
 * declared explicitly), and what the case must be for the process to start. A Spring bean; {@link GuardRegistry}
 * collects them, {@code EveryUserTaskDeclaresItsGuardsTests} fails for a user task in {@code bpmn/} without a
 * declaration.
 */
public interface ProcessGuards {

    /** The process definition key. */
    String processKey();

    /** Every user task's element id and its guards. */
    Map<String, TaskGuards> userTasks();

    /** The check on entry of every instance; {@link StartGuard#NONE} when any start is right. */
    default StartGuard onStart() {
        return StartGuard.NONE;
    }
}
