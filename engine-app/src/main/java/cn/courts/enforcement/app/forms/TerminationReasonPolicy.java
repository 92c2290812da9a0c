package cn.courts.enforcement.app.forms;

import cn.courts.enforcement.app.enforcement.EnforcementCaseProcess;
import cn.courts.enforcement.model.enforcement.ClosingMode;

/**
 * Terminating this round of enforcement (终结本次执行程序, 终本) must state its reasons: the 终本 ruling sets out the
 * enforcement so far, the investigation and the property found (《最高人民法院关于严格规范终结本次执行程序的规定（试行）》
 * 法〔2016〕373号 第一条 and the ruling's contents, article recalled, unconfirmed: R), and the reviewers apply the
 * "四个不批" (seed 004) to those reasons. A {@link ClosingMode#TERMINATED_THIS_ROUND} closing without a
 * {@code closingReason} is refused.
 */
public final class TerminationReasonPolicy implements CompletionPolicy {

    static final String LABEL = "结案理由";

    @Override
    public void check(Completion completion) {
        Object mode = completion.raw(EnforcementCaseProcess.Variables.CLOSING_MODE);
        if (ClosingMode.TERMINATED_THIS_ROUND.name().equals(mode) && completion.text(FormFields.CLOSING_REASON).isEmpty()) {
            throw new CompletionRefusedException(FormFields.CLOSING_REASON, "以“"
                    + ClosingMode.TERMINATED_THIS_ROUND.nameZh() + "”结案须写明" + LABEL
                    + "（执行经过、已采取的财产调查措施、查明的财产情况）");
        }
    }
}
