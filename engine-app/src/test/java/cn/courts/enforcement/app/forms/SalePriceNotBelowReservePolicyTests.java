package cn.courts.enforcement.app.forms;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 网拍规定 第十条: the reserve price is the starting price; a sale is never below it. */
class SalePriceNotBelowReservePolicyTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 18);
    private final SalePriceNotBelowReservePolicy policy =
            new SalePriceNotBelowReservePolicy("firstAuctionReservePrice", "第一次拍卖起拍价");

    @Test
    void saleAtOrAboveTheReserveIsAccepted() {
        assertThatCode(() -> policy.check(Completion.of(Map.of("auctionSold", true, "firstAuctionReservePrice", 70000, "salePrice", 70000), TODAY)))
                .doesNotThrowAnyException();
        assertThatCode(() -> policy.check(Completion.of(Map.of("auctionSold", true, "firstAuctionReservePrice", 70000, "salePrice", 91500.5), TODAY)))
                .doesNotThrowAnyException();
    }

    @Test
    void saleBelowTheReserveIsRefused() {
        assertThatThrownBy(() -> policy.check(Completion.of(Map.of("auctionSold", true, "firstAuctionReservePrice", 70000, "salePrice", 65000), TODAY)))
                .isInstanceOf(CompletionRefusedException.class)
                .hasMessageStartingWith("成交价人民币65000.00元低于第一次拍卖起拍价人民币70000.00元");
    }

    @Test
    void unsoldAuctionHasNoSalePriceToCheck() {
        assertThatCode(() -> policy.check(Completion.of(Map.of("auctionSold", false, "firstAuctionReservePrice", 70000, "salePrice", 1), TODAY)))
                .doesNotThrowAnyException();
    }
}
