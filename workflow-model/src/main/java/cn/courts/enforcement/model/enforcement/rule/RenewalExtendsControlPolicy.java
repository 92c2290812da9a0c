package cn.courts.enforcement.model.enforcement.rule;

import cn.courts.enforcement.model.rule.Policy;
import cn.courts.enforcement.model.rule.RuleRefusal;
import cn.courts.enforcement.model.rule.RuleResult;
import cn.courts.enforcement.model.rule.ZhText;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A renewed seizure or freeze (续行查封、扣押、冻结) must run on past the current one: the court renews before the
 * control expires (民诉法解释, 法释〔2022〕11号 第485条: "申请执行人申请延长期限的，人民法院应当在查封、扣押、冻结期限届满前
 * 办理续行查封、扣押、冻结手续"), so the renewed end lies after today and after the current expiry. Checked when the end
 * day is given; the form requires it.
 */
public final class RenewalExtendsControlPolicy implements Policy<RenewalExtendsControlPolicy.Facts> {

    public static final String RULE_CODE = "RENEWAL_EXTENDS_CONTROL";
    static final String CITATION = "法释〔2022〕11号 第485条";

    /**
     * @param renewedUntil  the end day of the renewed control, null when not recorded
     * @param today         the court's today
     * @param currentExpiry the day the current control ends, null when unknown
     */
    public record Facts(LocalDate renewedUntil, LocalDate today, LocalDate currentExpiry) {
        public Facts {
            Objects.requireNonNull(today, "today");
        }
    }

    @Override
    public RuleResult check(Facts facts) {
        LocalDate until = facts.renewedUntil();
        if (until == null) {
            return RuleResult.allowed();
        }
        if (!until.isAfter(facts.today())) {
            return refused("续行期限届满日" + ZhText.day(until) + "应晚于今天（" + ZhText.day(facts.today()) + "）");
        }
        LocalDate current = facts.currentExpiry();
        if (current != null && !until.isAfter(current)) {
            return refused("续行期限届满日" + ZhText.day(until) + "应晚于" + CaseField.CONTROL_EXPIRES_ON.labelZh()
                    + "（" + ZhText.day(current) + "），否则不构成续行");
        }
        return RuleResult.allowed();
    }

    private static RuleResult refused(String messageZh) {
        return RuleResult.refused(RULE_CODE, CITATION, CaseField.RENEWED_UNTIL.key(), messageZh);
    }
}
