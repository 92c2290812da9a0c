package cn.courts.enforcement.model.enforcement.rule;

import cn.courts.enforcement.model.rule.RuleRefusal;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static cn.courts.enforcement.model.enforcement.rule.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

class DisbursementWithinReceiptsPolicyTests {

    private final DisbursementWithinReceiptsPolicy policy = new DisbursementWithinReceiptsPolicy();

    private static DisbursementWithinReceiptsPolicy.Facts facts(String received, String disbursed) {
        return new DisbursementWithinReceiptsPolicy.Facts(received == null ? null : new BigDecimal(received),
                disbursed == null ? null : new BigDecimal(disbursed));
    }

    @Test
    void disbursingAllOrPartOfTheReceiptsIsAllowed() {
        assertThat(policy.check(facts("131500", "131500.0")).isAllowed()).isTrue();
        assertThat(policy.check(facts("131500", "125000.5")).isAllowed()).isTrue();
    }

    @Test
    void disbursingMoreThanReceivedIsRefused() {
        RuleRefusal refusal = refusalOf(policy.check(facts("100000", "100000.01")));
        assertThat(refusal.ruleCode()).isEqualTo("DISBURSEMENT_WITHIN_RECEIPTS");
        assertThat(refusal.field()).isEqualTo("amountDisbursed");
        assertThat(refusal.messageZh()).isEqualTo("发放金额人民币100000.01元超过执行款到账金额人民币100000.00元：只能发放已到账的执行款（法发〔2017〕6号，一案一账号）");
    }

    @Test
    void oneAmountAloneIsNotThisRulesBusiness() {
        assertThat(policy.check(facts(null, "5")).isAllowed()).isTrue();
        assertThat(policy.check(facts("5", null)).isAllowed()).isTrue();
    }
}
