package cn.courts.enforcement.app.forms;

import java.util.Set;

/**
 * One domain rule a task completion must keep. Each rule is a small class named after it, with its legal
 * basis in the Javadoc; {@link TaskRules} says which rules apply to which task.
 */
public interface CompletionPolicy {

    /**
     * Checks the completion.
     *
     * @throws CompletionRefusedException with the Chinese message the judge reads, if the rule is broken
     */
    void check(Completion completion);

    /** The variables this rule requires to be present (the form marks them required too). */
    default Set<String> requiredFields() {
        return Set.of();
    }
}
