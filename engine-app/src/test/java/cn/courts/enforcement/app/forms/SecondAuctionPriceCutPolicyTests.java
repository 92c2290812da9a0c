package cn.courts.enforcement.app.forms;

import cn.courts.enforcement.model.parameter.LegalRatios;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 网拍规定 第二十六条: the second auction cuts the reserve price by at most 20% of the first. */
class SecondAuctionPriceCutPolicyTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 23);
    private final SecondAuctionPriceCutPolicy policy = new SecondAuctionPriceCutPolicy(LegalRatios.defaults());

    @Test
    void cutOfExactlyTwentyPercentIsAccepted() {
        assertThatCode(() -> policy.check(Completion.of(Map.of("firstAuctionReservePrice", 2240000, "secondAuctionReservePrice", 1792000), TODAY)))
                .doesNotThrowAnyException();
    }

    @Test
    void sameReserveAsTheFirstAuctionIsAccepted() {
        assertThatCode(() -> policy.check(Completion.of(Map.of("firstAuctionReservePrice", 70000, "secondAuctionReservePrice", 70000.0), TODAY)))
                .doesNotThrowAnyException();
    }

    @Test
    void cutOfMoreThanTwentyPercentIsRefusedWithTheLowestAdmissibleReserve() {
        assertThatThrownBy(() -> policy.check(Completion.of(Map.of("firstAuctionReservePrice", 70000, "secondAuctionReservePrice", 50000), TODAY)))
                .isInstanceOf(CompletionRefusedException.class)
                .hasMessage("第二次拍卖起拍价人民币50000.00元较第一次拍卖起拍价人民币70000.00元降价28.57%，不符合网拍规定 第二十六条（降价幅度0%至20%），起拍价最低为人民币56000.00元");
        assertThatThrownBy(() -> policy.check(Completion.of(Map.of("firstAuctionReservePrice", 70000, "secondAuctionReservePrice", 55999.99), TODAY)))
                .isInstanceOf(CompletionRefusedException.class);
    }

    @Test
    void secondReserveAboveTheFirstIsRefused() {
        assertThatThrownBy(() -> policy.check(Completion.of(Map.of("firstAuctionReservePrice", 70000, "secondAuctionReservePrice", 80000), TODAY)))
                .isInstanceOf(CompletionRefusedException.class)
                .hasMessage("第二次拍卖起拍价人民币80000.00元高于第一次拍卖起拍价人民币70000.00元，不符合网拍规定 第二十六条（降价幅度0%至20%）");
    }

    @Test
    void withoutTheFirstReserveThereIsNothingToCompareWith() {
        assertThatCode(() -> policy.check(Completion.of(Map.of("secondAuctionReservePrice", 1), TODAY))).doesNotThrowAnyException();
    }
}
