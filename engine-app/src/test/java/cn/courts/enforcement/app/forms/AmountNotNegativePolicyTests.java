package cn.courts.enforcement.app.forms;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sums of money in the case account and the auction record are not negative. */
class AmountNotNegativePolicyTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 1);
    private final AmountNotNegativePolicy policy = new AmountNotNegativePolicy("amountReceived", "执行款到账金额");

    @Test
    void zeroAndPositiveAmountsOfAnyNumberTypeAreAccepted() {
        for (Object amount : new Object[]{0, 125000, 125000.5, 3_000_000_000L, new BigDecimal("0.01")}) {
            assertThatCode(() -> policy.check(Completion.of(Map.of("amountReceived", amount), TODAY)))
                    .as("%s", amount).doesNotThrowAnyException();
        }
    }

    @Test
    void negativeAmountIsRefused() {
        assertThatThrownBy(() -> policy.check(Completion.of(Map.of("amountReceived", -0.01), TODAY)))
                .isInstanceOf(CompletionRefusedException.class).hasMessage("“执行款到账金额”不能为负数（填写的是-0.01）");
    }

    @Test
    void amountThatIsNotANumberIsRefused() {
        assertThatThrownBy(() -> policy.check(Completion.of(Map.of("amountReceived", Double.NaN), TODAY)))
                .isInstanceOf(CompletionRefusedException.class).hasMessage("“执行款到账金额”应为金额（以元为单位的数字）");
        assertThatThrownBy(() -> policy.check(Completion.of(Map.of("amountReceived", true), TODAY)))
                .isInstanceOf(CompletionRefusedException.class);
    }
}
