package cn.courts.enforcement.model.termination.rule;

import cn.courts.enforcement.model.rule.RuleRefusal;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** 回避: the applicant never holds or decides his own 终本 application (民诉法解释 第517条; seed 004). */
class ApplicantRecusalTests {

    private final ApplicantRecusal rule = new ApplicantRecusal();

    @Test
    void applicantApprovingHisOwnApplicationIsRefused() {
        RuleRefusal refusal = rule.check(new ApplicantRecusal.Facts("ftjudge1", Optional.of("ftjudge1"))).rejection().orElseThrow();
        assertThat(refusal.ruleCode()).isEqualTo("TERMINATION_APPLICANT_RECUSAL");
        assertThat(refusal.citation()).contains("第517条");
        assertThat(refusal.messageZh()).contains("终本申请人不得审批本人提出的终本申请");
    }

    @Test
    void anotherReviewerIsAllowed() {
        assertThat(rule.check(new ApplicantRecusal.Facts("ftjudge1", Optional.of("ftreviewer"))).isAllowed()).isTrue();
    }

    @Test
    void aStepWithNobodyNamedIsAllowed() {
        // unclaiming a task names nobody: nothing to refuse
        assertThat(rule.check(new ApplicantRecusal.Facts("ftjudge1", Optional.empty())).isAllowed()).isTrue();
    }
}
