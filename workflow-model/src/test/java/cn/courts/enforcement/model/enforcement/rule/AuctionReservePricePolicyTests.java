package cn.courts.enforcement.model.enforcement.rule;

import cn.courts.enforcement.model.parameter.LegalRatios;
import cn.courts.enforcement.model.rule.RuleRefusal;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static cn.courts.enforcement.model.enforcement.rule.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

class AuctionReservePricePolicyTests {

    private final AuctionReservePricePolicy policy = new AuctionReservePricePolicy(LegalRatios.defaults());

    private static AuctionReservePricePolicy.Facts facts(String reserve, String reference) {
        return new AuctionReservePricePolicy.Facts(reserve == null ? null : new BigDecimal(reserve),
                reference == null ? null : new BigDecimal(reference));
    }

    @Test
    void reserveOfExactlySeventyPercentOfTheReferencePriceIsAllowed() {
        assertThat(policy.check(facts("70000", "100000")).isAllowed()).isTrue();
        assertThat(policy.check(facts("2240000.0", "3200000.0")).isAllowed()).isTrue();
    }

    @Test
    void reserveAboveTheReferencePriceIsAllowed() {
        assertThat(policy.check(facts("120000", "100000")).isAllowed()).isTrue();
    }

    @Test
    void reservePriceBelowSeventyPercentIsRefusedWithTheLegalBasisAndTheLowestAdmissibleReserve() {
        RuleRefusal refusal = refusalOf(policy.check(facts("69999.99", "100000")));
        assertThat(refusal.ruleCode()).isEqualTo("AUCTION_RESERVE_PRICE_MIN");
        assertThat(refusal.citation()).isEqualTo("法释〔2016〕18号 第十条");
        assertThat(refusal.field()).isEqualTo("firstAuctionReservePrice");
        assertThat(refusal.messageZh()).isEqualTo("第一次拍卖起拍价人民币69999.99元为参考价人民币100000.00元的69.99%，"
                + "不符合网拍规定 第十条（起拍价不低于70%），起拍价最低为人民币70000.00元");
        assertThat(refusalOf(policy.check(facts("1600000", "3200000"))).messageZh())
                .contains("的50%").contains("最低为人民币2240000.00元");
    }

    @Test
    void lowestAdmissibleReserveIsRoundedUpToTheFen() {
        assertThat(refusalOf(policy.check(facts("70000", "100000.01"))).messageZh()).contains("起拍价最低为人民币70000.01元");
    }

    @Test
    void withoutAReferencePriceThereIsNothingToCompareWith() {
        assertThat(policy.check(facts("1", null)).isAllowed()).isTrue();
        assertThat(policy.check(facts(null, "100000")).isAllowed()).isTrue();
        assertThat(policy.check(facts("1", "0")).isAllowed()).isTrue();
    }

    @Test
    void theRatioInForceDecidesAndTheMessageStatesIt() {
        AuctionReservePricePolicy eighty = new AuctionReservePricePolicy(Refusals.ratios("80", "20"));
        assertThat(eighty.check(facts("80000", "100000")).isAllowed()).isTrue();
        assertThat(refusalOf(eighty.check(facts("75000", "100000"))).messageZh())
                .isEqualTo("第一次拍卖起拍价人民币75000.00元为参考价人民币100000.00元的75%，"
                        + "不符合网拍规定 第十条（起拍价不低于80%），起拍价最低为人民币80000.00元");
    }
}
