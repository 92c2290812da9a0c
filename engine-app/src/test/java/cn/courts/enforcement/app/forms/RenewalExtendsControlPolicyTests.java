package cn.courts.enforcement.app.forms;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 民诉法解释 第485条: a renewal (续行) runs on past today and past the current expiry. */
class RenewalExtendsControlPolicyTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 7);
    private final RenewalExtendsControlPolicy policy = new RenewalExtendsControlPolicy();

    @Test
    void renewalBeyondTheCurrentExpiryIsAccepted() {
        assertThatCode(() -> policy.check(Completion.of(Map.of("controlExpiresOn", "2026-04-30", "renewedUntil", "2027-04-07"), TODAY)))
                .doesNotThrowAnyException();
    }

    @Test
    void renewalEndingOnOrBeforeTheCurrentExpiryIsRefused() {
        assertThatThrownBy(() -> policy.check(Completion.of(Map.of("controlExpiresOn", "2026-04-30", "renewedUntil", "2026-04-30"), TODAY)))
                .isInstanceOf(CompletionRefusedException.class)
                .hasMessage("续行期限届满日2026年04月30日应晚于当前控制期限届满日（2026年04月30日），否则不构成续行");
    }

    @Test
    void renewalEndingTodayOrEarlierIsRefused() {
        assertThatThrownBy(() -> policy.check(Completion.of(Map.of("renewedUntil", "2026-04-07"), TODAY)))
                .isInstanceOf(CompletionRefusedException.class)
                .hasMessage("续行期限届满日2026年04月07日应晚于今天（2026年04月07日）");
    }
}
