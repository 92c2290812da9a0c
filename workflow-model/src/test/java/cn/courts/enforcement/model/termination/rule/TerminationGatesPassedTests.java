package cn.courts.enforcement.model.termination.rule;

import cn.courts.enforcement.model.rule.RuleRefusal;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** seed 004 "四个不批"; 法〔2016〕373号 第一条: an application failing a gate is refused with every failing reason. */
class TerminationGatesPassedTests {

    private final TerminationGatesPassed rule = new TerminationGatesPassed();

    @Test
    void applicationFailingTwoGatesIsRefusedNamingBoth() {
        RuleRefusal refusal = rule.check(new TerminationGatesPassed.Facts("（2026）粤0304执1号",
                List.of("四个不批之二：未上门查找被执行人", "四个不批之四：自立案之日起未超过三个月"))).rejection().orElseThrow();
        assertThat(refusal.ruleCode()).isEqualTo("TERMINATION_GATES");
        assertThat(refusal.citation()).contains("法〔2016〕373号");
        assertThat(refusal.messageZh()).contains("终本申请未通过审批条件检查").contains("（2026）粤0304执1号")
                .contains("1. 四个不批之二：未上门查找被执行人").contains("2. 四个不批之四").doesNotContain("3. ");
    }

    @Test
    void applicationPassingEveryGateIsAllowed() {
        assertThat(rule.check(new TerminationGatesPassed.Facts("（2026）粤0304执1号", List.of())).isAllowed()).isTrue();
    }
}
