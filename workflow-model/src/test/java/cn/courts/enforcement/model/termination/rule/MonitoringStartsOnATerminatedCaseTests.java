package cn.courts.enforcement.model.termination.rule;

import cn.courts.enforcement.model.enforcement.CaseStatus;
import cn.courts.enforcement.model.enforcement.ClosingMode;
import cn.courts.enforcement.model.rule.RuleRefusal;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** 法〔2016〕373号 第九条: only a case closed as 终本 is monitored in the 终本 library. */
class MonitoringStartsOnATerminatedCaseTests {

    private final MonitoringStartsOnATerminatedCase rule = new MonitoringStartsOnATerminatedCase();

    private Optional<RuleRefusal> check(CaseStatus status, ClosingMode mode, boolean entryOfCase) {
        return rule.check(new MonitoringStartsOnATerminatedCase.Facts(Optional.ofNullable(status), Optional.ofNullable(mode),
                entryOfCase)).rejection();
    }

    @Test
    void monitoringOfACaseInProgressIsRefused() {
        RuleRefusal refusal = check(CaseStatus.IN_PROGRESS, null, true).orElseThrow();
        assertThat(refusal.ruleCode()).isEqualTo("TERMINATED_LIBRARY_ONLY_TERMINATED_CASE");
        assertThat(refusal.citation()).isEqualTo("法〔2016〕373号 第九条");
        assertThat(refusal.messageZh()).contains("终结本次执行程序");
    }

    @Test
    void monitoringOfACaseClosedAsExecutionCompletedIsRefused() {
        assertThat(check(CaseStatus.CLOSED, ClosingMode.EXECUTION_COMPLETED, true)).isPresent();
    }

    @Test
    void monitoringWithAnotherCasesEntryIsRefused() {
        assertThat(check(CaseStatus.CLOSED, ClosingMode.TERMINATED_THIS_ROUND, false).orElseThrow().messageZh()).contains("不属于本案");
    }

    @Test
    void monitoringOfAnUnknownCaseIsRefused() {
        assertThat(check(null, null, false).orElseThrow().messageZh()).contains("本院没有该案件");
    }

    @Test
    void monitoringOfATerminatedCaseWithItsEntryIsAllowed() {
        assertThat(check(CaseStatus.CLOSED, ClosingMode.TERMINATED_THIS_ROUND, true)).isEmpty();
    }
}
