package cn.courts.enforcement.app.forms;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The command centre's supervision records its opinion (督办意见). */
class SupervisionOpinionPolicyTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 6);
    private final SupervisionOpinionPolicy policy = new SupervisionOpinionPolicy();

    @Test
    void opinionIsAccepted() {
        assertThatCode(() -> policy.check(Completion.of(Map.of("supervisionOpinion", "请于3月9日前送达执行通知书并报告。"), TODAY)))
                .doesNotThrowAnyException();
    }

    @Test
    void missingOrBlankOpinionIsRefused() {
        assertThatThrownBy(() -> policy.check(Completion.of(Map.of(), TODAY)))
                .isInstanceOf(CompletionRefusedException.class).hasMessage("请填写督办意见");
        assertThatThrownBy(() -> policy.check(Completion.of(Map.of("supervisionOpinion", "   "), TODAY)))
                .isInstanceOf(CompletionRefusedException.class);
        assertThat(policy.requiredFields()).containsExactly("supervisionOpinion");
    }
}
