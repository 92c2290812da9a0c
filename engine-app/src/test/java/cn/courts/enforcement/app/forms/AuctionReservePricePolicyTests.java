package cn.courts.enforcement.app.forms;

import cn.courts.enforcement.model.parameter.LegalRatios;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 网拍规定 第十条: the first auction's reserve price is at least 70% of the reference price. */
class AuctionReservePricePolicyTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 5);
    private final AuctionReservePricePolicy policy = new AuctionReservePricePolicy(LegalRatios.defaults());

    @Test
    void reserveOfExactlySeventyPercentOfTheReferencePriceIsAccepted() {
        assertThatCode(() -> policy.check(Completion.of(Map.of("referencePrice", 100000, "firstAuctionReservePrice", 70000), TODAY)))
                .doesNotThrowAnyException();
        assertThatCode(() -> policy.check(Completion.of(Map.of("referencePrice", 3200000.0, "firstAuctionReservePrice", 2240000.0), TODAY)))
                .doesNotThrowAnyException();
    }

    @Test
    void reserveAboveTheReferencePriceIsAccepted() {
        assertThatCode(() -> policy.check(Completion.of(Map.of("referencePrice", 100000, "firstAuctionReservePrice", 120000), TODAY)))
                .doesNotThrowAnyException();
    }

    @Test
    void reserveBelowSeventyPercentIsRefusedWithTheLegalBasisAndTheLowestAdmissibleReserve() {
        assertThatThrownBy(() -> policy.check(Completion.of(Map.of("referencePrice", 100000, "firstAuctionReservePrice", 69999.99), TODAY)))
                .isInstanceOf(CompletionRefusedException.class)
                .hasMessage("第一次拍卖起拍价人民币69999.99元为参考价人民币100000.00元的69.99%，不符合网拍规定 第十条（起拍价不低于70%），起拍价最低为人民币70000.00元");
        assertThatThrownBy(() -> policy.check(Completion.of(Map.of("referencePrice", 3200000, "firstAuctionReservePrice", 1600000), TODAY)))
                .isInstanceOf(CompletionRefusedException.class)
                .hasMessageContaining("的50%").hasMessageContaining("最低为人民币2240000.00元")
                .extracting(e -> ((CompletionRefusedException) e).field()).isEqualTo("firstAuctionReservePrice");
    }

    @Test
    void lowestAdmissibleReserveIsRoundedUpToTheFen() {
        assertThatThrownBy(() -> policy.check(Completion.of(Map.of("referencePrice", 100000.01, "firstAuctionReservePrice", 70000), TODAY)))
                .hasMessageContaining("起拍价最低为人民币70000.01元");
    }

    @Test
    void withoutAReferencePriceThereIsNothingToCompareWith() {
        assertThatCode(() -> policy.check(Completion.of(Map.of("firstAuctionReservePrice", 1), TODAY))).doesNotThrowAnyException();
        assertThatCode(() -> policy.check(Completion.of(Map.of("referencePrice", 100000), TODAY))).doesNotThrowAnyException();
    }

    @Test
    void reserveThatIsNotANumberIsRefused() {
        assertThatThrownBy(() -> policy.check(Completion.of(Map.of("referencePrice", 100000, "firstAuctionReservePrice", "七万"), TODAY)))
                .isInstanceOf(CompletionRefusedException.class).hasMessage("“第一次拍卖起拍价”应为金额（以元为单位的数字）");
    }
}
