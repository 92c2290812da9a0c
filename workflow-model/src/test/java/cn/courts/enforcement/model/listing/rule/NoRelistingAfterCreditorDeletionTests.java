package cn.courts.enforcement.model.listing.rule;

import cn.courts.enforcement.model.calendar.LegalPeriod;
import cn.courts.enforcement.model.rule.RuleRefusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** 法释〔2017〕7号 第十条: no relisting on the creditor's application within the period after a deletion it asked for. */
class NoRelistingAfterCreditorDeletionTests {

    private final NoRelistingAfterCreditorDeletion rule = new NoRelistingAfterCreditorDeletion();

    @Test
    void creditorsApplicationWithinTheBarIsRefusedWithThePeriodInForce() {
        RuleRefusal refusal = rule.check(new NoRelistingAfterCreditorDeletion.Facts(true, true, LegalPeriod.months(6)))
                .rejection().orElseThrow();
        assertThat(refusal.ruleCode()).isEqualTo("LISTING_NO_RELISTING_AFTER_CREDITOR_DELETION");
        assertThat(refusal.messageZh()).contains("自删除之日起6个月内").contains("法释〔2017〕7号 第十条");
    }

    @Test
    void theMessageFollowsTheParameterTable() {
        RuleRefusal refusal = rule.check(new NoRelistingAfterCreditorDeletion.Facts(true, true, LegalPeriod.months(9)))
                .rejection().orElseThrow();
        assertThat(refusal.messageZh()).contains("9个月").doesNotContain("6个月");
    }

    @Test
    void listingOnTheCourtsOwnMotionIsNotBarred() {
        assertThat(rule.check(new NoRelistingAfterCreditorDeletion.Facts(false, true, LegalPeriod.months(6))).isAllowed()).isTrue();
    }

    @Test
    void creditorsApplicationAfterTheBarIsAllowed() {
        assertThat(rule.check(new NoRelistingAfterCreditorDeletion.Facts(true, false, LegalPeriod.months(6))).isAllowed()).isTrue();
    }
}
