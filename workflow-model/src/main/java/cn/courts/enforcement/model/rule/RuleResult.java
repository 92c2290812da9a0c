package cn.courts.enforcement.model.rule;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a rule says of a step: {@link Allowed}, or {@link Refused} with the reason. A policy never throws for a broken
 * rule; its caller decides what a refusal becomes (a 422 problem document, a refused Tasklist submission).
 */
public sealed interface RuleResult permits RuleResult.Allowed, RuleResult.Refused {

    /** The step keeps the rule. */
    record Allowed() implements RuleResult {
    }

    /** The step breaks the rule. */
    record Refused(RuleRefusal refusal) implements RuleResult {
        public Refused {
            java.util.Objects.requireNonNull(refusal, "refusal");
        }
    }

    Allowed ALLOWED = new Allowed();

    static RuleResult allowed() {
        return ALLOWED;
    }

    static RuleResult refused(String ruleCode, String citation, String field, String messageZh) {
        return new Refused(new RuleRefusal(ruleCode, citation, field, messageZh));
    }

    /** Allowed unless {@code refused}; the refusal is built only when needed. */
    static RuleResult unless(boolean refused, Supplier<RuleRefusal> refusal) {
        return refused ? new Refused(refusal.get()) : ALLOWED;
    }

    default boolean isAllowed() {
        return this instanceof Allowed;
    }

    /** The refusal, if refused. */
    default Optional<RuleRefusal> rejection() {
        return this instanceof Refused refused ? Optional.of(refused.refusal()) : Optional.empty();
    }

    /** This result if refused, else the next rule's: the first refusal wins, later rules are not checked. */
    default RuleResult and(Supplier<RuleResult> next) {
        return isAllowed() ? next.get() : this;
    }
}
