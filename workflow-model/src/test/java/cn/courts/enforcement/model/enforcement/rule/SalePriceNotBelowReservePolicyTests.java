package cn.courts.enforcement.model.enforcement.rule;

import cn.courts.enforcement.model.rule.RuleRefusal;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static cn.courts.enforcement.model.enforcement.rule.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

class SalePriceNotBelowReservePolicyTests {

    private final SalePriceNotBelowReservePolicy policy = new SalePriceNotBelowReservePolicy();

    private static SalePriceNotBelowReservePolicy.Facts sold(String sale, String reserve) {
        return new SalePriceNotBelowReservePolicy.Facts(CaseField.FIRST_AUCTION_RESERVE_PRICE, true,
                new BigDecimal(sale), new BigDecimal(reserve));
    }

    @Test
    void saleAtOrAboveTheReserveIsAllowed() {
        assertThat(policy.check(sold("70000", "70000")).isAllowed()).isTrue();
        assertThat(policy.check(sold("91500.5", "70000")).isAllowed()).isTrue();
    }

    @Test
    void saleBelowTheReserveIsRefused() {
        RuleRefusal refusal = refusalOf(policy.check(sold("65000", "70000")));
        assertThat(refusal.ruleCode()).isEqualTo("SALE_PRICE_NOT_BELOW_RESERVE");
        assertThat(refusal.citation()).isEqualTo("法释〔2016〕18号 第十条");
        assertThat(refusal.field()).isEqualTo("salePrice");
        assertThat(refusal.messageZh()).startsWith("成交价人民币65000.00元低于第一次拍卖起拍价人民币70000.00元");
    }

    @Test
    void theSecondAuctionsReserveIsNamedForTheSecondAuction() {
        assertThat(refusalOf(policy.check(new SalePriceNotBelowReservePolicy.Facts(CaseField.SECOND_AUCTION_RESERVE_PRICE,
                true, new BigDecimal("50000"), new BigDecimal("56000")))).messageZh()).contains("低于第二次拍卖起拍价");
    }

    @Test
    void unsoldAuctionHasNoSalePriceToCheck() {
        assertThat(policy.check(new SalePriceNotBelowReservePolicy.Facts(CaseField.FIRST_AUCTION_RESERVE_PRICE, false,
                BigDecimal.ONE, new BigDecimal("70000"))).isAllowed()).isTrue();
        assertThat(policy.check(new SalePriceNotBelowReservePolicy.Facts(CaseField.FIRST_AUCTION_RESERVE_PRICE, true,
                null, new BigDecimal("70000"))).isAllowed()).isTrue();
    }
}
