package cn.courts.enforcement.model.enforcement.rule;

import cn.courts.enforcement.model.parameter.LegalRatios;
import cn.courts.enforcement.model.rule.RuleRefusal;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static cn.courts.enforcement.model.enforcement.rule.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

class SecondAuctionPriceCutPolicyTests {

    private final SecondAuctionPriceCutPolicy policy = new SecondAuctionPriceCutPolicy(LegalRatios.defaults());

    private static SecondAuctionPriceCutPolicy.Facts facts(String second, String first) {
        return new SecondAuctionPriceCutPolicy.Facts(second == null ? null : new BigDecimal(second),
                first == null ? null : new BigDecimal(first));
    }

    @Test
    void cutOfExactlyTwentyPercentIsAllowed() {
        assertThat(policy.check(facts("1792000", "2240000")).isAllowed()).isTrue();
    }

    @Test
    void sameReserveAsTheFirstAuctionIsAllowed() {
        assertThat(policy.check(facts("70000.0", "70000")).isAllowed()).isTrue();
    }

    @Test
    void cutOfMoreThanTwentyPercentIsRefusedWithTheLowestAdmissibleReserve() {
        RuleRefusal refusal = refusalOf(policy.check(facts("50000", "70000")));
        assertThat(refusal.ruleCode()).isEqualTo("SECOND_AUCTION_PRICE_CUT");
        assertThat(refusal.citation()).isEqualTo("法释〔2016〕18号 第二十六条");
        assertThat(refusal.field()).isEqualTo("secondAuctionReservePrice");
        assertThat(refusal.messageZh()).isEqualTo("第二次拍卖起拍价人民币50000.00元较第一次拍卖起拍价人民币70000.00元降价28.57%，"
                + "不符合网拍规定 第二十六条（降价幅度0%至20%），起拍价最低为人民币56000.00元");
        assertThat(policy.check(facts("55999.99", "70000")).isAllowed()).isFalse();
    }

    @Test
    void secondReserveAboveTheFirstIsRefused() {
        assertThat(refusalOf(policy.check(facts("80000", "70000"))).messageZh()).isEqualTo(
                "第二次拍卖起拍价人民币80000.00元高于第一次拍卖起拍价人民币70000.00元，不符合网拍规定 第二十六条（降价幅度0%至20%）");
    }

    @Test
    void withoutTheFirstReserveThereIsNothingToCompareWith() {
        assertThat(policy.check(facts("1", null)).isAllowed()).isTrue();
        assertThat(policy.check(facts(null, "70000")).isAllowed()).isTrue();
    }

    @Test
    void theCutInForceDecidesAndTheMessageStatesIt() {
        SecondAuctionPriceCutPolicy tenPercent = new SecondAuctionPriceCutPolicy(Refusals.ratios("70", "10"));
        assertThat(tenPercent.check(facts("63000", "70000")).isAllowed()).isTrue();
        assertThat(refusalOf(tenPercent.check(facts("56000", "70000"))).messageZh())
                .isEqualTo("第二次拍卖起拍价人民币56000.00元较第一次拍卖起拍价人民币70000.00元降价20%，"
                        + "不符合网拍规定 第二十六条（降价幅度0%至10%），起拍价最低为人民币63000.00元");
    }
}
