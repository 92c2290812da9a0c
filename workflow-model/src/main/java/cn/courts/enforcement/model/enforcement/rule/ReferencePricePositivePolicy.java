package cn.courts.enforcement.model.enforcement.rule;

import cn.courts.enforcement.model.rule.Policy;
import cn.courts.enforcement.model.rule.RuleRefusal;
import cn.courts.enforcement.model.rule.RuleResult;

import java.math.BigDecimal;

/**
 * The reference price (参考价) of property to be disposed of is a price above zero: it is what the parties agreed, the
 * inquiry returned or the valuer found (《最高人民法院关于人民法院确定财产处置参考价若干问题的规定》法释〔2018〕15号 第二条),
 * and the auction's reserve price is a share of it (网拍规定 第十条). A reference price of zero would let any reserve
 * price pass. Checked when given; the form requires it.
 */
public final class ReferencePricePositivePolicy implements Policy<ReferencePricePositivePolicy.Facts> {

    public static final String RULE_CODE = "REFERENCE_PRICE_POSITIVE";
    static final String CITATION = "法释〔2018〕15号 第二条";

    /** @param referencePrice the reference price recorded, null when none */
    public record Facts(BigDecimal referencePrice) {
    }

    @Override
    public RuleResult check(Facts facts) {
        BigDecimal price = facts.referencePrice();
        return RuleResult.unless(price != null && price.signum() <= 0, () -> new RuleRefusal(RULE_CODE, CITATION,
                CaseField.REFERENCE_PRICE.key(), CaseField.REFERENCE_PRICE.labelZh() + "应大于零（填写的是"
                + price.toPlainString() + "）"));
    }
}
