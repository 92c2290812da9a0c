package cn.courts.enforcement.model.enforcement.rule;

import cn.courts.enforcement.model.rule.RuleRefusal;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static cn.courts.enforcement.model.enforcement.rule.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

class RenewalExtendsControlPolicyTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 7);
    private static final LocalDate EXPIRY = LocalDate.of(2026, 4, 30);
    private final RenewalExtendsControlPolicy policy = new RenewalExtendsControlPolicy();

    @Test
    void renewalBeyondTheCurrentExpiryIsAllowed() {
        assertThat(policy.check(new RenewalExtendsControlPolicy.Facts(LocalDate.of(2027, 4, 7), TODAY, EXPIRY)).isAllowed()).isTrue();
    }

    @Test
    void renewalEndingOnOrBeforeTheCurrentExpiryIsRefused() {
        RuleRefusal refusal = refusalOf(policy.check(new RenewalExtendsControlPolicy.Facts(EXPIRY, TODAY, EXPIRY)));
        assertThat(refusal.ruleCode()).isEqualTo("RENEWAL_EXTENDS_CONTROL");
        assertThat(refusal.citation()).isEqualTo("法释〔2022〕11号 第485条");
        assertThat(refusal.field()).isEqualTo("renewedUntil");
        assertThat(refusal.messageZh()).isEqualTo("续行期限届满日2026年04月30日应晚于当前控制期限届满日（2026年04月30日），否则不构成续行");
    }

    @Test
    void renewalEndingTodayOrEarlierIsRefused() {
        assertThat(refusalOf(policy.check(new RenewalExtendsControlPolicy.Facts(TODAY, TODAY, null))).messageZh())
                .isEqualTo("续行期限届满日2026年04月07日应晚于今天（2026年04月07日）");
    }

    @Test
    void noEndDayIsNotThisRulesBusiness() {
        assertThat(policy.check(new RenewalExtendsControlPolicy.Facts(null, TODAY, EXPIRY)).isAllowed()).isTrue();
    }
}
