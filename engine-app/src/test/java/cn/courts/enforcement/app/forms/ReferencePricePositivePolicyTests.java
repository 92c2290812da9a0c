package cn.courts.enforcement.app.forms;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 法释〔2018〕15号: the reference price is a price above zero. */
class ReferencePricePositivePolicyTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private final ReferencePricePositivePolicy policy = new ReferencePricePositivePolicy();

    @Test
    void positiveReferencePriceIsAccepted() {
        assertThatCode(() -> policy.check(Completion.of(Map.of("referencePrice", 3200000), TODAY))).doesNotThrowAnyException();
        assertThatCode(() -> policy.check(Completion.of(Map.of("referencePrice", 0.01), TODAY))).doesNotThrowAnyException();
    }

    @Test
    void zeroOrNegativeReferencePriceIsRefused() {
        assertThatThrownBy(() -> policy.check(Completion.of(Map.of("referencePrice", 0), TODAY)))
                .isInstanceOf(CompletionRefusedException.class).hasMessage("参考价应大于零（填写的是0）");
        assertThatThrownBy(() -> policy.check(Completion.of(Map.of("referencePrice", -5), TODAY)))
                .isInstanceOf(CompletionRefusedException.class);
    }
}
