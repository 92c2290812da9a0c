package cn.courts.enforcement.app.platform.guard;

import cn.courts.enforcement.model.rule.RuleResult;

/**
 * What the case must be for a process to start: checked on entry of every instance of the process, however it is
 * started (the court API, a call activity, a delegate). The second line of defence behind "only the court starts
 * processes": a start the case's state does not allow is refused and nothing is created.
 */
@FunctionalInterface
public interface StartGuard {

    StartGuard NONE = start -> RuleResult.allowed();

    RuleResult check(ProcessStart start);
}
