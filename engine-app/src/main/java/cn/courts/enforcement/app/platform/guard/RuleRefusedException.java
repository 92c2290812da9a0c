package cn.courts.enforcement.app.platform.guard;

import cn.courts.enforcement.model.rule.RuleRefusal;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A step a rule refuses: answered 422 with the rule's Chinese message on {@code /engine-rest}, the webapps' engine API
 * and {@code /api}. The step's transaction rolls back; nothing is written. A {@link BadUserRequestException}, so that
 * the engine logs it at debug, not as an error with a stack trace (the answer logs one line).
 */
public class RuleRefusedException extends BadUserRequestException {

    private static final long serialVersionUID = 1L;

    private final transient RuleRefusal refusal;

    public RuleRefusedException(RuleRefusal refusal) {
        super(refusal.messageZh());
        this.refusal = refusal;
    }

    public RuleRefusal refusal() {
        return refusal;
    }
}
