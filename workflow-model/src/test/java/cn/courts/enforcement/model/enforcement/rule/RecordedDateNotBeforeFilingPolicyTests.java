package cn.courts.enforcement.model.enforcement.rule;

import cn.courts.enforcement.model.rule.RuleRefusal;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static cn.courts.enforcement.model.enforcement.rule.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

class RecordedDateNotBeforeFilingPolicyTests {

    private static final LocalDate FILED = LocalDate.of(2026, 3, 2);
    private final RecordedDateNotBeforeFilingPolicy policy = new RecordedDateNotBeforeFilingPolicy();

    @Test
    void theFilingDayAndLaterAreAllowed() {
        assertThat(policy.check(new RecordedDateNotBeforeFilingPolicy.Facts(CaseField.INTERVIEWED_ON, FILED, FILED)).isAllowed()).isTrue();
        assertThat(policy.check(new RecordedDateNotBeforeFilingPolicy.Facts(CaseField.INTERVIEWED_ON, FILED.plusDays(9), FILED)).isAllowed()).isTrue();
    }

    @Test
    void aDayBeforeTheFilingIsRefused() {
        RuleRefusal refusal = refusalOf(policy.check(new RecordedDateNotBeforeFilingPolicy.Facts(CaseField.INTERVIEWED_ON,
                LocalDate.of(2026, 2, 27), FILED)));
        assertThat(refusal.ruleCode()).isEqualTo("RECORDED_DATE_NOT_BEFORE_FILING");
        assertThat(refusal.citation()).isEqualTo("法释〔2000〕29号 第八条");
        assertThat(refusal.field()).isEqualTo("interviewedOn");
        assertThat(refusal.messageZh()).isEqualTo("“约谈日期”为2026年02月27日，早于立案日期（2026年03月02日）");
    }

    @Test
    void withoutAFilingDateThereIsNothingToCompareWith() {
        assertThat(policy.check(new RecordedDateNotBeforeFilingPolicy.Facts(CaseField.INTERVIEWED_ON,
                LocalDate.of(2020, 1, 1), null)).isAllowed()).isTrue();
    }
}
