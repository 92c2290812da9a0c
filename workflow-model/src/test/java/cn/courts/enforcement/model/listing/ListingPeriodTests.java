package cn.courts.enforcement.model.listing;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** 法释〔2017〕7号 第二条; 法发〔2019〕35号 第15条 for the grace period. */
class ListingPeriodTests {

    @Test
    void refusingToPerformAloneHasNoFixedPeriod() {
        Set<ListingGround> grounds = EnumSet.of(ListingGround.ABLE_BUT_REFUSES);
        assertThat(ListingPeriod.fixed(grounds)).isFalse();
        assertThat(ListingPeriod.problem(grounds, null, 2, 5)).isEmpty();
        assertThat(ListingPeriod.problem(grounds, 2, 2, 5)).isPresent();
    }

    @Test
    void groundsTwoToSixNeedAPeriodOfAtLeastTwoYears() {
        Set<ListingGround> grounds = EnumSet.of(ListingGround.ABLE_BUT_REFUSES, ListingGround.BREACHES_PROPERTY_REPORT_DUTY);
        assertThat(ListingPeriod.fixed(grounds)).isTrue();
        assertThat(ListingPeriod.problem(grounds, null, 2, 5)).isPresent();
        assertThat(ListingPeriod.problem(grounds, 1, 2, 5)).isPresent();
        assertThat(ListingPeriod.problem(grounds, 2, 2, 5)).isEmpty();
        assertThat(ListingPeriod.problem(grounds, 3, 2, 5)).isEmpty();
        assertThat(ListingPeriod.problem(grounds, 6, 2, 5)).isPresent();
    }

    @Test
    void noGroundIsNoProposal() {
        assertThat(ListingPeriod.problem(Set.of(), null, 2, 5)).isPresent();
    }

    @Test
    void gracePeriodIsBetweenNoneAndThreeMonths() {
        assertThat(RiskNoticeGrace.problem(0, 3)).isEmpty();
        assertThat(RiskNoticeGrace.problem(3, 3)).isEmpty();
        assertThat(RiskNoticeGrace.problem(4, 3)).isPresent();
        assertThat(RiskNoticeGrace.problem(-1, 3)).isPresent();
    }
}
