package cn.courts.enforcement.app.forms;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The decision a gateway routes on is recorded, as a Boolean. */
class DecisionRequiredPolicyTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 5);
    private final DecisionRequiredPolicy policy = new DecisionRequiredPolicy("leadsProvided", "申请执行人是否提供了财产线索");

    @Test
    void yesAndNoAreBothDecisions() {
        assertThatCode(() -> policy.check(Completion.of(Map.of("leadsProvided", true), TODAY))).doesNotThrowAnyException();
        assertThatCode(() -> policy.check(Completion.of(Map.of("leadsProvided", false), TODAY))).doesNotThrowAnyException();
    }

    @Test
    void missingDecisionIsRefused() {
        Map<String, Object> values = new HashMap<>();
        values.put("leadsProvided", null);
        assertThatThrownBy(() -> policy.check(Completion.of(values, TODAY)))
                .isInstanceOf(CompletionRefusedException.class).hasMessage("请选择“申请执行人是否提供了财产线索”（是或否）");
        assertThatThrownBy(() -> policy.check(Completion.of(Map.of(), TODAY))).isInstanceOf(CompletionRefusedException.class);
    }

    @Test
    void decisionThatIsNotABooleanIsRefused() {
        assertThatThrownBy(() -> policy.check(Completion.of(Map.of("leadsProvided", "true"), TODAY)))
                .isInstanceOf(CompletionRefusedException.class).hasMessage("“申请执行人是否提供了财产线索”应选择“是”或“否”");
        assertThatThrownBy(() -> policy.check(Completion.of(Map.of("leadsProvided", 1), TODAY)))
                .isInstanceOf(CompletionRefusedException.class);
    }

    @Test
    void theDecisionIsARequiredField() {
        assertThat(policy.requiredFields()).containsExactly("leadsProvided");
    }
}
