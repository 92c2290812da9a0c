package cn.courts.enforcement.model.enforcement.rule;

import cn.courts.enforcement.model.enforcement.DisposalOutcome;
import cn.courts.enforcement.model.rule.RuleRefusal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import static cn.courts.enforcement.model.enforcement.rule.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

class DisposalOutcomePolicyTests {

    private final DisposalOutcomePolicy policy = new DisposalOutcomePolicy();

    @ParameterizedTest
    @EnumSource(DisposalOutcome.class)
    void saleAndTransferInLieuAreAllowed(DisposalOutcome outcome) {
        assertThat(policy.check(new DisposalOutcomePolicy.Facts(outcome.name())).isAllowed()).isTrue();
    }

    @Test
    void aThirdAuctionIsNotAnOutcome() {
        RuleRefusal refusal = refusalOf(policy.check(new DisposalOutcomePolicy.Facts("THIRD_AUCTION")));
        assertThat(refusal.ruleCode()).isEqualTo("DISPOSAL_OUTCOME");
        assertThat(refusal.citation()).isEqualTo("法释〔2016〕18号 第二十六条");
        assertThat(refusal.messageZh()).isEqualTo("处置方式“THIRD_AUCTION”无效，应为变卖或以物抵债（网拍规定 第二十六条）");
    }

    @Test
    void noOutcomeIsNotThisRulesBusiness() {
        assertThat(policy.check(new DisposalOutcomePolicy.Facts(null)).isAllowed()).isTrue();
    }
}
