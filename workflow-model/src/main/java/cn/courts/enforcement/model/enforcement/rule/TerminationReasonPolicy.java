package cn.courts.enforcement.model.enforcement.rule;

import cn.courts.enforcement.model.enforcement.ClosingMode;
import cn.courts.enforcement.model.rule.Policy;
import cn.courts.enforcement.model.rule.RuleRefusal;
import cn.courts.enforcement.model.rule.RuleResult;

/**
 * Terminating this round of enforcement (终结本次执行程序, 终本) must state its reasons: the 终本 ruling sets out the
 * enforcement so far, the measures taken and the property found (《最高人民法院关于严格规范终结本次执行程序的规定（试行）》
 * 法〔2016〕373号 第一条 and the ruling's contents; article of the contents recalled, unconfirmed: R), and the
 * reviewers apply the "四个不批" (seed 004) to those reasons. A {@link ClosingMode#TERMINATED_THIS_ROUND} closing
 * without a reason is refused; other closings are not this rule's business.
 */
public final class TerminationReasonPolicy implements Policy<TerminationReasonPolicy.Facts> {

    public static final String RULE_CODE = "TERMINATION_REASON_REQUIRED";
    static final String CITATION = "法〔2016〕373号 第一条";

    /**
     * @param mode   the closing mode recorded, null when none (or not one of the six)
     * @param reason the closing reason, null or blank when none
     */
    public record Facts(ClosingMode mode, String reason) {
    }

    @Override
    public RuleResult check(Facts facts) {
        return RuleResult.unless(facts.mode() == ClosingMode.TERMINATED_THIS_ROUND
                && (facts.reason() == null || facts.reason().isBlank()), () -> new RuleRefusal(RULE_CODE, CITATION,
                CaseField.CLOSING_REASON.key(), "以“" + ClosingMode.TERMINATED_THIS_ROUND.nameZh() + "”结案须写明"
                + CaseField.CLOSING_REASON.labelZh() + "（执行经过、已采取的财产调查措施、查明的财产情况）"));
    }
}
