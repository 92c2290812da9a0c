package cn.courts.enforcement.model.enforcement.rule;

import cn.courts.enforcement.model.rule.Policy;
import cn.courts.enforcement.model.rule.RuleRefusal;
import cn.courts.enforcement.model.rule.RuleResult;
import cn.courts.enforcement.model.rule.ZhText;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date the judge records for an act of enforcement (执行通知书送达, 约谈, 上门查找, 核查线索) cannot lie before the case
 * was filed (立案): enforcement acts belong to a case, and the case's periods run from the day after filing
 * (《最高人民法院关于严格执行案件审理期限制度的若干规定》法释〔2000〕29号 第八条; 民诉法 第八十五条). Checked when both
 * the date and the filing date are known.
 */
public final class RecordedDateNotBeforeFilingPolicy implements Policy<RecordedDateNotBeforeFilingPolicy.Facts> {

    public static final String RULE_CODE = "RECORDED_DATE_NOT_BEFORE_FILING";
    static final String CITATION = "法释〔2000〕29号 第八条";

    /**
     * @param field      the recorded date's field
     * @param day        the day recorded, null when none
     * @param filingDate the case's filing day, null when unknown
     */
    public record Facts(CaseField field, LocalDate day, LocalDate filingDate) {
        public Facts {
            Objects.requireNonNull(field, "field");
        }
    }

    @Override
    public RuleResult check(Facts facts) {
        return RuleResult.unless(facts.day() != null && facts.filingDate() != null
                && facts.day().isBefore(facts.filingDate()), () -> new RuleRefusal(RULE_CODE, CITATION,
                facts.field().key(), "“" + facts.field().labelZh() + "”为" + ZhText.day(facts.day()) + "，早于"
                + CaseField.FILING_DATE.labelZh() + "（" + ZhText.day(facts.filingDate()) + "）"));
    }
}
