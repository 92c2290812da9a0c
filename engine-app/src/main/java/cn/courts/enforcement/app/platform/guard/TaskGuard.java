package cn.courts.enforcement.app.platform.guard;

import cn.courts.enforcement.model.rule.RuleResult;

/**
 * One rule a step on a user task must keep: reads the step's values into the typed facts of a domain policy
 * ({@code workflow-model}) and returns the policy's result. Declared per task element in the feature's
 * {@link ProcessGuards}; run by {@link GuardRegistry} on every path that completes, claims or assigns a task.
 */
@FunctionalInterface
public interface TaskGuard {

    RuleResult check(TaskStep step);
}
