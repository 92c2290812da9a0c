package cn.courts.enforcement.app.support;

import cn.courts.enforcement.app.platform.guard.RuleRefusedException;
import cn.courts.enforcement.model.rule.RuleRefusal;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Tests of refused steps: the rule refusal a step threw, wherever in the cause chain the engine put it. */
public final class RuleRefusalAssert {

    private RuleRefusalAssert() {
    }

    /**
     * Runs a step that a rule must refuse and returns the refusal.
     *
     * @throws AssertionError if the step passes or fails otherwise
     */
    public static RuleRefusal refusalOf(ThrowingCallable step) {
        Throwable thrown = Assertions.catchThrowable(step);
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RuleRefusedException refused) {
                return refused.refusal();
            }
        }
        throw new AssertionError("expected a step refused by a rule (RuleRefusedException), got " + thrown, thrown);
    }
}
