package cn.courts.enforcement.app.forms;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 民诉法解释 第485条: a renewal runs no longer than the legal period of its kind. */
class RenewalWithinLegalPeriodPolicyTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 7);
    private static final LocalDate ONE_YEAR = LocalDate.of(2027, 4, 7);
    private final RenewalWithinLegalPeriodPolicy policy = new RenewalWithinLegalPeriodPolicy(c -> Optional.of(ONE_YEAR));

    @Test
    void renewalUpToTheLegalEndIsAccepted() {
        assertThatCode(() -> policy.check(Completion.of(Map.of("renewedUntil", "2027-04-07"), TODAY))).doesNotThrowAnyException();
    }

    @Test
    void renewalBeyondTheLegalEndIsRefused() {
        assertThatThrownBy(() -> policy.check(Completion.of(Map.of("renewedUntil", "2027-04-08"), TODAY)))
                .isInstanceOf(CompletionRefusedException.class)
                .hasMessageStartingWith("续行期限届满日2027年04月08日超过法定期限，最迟为2027年04月07日（民诉法解释 第485条");
    }

    @Test
    void unknownPropertyHasNoLegalEndToCompareWith() {
        RenewalWithinLegalPeriodPolicy unknown = new RenewalWithinLegalPeriodPolicy(c -> Optional.empty());
        assertThatCode(() -> unknown.check(Completion.of(Map.of("renewedUntil", "2099-01-01"), TODAY))).doesNotThrowAnyException();
    }
}
