package cn.courts.enforcement.app.forms;

import cn.courts.enforcement.model.enforcement.ClosingMode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 终结本次执行程序 states its reasons (终本规定). */
class TerminationReasonPolicyTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);
    private final TerminationReasonPolicy policy = new TerminationReasonPolicy();

    @Test
    void terminationThisRoundWithAReasonIsAccepted() {
        assertThatCode(() -> policy.check(Completion.of(Map.of("closingMode", ClosingMode.TERMINATED_THIS_ROUND.name(),
                "closingReason", "经网络查控、上门查找，未发现可供执行的财产；已约谈申请执行人。"), TODAY))).doesNotThrowAnyException();
    }

    @Test
    void terminationThisRoundWithoutAReasonIsRefused() {
        assertThatThrownBy(() -> policy.check(Completion.of(Map.of("closingMode", "TERMINATED_THIS_ROUND"), TODAY)))
                .isInstanceOf(CompletionRefusedException.class)
                .hasMessage("以“终结本次执行程序”结案须写明结案理由（执行经过、已采取的财产调查措施、查明的财产情况）");
        assertThatThrownBy(() -> policy.check(Completion.of(Map.of("closingMode", "TERMINATED_THIS_ROUND", "closingReason", "  \n"), TODAY)))
                .isInstanceOf(CompletionRefusedException.class);
    }

    @Test
    void otherClosingModesAreNotThisRulesBusiness() {
        assertThatCode(() -> policy.check(Completion.of(Map.of("closingMode", "EXECUTION_COMPLETED"), TODAY))).doesNotThrowAnyException();
        assertThatCode(() -> policy.check(Completion.of(Map.of("closingMode", "WITHDRAWN"), TODAY))).doesNotThrowAnyException();
    }
}
