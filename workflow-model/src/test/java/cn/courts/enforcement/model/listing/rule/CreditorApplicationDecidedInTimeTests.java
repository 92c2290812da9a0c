package cn.courts.enforcement.model.listing.rule;

import cn.courts.enforcement.model.calendar.LegalPeriod;
import cn.courts.enforcement.model.rule.RuleRefusal;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** 法释〔2017〕7号 第五条: on the creditor's application the court decides within 15 days; the grace period ends before. */
class CreditorApplicationDecidedInTimeTests {

    private final CreditorApplicationDecidedInTime rule = new CreditorApplicationDecidedInTime();

    @Test
    void graceEndingAfterTheDecisionIsDueIsRefusedWithTheDayAndThePeriodInForce() {
        RuleRefusal refusal = rule.check(new CreditorApplicationDecidedInTime.Facts(LocalDate.of(2026, 4, 2),
                LocalDate.of(2026, 3, 17), LegalPeriod.days(15))).rejection().orElseThrow();
        assertThat(refusal.ruleCode()).isEqualTo("LISTING_CREDITOR_APPLICATION_DECISION_PERIOD");
        assertThat(refusal.field()).isEqualTo("graceMonths");
        assertThat(refusal.messageZh()).contains("15日内作出决定").contains("2026年03月17日前");
    }

    @Test
    void theMessageFollowsTheParameterTable() {
        RuleRefusal refusal = rule.check(new CreditorApplicationDecidedInTime.Facts(LocalDate.of(2026, 4, 2),
                LocalDate.of(2026, 3, 12), LegalPeriod.days(10))).rejection().orElseThrow();
        assertThat(refusal.messageZh()).contains("10日内").doesNotContain("15日");
    }

    @Test
    void graceEndingOnTheDueDayIsAllowed() {
        assertThat(rule.check(new CreditorApplicationDecidedInTime.Facts(LocalDate.of(2026, 3, 17), LocalDate.of(2026, 3, 17),
                LegalPeriod.days(15))).isAllowed()).isTrue();
    }
}
