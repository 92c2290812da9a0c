package cn.courts.enforcement.app.forms;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An enforcement act belongs to the case: it is not dated before the filing (立案). */
class RecordedDateNotBeforeFilingPolicyTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    private final RecordedDateNotBeforeFilingPolicy policy = new RecordedDateNotBeforeFilingPolicy("interviewedOn", "约谈日期");

    @Test
    void theFilingDayAndLaterAreAccepted() {
        assertThatCode(() -> policy.check(Completion.of(Map.of("filingDate", "2026-03-02", "interviewedOn", "2026-03-02"), TODAY)))
                .doesNotThrowAnyException();
    }

    @Test
    void aDayBeforeTheFilingIsRefused() {
        assertThatThrownBy(() -> policy.check(Completion.of(Map.of("filingDate", "2026-03-02", "interviewedOn", "2026-02-27"), TODAY)))
                .isInstanceOf(CompletionRefusedException.class)
                .hasMessage("“约谈日期”为2026年02月27日，早于立案日期（2026年03月02日）");
    }

    @Test
    void withoutAFilingDateThereIsNothingToCompareWith() {
        assertThatCode(() -> policy.check(Completion.of(Map.of("interviewedOn", "2020-01-01"), TODAY))).doesNotThrowAnyException();
    }
}
