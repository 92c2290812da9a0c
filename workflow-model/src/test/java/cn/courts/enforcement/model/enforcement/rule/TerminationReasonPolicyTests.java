package cn.courts.enforcement.model.enforcement.rule;

import cn.courts.enforcement.model.enforcement.ClosingMode;
import cn.courts.enforcement.model.rule.RuleRefusal;
import org.junit.jupiter.api.Test;

import static cn.courts.enforcement.model.enforcement.rule.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

class TerminationReasonPolicyTests {

    private final TerminationReasonPolicy policy = new TerminationReasonPolicy();

    @Test
    void terminationThisRoundWithAReasonIsAllowed() {
        assertThat(policy.check(new TerminationReasonPolicy.Facts(ClosingMode.TERMINATED_THIS_ROUND,
                "经网络查控、上门查找，未发现可供执行的财产；已约谈申请执行人。")).isAllowed()).isTrue();
    }

    @Test
    void terminationThisRoundWithoutAReasonIsRefused() {
        RuleRefusal refusal = refusalOf(policy.check(new TerminationReasonPolicy.Facts(ClosingMode.TERMINATED_THIS_ROUND, null)));
        assertThat(refusal.ruleCode()).isEqualTo("TERMINATION_REASON_REQUIRED");
        assertThat(refusal.field()).isEqualTo("closingReason");
        assertThat(refusal.messageZh()).isEqualTo("以“终结本次执行程序”结案须写明结案理由（执行经过、已采取的财产调查措施、查明的财产情况）");
        assertThat(policy.check(new TerminationReasonPolicy.Facts(ClosingMode.TERMINATED_THIS_ROUND, "  \n")).isAllowed()).isFalse();
    }

    @Test
    void otherClosingModesAreNotThisRulesBusiness() {
        assertThat(policy.check(new TerminationReasonPolicy.Facts(ClosingMode.EXECUTION_COMPLETED, null)).isAllowed()).isTrue();
        assertThat(policy.check(new TerminationReasonPolicy.Facts(ClosingMode.WITHDRAWN, null)).isAllowed()).isTrue();
        assertThat(policy.check(new TerminationReasonPolicy.Facts(null, null)).isAllowed()).isTrue();
    }
}
