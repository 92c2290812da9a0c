package cn.courts.enforcement.app.forms;

import cn.courts.enforcement.model.enforcement.ClosingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 法发〔2014〕26号 第十四条: a case closes in one of six ways, recorded by the ClosingMode name. */
class ClosingModePolicyTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);
    private final ClosingModePolicy policy = new ClosingModePolicy();

    @ParameterizedTest
    @EnumSource(ClosingMode.class)
    void everyClosingModeNameIsAccepted(ClosingMode mode) {
        assertThatCode(() -> policy.check(Completion.of(Map.of("closingMode", mode.name()), TODAY))).doesNotThrowAnyException();
    }

    @Test
    void missingClosingModeIsRefusedNamingTheSixModes() {
        assertThatThrownBy(() -> policy.check(Completion.of(Map.of(), TODAY)))
                .isInstanceOf(CompletionRefusedException.class)
                .hasMessage("请选择结案方式（执行完毕、终结本次执行程序、终结执行、销案、不予执行、驳回申请）");
    }

    @Test
    void unknownOrChineseClosingModeIsRefused() {
        assertThatThrownBy(() -> policy.check(Completion.of(Map.of("closingMode", "终结本次执行程序"), TODAY)))
                .isInstanceOf(CompletionRefusedException.class)
                .hasMessage("结案方式“终结本次执行程序”无效，应为执行完毕、终结本次执行程序、终结执行、销案、不予执行、驳回申请之一");
        assertThatThrownBy(() -> policy.check(Completion.of(Map.of("closingMode", "closed"), TODAY)))
                .isInstanceOf(CompletionRefusedException.class);
    }
}
