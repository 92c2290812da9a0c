package cn.courts.enforcement.model.enforcement.rule;

import cn.courts.enforcement.model.calendar.LegalPeriod;
import cn.courts.enforcement.model.enforcement.PropertyKind;
import cn.courts.enforcement.model.parameter.LegalParameterCode;
import cn.courts.enforcement.model.parameter.LegalParameters;
import cn.courts.enforcement.model.rule.RuleRefusal;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static cn.courts.enforcement.model.enforcement.rule.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

class RenewalWithinLegalPeriodPolicyTests {

    private static final LocalDate ONE_YEAR = LocalDate.of(2027, 4, 7);
    private final RenewalWithinLegalPeriodPolicy policy = new RenewalWithinLegalPeriodPolicy(LegalParameters.defaults());

    @Test
    void renewalUpToTheLegalEndIsAllowed() {
        assertThat(policy.check(new RenewalWithinLegalPeriodPolicy.Facts(ONE_YEAR, PropertyKind.DEPOSIT, ONE_YEAR)).isAllowed()).isTrue();
    }

    @Test
    void renewalBeyondTheLegalEndIsRefusedNamingThePeriodOfTheKind() {
        RuleRefusal refusal = refusalOf(policy.check(new RenewalWithinLegalPeriodPolicy.Facts(ONE_YEAR.plusDays(1),
                PropertyKind.DEPOSIT, ONE_YEAR)));
        assertThat(refusal.ruleCode()).isEqualTo("RENEWAL_WITHIN_LEGAL_PERIOD");
        assertThat(refusal.citation()).isEqualTo("法释〔2022〕11号 第485条");
        assertThat(refusal.field()).isEqualTo("renewedUntil");
        assertThat(refusal.messageZh()).isEqualTo("续行期限届满日2027年04月08日超过法定期限，最迟为2027年04月07日"
                + "（民诉法解释 第485条：冻结银行存款的期限不得超过1年，续行期限自续行之日起算）");
        assertThat(refusalOf(policy.check(new RenewalWithinLegalPeriodPolicy.Facts(LocalDate.of(2029, 4, 10),
                PropertyKind.REAL_ESTATE, LocalDate.of(2029, 4, 9)))).messageZh()).contains("查封不动产、冻结其他财产权的期限不得超过3年");
    }

    @Test
    void thePeriodInForceIsTheOneTheMessageNames() {
        LegalParameters sixMonths = LegalParameters.defaults()
                .withOverride(LegalParameterCode.FREEZE_DEPOSITS, LegalPeriod.months(6));
        LocalDate halfYear = LocalDate.of(2026, 10, 9);
        assertThat(refusalOf(new RenewalWithinLegalPeriodPolicy(sixMonths).check(new RenewalWithinLegalPeriodPolicy.Facts(
                halfYear.plusDays(1), PropertyKind.DEPOSIT, halfYear))).messageZh())
                .contains("最迟为2026年10月09日").contains("冻结银行存款的期限不得超过6个月");
    }

    @Test
    void unknownPropertyHasNoLegalEndToCompareWith() {
        assertThat(policy.check(new RenewalWithinLegalPeriodPolicy.Facts(LocalDate.of(2099, 1, 1), null, null)).isAllowed()).isTrue();
        assertThat(policy.check(new RenewalWithinLegalPeriodPolicy.Facts(null, PropertyKind.DEPOSIT, ONE_YEAR)).isAllowed()).isTrue();
    }
}
