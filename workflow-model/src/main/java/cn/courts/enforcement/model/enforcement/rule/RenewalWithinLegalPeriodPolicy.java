package cn.courts.enforcement.model.enforcement.rule;

import cn.courts.enforcement.model.enforcement.PropertyKind;
import cn.courts.enforcement.model.parameter.LegalParameter;
import cn.courts.enforcement.model.parameter.LegalParameters;
import cn.courts.enforcement.model.rule.Policy;
import cn.courts.enforcement.model.rule.RuleRefusal;
import cn.courts.enforcement.model.rule.RuleResult;
import cn.courts.enforcement.model.rule.ZhText;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A renewed control runs no longer than the legal period of its kind, counted from the renewal: deposits 1 year,
 * movables 2 years, real estate and other property rights 3 years by default (民诉法解释, 法释〔2022〕11号 第485条:
 * "续行期限不得超过前款规定的期限"). The period is the property kind's {@link PropertyKind#controlPeriod()} in the
 * parameter table in force; the refusal names it. The latest admissible end day is that period counted from today by
 * the legal calendar, as the control is set when the renewal completes; the caller computes it with the same table.
 * Checked when both the end day and the property are known.
 */
public final class RenewalWithinLegalPeriodPolicy implements Policy<RenewalWithinLegalPeriodPolicy.Facts> {

    public static final String RULE_CODE = "RENEWAL_WITHIN_LEGAL_PERIOD";
    static final String CITATION = "法释〔2022〕11号 第485条";

    private final LegalParameters parameters;

    public RenewalWithinLegalPeriodPolicy(LegalParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    /**
     * @param renewedUntil the end day of the renewed control, null when not recorded
     * @param kind         the kind of the property renewed, null when unknown
     * @param latestEnd    the period of the kind counted from today, null when unknown
     */
    public record Facts(LocalDate renewedUntil, PropertyKind kind, LocalDate latestEnd) {
    }

    @Override
    public RuleResult check(Facts facts) {
        if (facts.renewedUntil() == null || facts.kind() == null || facts.latestEnd() == null) {
            return RuleResult.allowed();
        }
        return RuleResult.unless(facts.renewedUntil().isAfter(facts.latestEnd()), () -> {
            LegalParameter period = parameters.get(facts.kind().controlPeriod());
            return new RuleRefusal(RULE_CODE, CITATION, CaseField.RENEWED_UNTIL.key(), "续行期限届满日"
                    + ZhText.day(facts.renewedUntil()) + "超过法定期限，最迟为" + ZhText.day(facts.latestEnd()) + "（"
                    + period.citation() + "：" + period.nameZh() + "不得超过" + period.period().describeZh()
                    + "，续行期限自续行之日起算）");
        });
    }
}
