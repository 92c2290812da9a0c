package cn.courts.enforcement.model.listing.rule;

import cn.courts.enforcement.model.calendar.LegalPeriod;
import cn.courts.enforcement.model.rule.Policy;
import cn.courts.enforcement.model.rule.RuleRefusal;
import cn.courts.enforcement.model.rule.RuleResult;

import java.util.Objects;

/**
 * A debtor whose listing was deleted on the creditor's application is not listed again on the creditor's application
 * within the period after the deletion (法释〔2017〕7号 第十条: 6 months, {@code NO_RELISTING_AFTER_CREDITOR_DELETION}).
 */
public final class NoRelistingAfterCreditorDeletion implements Policy<NoRelistingAfterCreditorDeletion.Facts> {

    public static final String RULE = "LISTING_NO_RELISTING_AFTER_CREDITOR_DELETION";
    public static final String CITATION = "法释〔2017〕7号 第十条";

    /**
     * @param onCreditorApplication          whether the proposal is on the creditor's application
     * @param deletedOnCreditorRequestWithin whether a listing of the debtor was deleted on the creditor's request within
     *                                       the period before today
     * @param bar                            the period in force
     */
    public record Facts(boolean onCreditorApplication, boolean deletedOnCreditorRequestWithin, LegalPeriod bar) {
        public Facts {
            Objects.requireNonNull(bar, "bar");
        }
    }

    @Override
    public RuleResult check(Facts facts) {
        return RuleResult.unless(facts.onCreditorApplication() && facts.deletedOnCreditorRequestWithin(),
                () -> new RuleRefusal(RULE, CITATION, "creditorAppliedOn", "因申请执行人申请删除失信信息的，自删除之日起"
                        + facts.bar().describeZh() + "内申请执行人不得再次申请将该被执行人纳入（" + CITATION + "）。"));
    }
}
