package cn.courts.enforcement.app.enforcement;

import cn.courts.enforcement.model.enforcement.ClosingMode;
import cn.courts.enforcement.model.listing.ListingExitReason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which closings of a case end the debtor's listing (2016 中办国办意见 四（二）4; 法释〔2017〕7号 第十条). */
class CaseClosingEndsListingTests {

    @Test
    void executionCompletedTerminatedAndNotEnforcedEndTheListing() {
        assertThat(CloseCaseDelegate.listingExitOf(ClosingMode.EXECUTION_COMPLETED)).isEqualTo(ListingExitReason.FULL_PERFORMANCE);
        assertThat(CloseCaseDelegate.listingExitOf(ClosingMode.TERMINATED)).isEqualTo(ListingExitReason.CASE_TERMINATED);
        assertThat(CloseCaseDelegate.listingExitOf(ClosingMode.NOT_ENFORCED)).isEqualTo(ListingExitReason.NOT_ENFORCED);
    }

    @Test
    void terminatingThisRoundKeepsTheListingUntilTwoFruitlessSearches() {
        assertThat(CloseCaseDelegate.listingExitOf(ClosingMode.TERMINATED_THIS_ROUND)).isNull();
    }
}
