package cn.courts.enforcement.model.enforcement.rule;

import cn.courts.enforcement.model.enforcement.ReferencePriceMethod;
import cn.courts.enforcement.model.rule.RuleRefusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static cn.courts.enforcement.model.enforcement.rule.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

class ReferencePriceMethodPolicyTests {

    private final ReferencePriceMethodPolicy policy = new ReferencePriceMethodPolicy();

    @ParameterizedTest
    @EnumSource(ReferencePriceMethod.class)
    void everyMethodIsAllowed(ReferencePriceMethod method) {
        assertThat(policy.check(new ReferencePriceMethodPolicy.Facts(method.name())).isAllowed()).isTrue();
    }

    @Test
    void anotherMethodIsRefused() {
        RuleRefusal refusal = refusalOf(policy.check(new ReferencePriceMethodPolicy.Facts("GUESS")));
        assertThat(refusal.ruleCode()).isEqualTo("REFERENCE_PRICE_METHOD");
        assertThat(refusal.field()).isEqualTo("referencePriceMethod");
        assertThat(refusal.messageZh()).isEqualTo("确定参考价的方式“GUESS”无效，应为当事人议价、定向询价、网络询价、委托评估之一（法释〔2018〕15号 第二条）");
    }
}
