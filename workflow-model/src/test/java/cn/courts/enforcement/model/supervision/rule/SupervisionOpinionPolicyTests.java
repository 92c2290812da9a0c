package cn.courts.enforcement.model.supervision.rule;

import cn.courts.enforcement.model.rule.RuleRefusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SupervisionOpinionPolicyTests {

    private final SupervisionOpinionPolicy policy = new SupervisionOpinionPolicy();

    @Test
    void opinionIsAllowed() {
        assertThat(policy.check(new SupervisionOpinionPolicy.Facts("请于3月9日前送达执行通知书并报告。")).isAllowed()).isTrue();
    }

    @Test
    void missingOrBlankOpinionIsRefused() {
        RuleRefusal refusal = policy.check(new SupervisionOpinionPolicy.Facts(null)).rejection().orElseThrow();
        assertThat(refusal.ruleCode()).isEqualTo("SUPERVISION_OPINION_REQUIRED");
        assertThat(refusal.field()).isEqualTo("supervisionOpinion");
        assertThat(refusal.messageZh()).isEqualTo("请填写督办意见");
        assertThat(policy.check(new SupervisionOpinionPolicy.Facts("   ")).isAllowed()).isFalse();
    }
}
