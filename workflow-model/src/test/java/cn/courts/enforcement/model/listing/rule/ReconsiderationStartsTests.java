package cn.courts.enforcement.model.listing.rule;

import cn.courts.enforcement.model.listing.ListingStatus;
import cn.courts.enforcement.model.rule.RuleRefusal;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** 法释〔2017〕7号 第十二条: the higher court reconsiders a served rejection of a correction of a published listing. */
class ReconsiderationStartsTests {

    private final ReconsiderationStarts rule = new ReconsiderationStarts();

    @Test
    void reconsiderationWithoutARejectionIsRefused() {
        RuleRefusal refusal = rule.check(new ReconsiderationStarts.Facts(Optional.of(ListingStatus.PUBLISHED), false, true))
                .rejection().orElseThrow();
        assertThat(refusal.ruleCode()).isEqualTo("LISTING_RECONSIDERATION_ONLY_AFTER_REJECTION");
        assertThat(refusal.messageZh()).contains("没有已送达的驳回决定");
    }

    @Test
    void reconsiderationHeardByTheListingCourtItselfIsRefused() {
        assertThat(rule.check(new ReconsiderationStarts.Facts(Optional.of(ListingStatus.PUBLISHED), true, false)).rejection()
                .orElseThrow().messageZh()).contains("上一级人民法院");
    }

    @Test
    void reconsiderationOfARevokedListingIsRefused() {
        assertThat(rule.check(new ReconsiderationStarts.Facts(Optional.of(ListingStatus.REVOKED), true, true)).isAllowed()).isFalse();
    }

    @Test
    void reconsiderationOfAnUnknownListingIsRefused() {
        assertThat(rule.check(new ReconsiderationStarts.Facts(Optional.empty(), false, true)).isAllowed()).isFalse();
    }

    @Test
    void reconsiderationOfAServedRejectionByTheHigherCourtIsAllowed() {
        assertThat(rule.check(new ReconsiderationStarts.Facts(Optional.of(ListingStatus.PUBLISHED), true, true)).isAllowed()).isTrue();
    }
}
