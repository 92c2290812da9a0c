package cn.courts.enforcement.model.listing.rule;

import cn.courts.enforcement.model.calendar.LegalPeriod;
import cn.courts.enforcement.model.rule.Policy;
import cn.courts.enforcement.model.rule.RuleRefusal;
import cn.courts.enforcement.model.rule.RuleResult;
import cn.courts.enforcement.model.rule.ZhText;

import java.time.LocalDate;
import java.util.Objects;

/**
 * On the creditor's application the court decides within the period from receiving it (法释〔2017〕7号 第五条: 15 days,
 * {@code CREDITOR_LISTING_APPLICATION_DECISION}): the risk notice's grace period may not end after that day, or the
 * decision could not be made in time.
 */
public final class CreditorApplicationDecidedInTime implements Policy<CreditorApplicationDecidedInTime.Facts> {

    public static final String RULE = "LISTING_CREDITOR_APPLICATION_DECISION_PERIOD";
    public static final String CITATION = "法释〔2017〕7号 第五条";

    /**
     * @param graceEndsOn   the last day of the grace period chosen
     * @param decisionDueOn the last day for the decision, counted from the application
     * @param period        the period in force
     */
    public record Facts(LocalDate graceEndsOn, LocalDate decisionDueOn, LegalPeriod period) {
        public Facts {
            Objects.requireNonNull(graceEndsOn, "graceEndsOn");
            Objects.requireNonNull(decisionDueOn, "decisionDueOn");
            Objects.requireNonNull(period, "period");
        }
    }

    @Override
    public RuleResult check(Facts facts) {
        return RuleResult.unless(facts.graceEndsOn().isAfter(facts.decisionDueOn()), () -> new RuleRefusal(RULE, CITATION,
                "graceMonths", "依申请执行人申请纳入的，应当自收到申请之日起" + facts.period().describeZh() + "内作出决定（"
                + CITATION + "），即" + ZhText.day(facts.decisionDueOn()) + "前；风险提示宽限期不得晚于该日届满。"));
    }
}
