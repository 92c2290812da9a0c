package cn.courts.enforcement.model.enforcement.rule;

import cn.courts.enforcement.model.rule.RuleRefusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static cn.courts.enforcement.model.enforcement.rule.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecisionRequiredPolicyTests {

    private final DecisionRequiredPolicy policy = new DecisionRequiredPolicy();

    @Test
    void yesAndNoAreBothDecisions() {
        assertThat(policy.check(new DecisionRequiredPolicy.Facts(CaseField.LEADS_PROVIDED, true)).isAllowed()).isTrue();
        assertThat(policy.check(new DecisionRequiredPolicy.Facts(CaseField.LEADS_PROVIDED, false)).isAllowed()).isTrue();
    }

    @Test
    void missingDecisionIsRefusedWithTheQuestion() {
        RuleRefusal refusal = refusalOf(policy.check(new DecisionRequiredPolicy.Facts(CaseField.LEADS_PROVIDED, null)));
        assertThat(refusal.ruleCode()).isEqualTo("DECISION_REQUIRED");
        assertThat(refusal.citation()).isEqualTo("法发〔2006〕35号 第五条");
        assertThat(refusal.field()).isEqualTo("leadsProvided");
        assertThat(refusal.messageZh()).isEqualTo("请选择“申请执行人是否提供了财产线索”（是或否）");
    }

    @ParameterizedTest
    @EnumSource(value = CaseField.class, names = {"LEADS_PROVIDED", "PROPERTY_FOUND", "DISPOSAL_NEEDED", "AUCTION_SOLD",
            "FULLY_PAID", "EXTENSION_APPROVED"})
    void everyDecisionHasItsLegalBasis(CaseField decision) {
        assertThat(refusalOf(policy.check(new DecisionRequiredPolicy.Facts(decision, null))).citation()).matches(".+〔\\d{4}〕\\d+号 第.+条");
    }

    @Test
    void aValueThatIsNoDecisionIsNotAccepted() {
        assertThatThrownBy(() -> policy.check(new DecisionRequiredPolicy.Facts(CaseField.SALE_PRICE, null)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
