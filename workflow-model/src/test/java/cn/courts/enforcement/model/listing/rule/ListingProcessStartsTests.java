package cn.courts.enforcement.model.listing.rule;

import cn.courts.enforcement.model.listing.ListingStatus;
import cn.courts.enforcement.model.rule.RuleRefusal;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A listing's process starts only for a listing the judge proposed (法释〔2017〕7号 第五条; seed 001). */
class ListingProcessStartsTests {

    private final ListingProcessStarts rule = new ListingProcessStarts();

    @Test
    void startWithoutAListingOfTheCourtsCaseIsRefused() {
        RuleRefusal refusal = rule.check(new ListingProcessStarts.Facts(Optional.empty(), false)).rejection().orElseThrow();
        assertThat(refusal.ruleCode()).isEqualTo("LISTING_PROCESS_ONLY_ON_PROPOSAL");
        assertThat(refusal.messageZh()).contains("没有该失信名单记录");
    }

    @Test
    void startForAPublishedListingIsRefused() {
        assertThat(rule.check(new ListingProcessStarts.Facts(Optional.of(ListingStatus.PUBLISHED), true)).rejection()
                .orElseThrow().messageZh()).contains("已纳入并公布");
    }

    @Test
    void secondStartForAProposedListingIsRefused() {
        assertThat(rule.check(new ListingProcessStarts.Facts(Optional.of(ListingStatus.PROPOSED), true)).isAllowed()).isFalse();
    }

    @Test
    void startForAFreshProposalIsAllowed() {
        assertThat(rule.check(new ListingProcessStarts.Facts(Optional.of(ListingStatus.PROPOSED), false)).isAllowed()).isTrue();
    }
}
