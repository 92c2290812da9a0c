package cn.courts.enforcement.model.enforcement.rule;

import cn.courts.enforcement.model.enforcement.ClosingMode;
import cn.courts.enforcement.model.rule.RuleRefusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static cn.courts.enforcement.model.enforcement.rule.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

class ClosingModePolicyTests {

    private final ClosingModePolicy policy = new ClosingModePolicy();

    @ParameterizedTest
    @EnumSource(ClosingMode.class)
    void everyClosingModeNameIsAllowed(ClosingMode mode) {
        assertThat(policy.check(new ClosingModePolicy.Facts(mode.name())).isAllowed()).isTrue();
    }

    @Test
    void missingClosingModeIsRefusedNamingTheSixModes() {
        RuleRefusal refusal = refusalOf(policy.check(new ClosingModePolicy.Facts(null)));
        assertThat(refusal.ruleCode()).isEqualTo("CLOSING_MODE");
        assertThat(refusal.citation()).isEqualTo("法发〔2014〕26号 第十四条");
        assertThat(refusal.field()).isEqualTo("closingMode");
        assertThat(refusal.messageZh()).isEqualTo("请选择结案方式（执行完毕、终结本次执行程序、终结执行、销案、不予执行、驳回申请）");
        assertThat(policy.check(new ClosingModePolicy.Facts(" ")).isAllowed()).isFalse();
    }

    @Test
    void unknownOrChineseClosingModeIsRefused() {
        assertThat(refusalOf(policy.check(new ClosingModePolicy.Facts("终结本次执行程序"))).messageZh())
                .isEqualTo("结案方式“终结本次执行程序”无效，应为执行完毕、终结本次执行程序、终结执行、销案、不予执行、驳回申请之一");
        assertThat(policy.check(new ClosingModePolicy.Facts("closed")).isAllowed()).isFalse();
    }
}
