package cn.courts.enforcement.model.termination.rule;

import cn.courts.enforcement.model.rule.RuleRefusal;
import cn.courts.enforcement.model.termination.ConsentBasis;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** 民诉法解释 第517条: an approval rests on the creditor's signed confirmation or a collegial panel's review. */
class ApprovalRestsOnConsentTests {

    private final ApprovalRestsOnConsent rule = new ApprovalRestsOnConsent();

    private ApprovalRestsOnConsent.Facts facts(boolean approving, ConsentBasis basis, String record) {
        return new ApprovalRestsOnConsent.Facts(approving, "consentBasis", Optional.ofNullable(basis), "consentRecord",
                Optional.ofNullable(record));
    }

    @Test
    void approvalWithoutABasisIsRefusedOnTheBasis() {
        RuleRefusal refusal = rule.check(facts(true, null, "确认书")).rejection().orElseThrow();
        assertThat(refusal.ruleCode()).isEqualTo("TERMINATION_CONSENT_REQUIRED");
        assertThat(refusal.field()).isEqualTo("consentBasis");
        assertThat(refusal.citation()).contains("第517条");
        assertThat(refusal.messageZh()).contains("申请执行人签字确认").contains("合议庭审查核实").contains("民诉法解释 第517条");
    }

    @Test
    void approvalWithABlankRecordIsRefusedOnTheRecord() {
        RuleRefusal refusal = rule.check(facts(true, ConsentBasis.COLLEGIAL_PANEL, " ")).rejection().orElseThrow();
        assertThat(refusal.field()).isEqualTo("consentRecord");
    }

    @Test
    void approvalOnTheCreditorsSignedConfirmationIsAllowed() {
        assertThat(rule.check(facts(true, ConsentBasis.CREDITOR_SIGNED, "申请执行人终本确认书")).isAllowed()).isTrue();
    }

    @Test
    void returnNeedsNoConsent() {
        assertThat(rule.check(facts(false, null, null)).isAllowed()).isTrue();
    }
}
