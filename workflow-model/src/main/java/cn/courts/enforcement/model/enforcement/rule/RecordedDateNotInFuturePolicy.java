package cn.courts.enforcement.model.enforcement.rule;

import cn.courts.enforcement.model.rule.Policy;
import cn.courts.enforcement.model.rule.RuleRefusal;
import cn.courts.enforcement.model.rule.RuleResult;
import cn.courts.enforcement.model.rule.ZhText;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date the judge records for something done cannot lie in the future: the case file records what happened, and the
 * node's legal period is judged by these dates, so a date after today would record an act that has not taken place.
 * The period each date answers for is the refusal's citation: 执行通知书送达 法发〔2006〕35号 第四条; 核查线索
 * 财产调查规定 (法释〔2017〕8号) 第二条; 约谈申请执行人 终本规定 (法〔2016〕373号) 第五条; 上门查找 法〔2016〕373号 第三条.
 * Today is the court's today. Checked when the date is given; the form requires it.
 */
public final class RecordedDateNotInFuturePolicy implements Policy<RecordedDateNotInFuturePolicy.Facts> {

    public static final String RULE_CODE = "RECORDED_DATE_NOT_IN_FUTURE";

    /**
     * @param field the recorded date's field
     * @param day   the day recorded, null when none
     * @param today the court's today
     */
    public record Facts(CaseField field, LocalDate day, LocalDate today) {
        public Facts {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(today, "today");
        }
    }

    @Override
    public RuleResult check(Facts facts) {
        return RuleResult.unless(facts.day() != null && facts.day().isAfter(facts.today()), () -> new RuleRefusal(
                RULE_CODE, citation(facts.field()), facts.field().key(), "“" + facts.field().labelZh() + "”为"
                + ZhText.day(facts.day()) + "，晚于今天（" + ZhText.day(facts.today())
                + "）：只能记录已经发生的事项，不能填写将来的日期"));
    }

    /** The rule whose period the recorded act answers for. */
    static String citation(CaseField field) {
        return switch (field) {
            case NOTICE_SERVED_ON -> "法发〔2006〕35号 第四条";
            case CHECKED_ON -> "法释〔2017〕8号 第二条";
            case INTERVIEWED_ON -> "法〔2016〕373号 第五条";
            case SEARCHED_ON -> "法〔2016〕373号 第三条";
            default -> throw new IllegalArgumentException(field + " is not a recorded act's date");
        };
    }
}
