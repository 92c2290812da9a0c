package cn.courts.enforcement.model.enforcement.rule;

import cn.courts.enforcement.model.rule.Policy;
import cn.courts.enforcement.model.rule.RuleRefusal;
import cn.courts.enforcement.model.rule.RuleResult;
import cn.courts.enforcement.model.rule.ZhText;

import java.math.BigDecimal;

/**
 * A court pays out only money that has arrived in the case's account: the amount disbursed cannot exceed the amount
 * received (《最高人民法院关于执行款物管理工作的规定》法发〔2017〕6号: 一案一账号, execution money is paid out from the case
 * account after it arrives; article number not confirmed, as in the parameter table). Checked when both amounts are
 * known.
 */
public final class DisbursementWithinReceiptsPolicy implements Policy<DisbursementWithinReceiptsPolicy.Facts> {

    public static final String RULE_CODE = "DISBURSEMENT_WITHIN_RECEIPTS";
    static final String CITATION = "法发〔2017〕6号";

    /**
     * @param received  the money arrived in the case account, null when not recorded
     * @param disbursed the money paid out, null when not recorded
     */
    public record Facts(BigDecimal received, BigDecimal disbursed) {
    }

    @Override
    public RuleResult check(Facts facts) {
        return RuleResult.unless(facts.received() != null && facts.disbursed() != null
                && facts.disbursed().compareTo(facts.received()) > 0, () -> new RuleRefusal(RULE_CODE, CITATION,
                CaseField.AMOUNT_DISBURSED.key(), CaseField.AMOUNT_DISBURSED.labelZh() + ZhText.yuan(facts.disbursed())
                + "超过" + CaseField.AMOUNT_RECEIVED.labelZh() + ZhText.yuan(facts.received())
                + "：只能发放已到账的执行款（法发〔2017〕6号，一案一账号）"));
    }
}
