package cn.courts.enforcement.model.termination.rule;

import cn.courts.enforcement.model.rule.RuleRefusal;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The reviewer or leader decides; a return states its reason. */
class ApprovalDecisionTests {

    private final ApprovalDecision rule = new ApprovalDecision();

    private RuleRefusal refusalOf(Optional<Boolean> approved, Optional<String> reason) {
        return rule.check(new ApprovalDecision.Facts("reviewApproved", approved, "returnReason", reason)).rejection().orElseThrow();
    }

    @Test
    void completionWithoutADecisionIsRefused() {
        RuleRefusal refusal = refusalOf(Optional.empty(), Optional.empty());
        assertThat(refusal.ruleCode()).isEqualTo(ApprovalDecision.DECISION_REQUIRED);
        assertThat(refusal.field()).isEqualTo("reviewApproved");
        assertThat(refusal.messageZh()).contains("请作出审批意见");
    }

    @Test
    void returnWithoutAReasonIsRefused() {
        RuleRefusal refusal = refusalOf(Optional.of(false), Optional.empty());
        assertThat(refusal.ruleCode()).isEqualTo(ApprovalDecision.RETURN_REASON_REQUIRED);
        assertThat(refusal.field()).isEqualTo("returnReason");
        assertThat(refusal.messageZh()).isEqualTo("退回终本申请须写明退回理由。");
    }

    @Test
    void returnWithABlankReasonIsRefused() {
        assertThat(refusalOf(Optional.of(false), Optional.of("  ")).ruleCode()).isEqualTo(ApprovalDecision.RETURN_REASON_REQUIRED);
    }

    @Test
    void returnWithAReasonIsAllowed() {
        assertThat(rule.check(new ApprovalDecision.Facts("reviewApproved", Optional.of(false), "returnReason",
                Optional.of("未附约谈笔录"))).isAllowed()).isTrue();
    }

    @Test
    void approvalNeedsNoReturnReason() {
        assertThat(rule.check(new ApprovalDecision.Facts("reviewApproved", Optional.of(true), "returnReason",
                Optional.empty())).isAllowed()).isTrue();
    }
}
