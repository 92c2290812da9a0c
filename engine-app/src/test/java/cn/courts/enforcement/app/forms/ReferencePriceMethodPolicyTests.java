package cn.courts.enforcement.app.forms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 法释〔2018〕15号 第二条: four ways to set the reference price. */
class ReferencePriceMethodPolicyTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private final ReferencePriceMethodPolicy policy = new ReferencePriceMethodPolicy();

    @ParameterizedTest
    @EnumSource(ReferencePriceMethod.class)
    void everyMethodIsAccepted(ReferencePriceMethod method) {
        assertThatCode(() -> policy.check(Completion.of(Map.of("referencePriceMethod", method.name()), TODAY))).doesNotThrowAnyException();
    }

    @Test
    void anotherMethodIsRefused() {
        assertThatThrownBy(() -> policy.check(Completion.of(Map.of("referencePriceMethod", "GUESS"), TODAY)))
                .isInstanceOf(CompletionRefusedException.class)
                .hasMessage("确定参考价的方式“GUESS”无效，应为当事人议价、定向询价、网络询价、委托评估之一（法释〔2018〕15号 第二条）");
    }
}
