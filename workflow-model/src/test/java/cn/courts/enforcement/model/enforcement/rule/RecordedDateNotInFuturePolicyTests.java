package cn.courts.enforcement.model.enforcement.rule;

import cn.courts.enforcement.model.rule.RuleRefusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;

import static cn.courts.enforcement.model.enforcement.rule.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

class RecordedDateNotInFuturePolicyTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 5);
    private final RecordedDateNotInFuturePolicy policy = new RecordedDateNotInFuturePolicy();

    private RuleRefusal refusalFor(CaseField field, LocalDate day) {
        return refusalOf(policy.check(new RecordedDateNotInFuturePolicy.Facts(field, day, TODAY)));
    }

    @Test
    void todayAndEarlierDaysAreAllowed() {
        assertThat(policy.check(new RecordedDateNotInFuturePolicy.Facts(CaseField.NOTICE_SERVED_ON, TODAY, TODAY)).isAllowed()).isTrue();
        assertThat(policy.check(new RecordedDateNotInFuturePolicy.Facts(CaseField.NOTICE_SERVED_ON, TODAY.minusDays(3), TODAY)).isAllowed()).isTrue();
    }

    @Test
    void serviceDateTomorrowIsRefused() {
        RuleRefusal refusal = refusalFor(CaseField.NOTICE_SERVED_ON, TODAY.plusDays(1));
        assertThat(refusal.ruleCode()).isEqualTo("RECORDED_DATE_NOT_IN_FUTURE");
        assertThat(refusal.citation()).isEqualTo("法发〔2006〕35号 第四条");
        assertThat(refusal.field()).isEqualTo("noticeServedOn");
        assertThat(refusal.messageZh()).isEqualTo("“执行通知书送达日期”为2026年03月06日，晚于今天（2026年03月05日）：只能记录已经发生的事项，不能填写将来的日期");
    }

    @ParameterizedTest
    @EnumSource(value = CaseField.class, names = {"NOTICE_SERVED_ON", "CHECKED_ON", "INTERVIEWED_ON", "SEARCHED_ON"})
    void everyRecordedActIsRefusedInTheFutureCitingItsPeriod(CaseField field) {
        RuleRefusal refusal = refusalFor(field, TODAY.plusDays(1));
        assertThat(refusal.messageZh()).startsWith("“" + field.labelZh() + "”为");
        assertThat(refusal.citation()).matches(".+〔\\d{4}〕\\d+号 第.+条");
    }

    @Test
    void noDateIsNotThisRulesBusiness() {
        assertThat(policy.check(new RecordedDateNotInFuturePolicy.Facts(CaseField.NOTICE_SERVED_ON, null, TODAY)).isAllowed()).isTrue();
    }
}
