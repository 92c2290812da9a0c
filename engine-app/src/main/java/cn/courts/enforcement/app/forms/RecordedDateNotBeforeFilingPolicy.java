package cn.courts.enforcement.app.forms;

import cn.courts.enforcement.app.enforcement.EnforcementCaseProcess;

import java.util.Objects;

/**
 * A date the judge records for an act of enforcement (执行通知书送达, 约谈, 上门查找, 核查线索) cannot lie before the
 * case was filed (立案): enforcement acts belong to a case, and the case's periods run from the day after
 * filing (法释〔2000〕29号 第八条; 民诉法 第八十五条). Compared with the process's {@code filingDate}; checked when
 * both are known.
 */
public final class RecordedDateNotBeforeFilingPolicy implements CompletionPolicy {

    static final String FILING_DATE_LABEL = "立案日期";

    private final String variable;
    private final String labelZh;

    public RecordedDateNotBeforeFilingPolicy(String variable, String labelZh) {
        this.variable = Objects.requireNonNull(variable);
        this.labelZh = Objects.requireNonNull(labelZh);
    }

    @Override
    public void check(Completion completion) {
        completion.day(variable, labelZh).ifPresent(day -> completion
                .day(EnforcementCaseProcess.Variables.FILING_DATE, FILING_DATE_LABEL).ifPresent(filed -> {
                    if (day.isBefore(filed)) {
                        throw new CompletionRefusedException(variable, "“" + labelZh + "”为" + ZhText.day(day)
                                + "，早于立案日期（" + ZhText.day(filed) + "）");
                    }
                }));
    }
}
