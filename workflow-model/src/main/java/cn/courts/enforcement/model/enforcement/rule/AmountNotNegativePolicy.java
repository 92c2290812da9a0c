package cn.courts.enforcement.model.enforcement.rule;

import cn.courts.enforcement.model.rule.Policy;
import cn.courts.enforcement.model.rule.RuleRefusal;
import cn.courts.enforcement.model.rule.RuleResult;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Sums of money a node records (起拍价, 成交价, 变卖价款/抵债金额, 到账金额, 发放金额) are amounts in 元 and cannot be
 * negative: they are entries of the case account (一案一账号, 《最高人民法院关于执行款物管理工作的规定》法发〔2017〕6号) and
 * of the auction record (网拍规定, 法释〔2016〕18号). Checked when given; the form requires the amounts it asks for.
 */
public final class AmountNotNegativePolicy implements Policy<AmountNotNegativePolicy.Facts> {

    public static final String RULE_CODE = "AMOUNT_NOT_NEGATIVE";
    static final String CITATION = "法发〔2017〕6号";

    /**
     * @param field  the amount's field
     * @param amount the amount recorded, null when none
     */
    public record Facts(CaseField field, BigDecimal amount) {
        public Facts {
            Objects.requireNonNull(field, "field");
        }
    }

    @Override
    public RuleResult check(Facts facts) {
        return RuleResult.unless(facts.amount() != null && facts.amount().signum() < 0, () -> new RuleRefusal(RULE_CODE,
                CITATION, facts.field().key(), "“" + facts.field().labelZh() + "”不能为负数（填写的是"
                        + facts.amount().toPlainString() + "）"));
    }
}
