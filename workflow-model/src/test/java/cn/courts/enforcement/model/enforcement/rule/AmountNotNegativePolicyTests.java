package cn.courts.enforcement.model.enforcement.rule;

import cn.courts.enforcement.model.rule.RuleRefusal;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static cn.courts.enforcement.model.enforcement.rule.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

class AmountNotNegativePolicyTests {

    private final AmountNotNegativePolicy policy = new AmountNotNegativePolicy();

    @Test
    void zeroAndPositiveAmountsAreAllowed() {
        for (String amount : new String[]{"0", "125000", "125000.5", "3000000000", "0.01"}) {
            assertThat(policy.check(new AmountNotNegativePolicy.Facts(CaseField.AMOUNT_RECEIVED, new BigDecimal(amount)))
                    .isAllowed()).as(amount).isTrue();
        }
    }

    @Test
    void negativeAmountIsRefused() {
        RuleRefusal refusal = refusalOf(policy.check(new AmountNotNegativePolicy.Facts(CaseField.AMOUNT_RECEIVED,
                new BigDecimal("-0.01"))));
        assertThat(refusal.ruleCode()).isEqualTo("AMOUNT_NOT_NEGATIVE");
        assertThat(refusal.field()).isEqualTo("amountReceived");
        assertThat(refusal.citation()).isEqualTo("法发〔2017〕6号");
        assertThat(refusal.messageZh()).isEqualTo("“执行款到账金额”不能为负数（填写的是-0.01）");
    }

    @Test
    void noAmountIsNotThisRulesBusiness() {
        assertThat(policy.check(new AmountNotNegativePolicy.Facts(CaseField.SALE_PRICE, null)).isAllowed()).isTrue();
    }
}
