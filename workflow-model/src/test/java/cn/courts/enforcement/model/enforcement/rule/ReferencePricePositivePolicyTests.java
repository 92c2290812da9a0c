package cn.courts.enforcement.model.enforcement.rule;

import cn.courts.enforcement.model.rule.RuleRefusal;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static cn.courts.enforcement.model.enforcement.rule.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

class ReferencePricePositivePolicyTests {

    private final ReferencePricePositivePolicy policy = new ReferencePricePositivePolicy();

    @Test
    void positiveReferencePriceIsAllowed() {
        assertThat(policy.check(new ReferencePricePositivePolicy.Facts(new BigDecimal("3200000"))).isAllowed()).isTrue();
        assertThat(policy.check(new ReferencePricePositivePolicy.Facts(new BigDecimal("0.01"))).isAllowed()).isTrue();
        assertThat(policy.check(new ReferencePricePositivePolicy.Facts(null)).isAllowed()).isTrue();
    }

    @Test
    void zeroOrNegativeReferencePriceIsRefused() {
        RuleRefusal refusal = refusalOf(policy.check(new ReferencePricePositivePolicy.Facts(BigDecimal.ZERO)));
        assertThat(refusal.ruleCode()).isEqualTo("REFERENCE_PRICE_POSITIVE");
        assertThat(refusal.citation()).isEqualTo("法释〔2018〕15号 第二条");
        assertThat(refusal.messageZh()).isEqualTo("参考价应大于零（填写的是0）");
        assertThat(policy.check(new ReferencePricePositivePolicy.Facts(new BigDecimal("-5"))).isAllowed()).isFalse();
    }
}
