package cn.courts.enforcement.model.termination.rule;

import cn.courts.enforcement.model.enforcement.CaseStatus;
import cn.courts.enforcement.model.rule.RuleRefusal;
import cn.courts.enforcement.model.termination.TerminationApplication;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A 终本 approval starts only for a pending application of a case in progress that passed the gates. */
class ApprovalStartsOnAnApplicationTests {

    private final ApprovalStartsOnAnApplication rule = new ApprovalStartsOnAnApplication();

    private Optional<RuleRefusal> check(CaseStatus status, TerminationApplication.Status application) {
        return rule.check(new ApprovalStartsOnAnApplication.Facts(Optional.ofNullable(status), Optional.ofNullable(application)))
                .rejection();
    }

    @Test
    void approvalForACaseUnderInvestigationWithoutAnApplicationIsRefused() {
        RuleRefusal refusal = check(CaseStatus.IN_PROGRESS, null).orElseThrow();
        assertThat(refusal.ruleCode()).isEqualTo("TERMINATION_APPROVAL_ONLY_ON_APPLICATION");
        assertThat(refusal.messageZh()).contains("结案审查").contains("本案没有该终本申请");
    }

    @Test
    void approvalForAnApplicationTheGatesRefusedIsRefused() {
        assertThat(check(CaseStatus.IN_PROGRESS, TerminationApplication.Status.REFUSED_BY_GATES).orElseThrow().messageZh())
                .contains("四个不批未通过");
    }

    @Test
    void approvalForAClosedCaseIsRefused() {
        assertThat(check(CaseStatus.CLOSED, TerminationApplication.Status.PENDING).orElseThrow().messageZh()).contains("已结案");
    }

    @Test
    void approvalForACaseOfAnotherCourtIsRefused() {
        assertThat(check(null, null).orElseThrow().messageZh()).contains("本院没有该案件");
    }

    @Test
    void approvalOfAPendingApplicationOfACaseInProgressIsAllowed() {
        assertThat(check(CaseStatus.IN_PROGRESS, TerminationApplication.Status.PENDING)).isEmpty();
    }
}
