package cn.courts.enforcement.app.forms;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 网拍规定 第二十六条: property unsold twice is sold off or transferred in lieu of payment. */
class DisposalOutcomePolicyTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 10);
    private final DisposalOutcomePolicy policy = new DisposalOutcomePolicy();

    @Test
    void saleAndTransferInLieuAreAccepted() {
        assertThatCode(() -> policy.check(Completion.of(Map.of("disposalOutcome", "SALE"), TODAY))).doesNotThrowAnyException();
        assertThatCode(() -> policy.check(Completion.of(Map.of("disposalOutcome", "TRANSFER_IN_LIEU"), TODAY))).doesNotThrowAnyException();
    }

    @Test
    void aThirdAuctionIsNotAnOutcome() {
        assertThatThrownBy(() -> policy.check(Completion.of(Map.of("disposalOutcome", "THIRD_AUCTION"), TODAY)))
                .isInstanceOf(CompletionRefusedException.class)
                .hasMessage("处置方式“THIRD_AUCTION”无效，应为变卖或以物抵债（网拍规定 第二十六条）");
    }
}
