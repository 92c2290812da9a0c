package cn.courts.enforcement.app.forms;

import java.util.Objects;

/**
 * A date the judge records for something done (执行通知书送达, 约谈, 上门查找, 核查线索) cannot lie in the future:
 * the case file records what happened, and the node's legal period (法发〔2006〕35号 第四条、第五条; 财产调查规定
 * 第二条; 终本规定 第三条、第五条) is judged by these dates, so a date after today would record an act that has not
 * taken place. Today is the court's today (the engine clock in the court's zone, {@code CourtClock}).
 * Checked when the date is given; the form requires it.
 */
public final class RecordedDateNotInFuturePolicy implements CompletionPolicy {

    private final String variable;
    private final String labelZh;

    public RecordedDateNotInFuturePolicy(String variable, String labelZh) {
        this.variable = Objects.requireNonNull(variable);
        this.labelZh = Objects.requireNonNull(labelZh);
    }

    @Override
    public void check(Completion completion) {
        completion.day(variable, labelZh).ifPresent(day -> {
            if (day.isAfter(completion.today())) {
                throw new CompletionRefusedException(variable, "“" + labelZh + "”为" + ZhText.day(day)
                        + "，晚于今天（" + ZhText.day(completion.today()) + "）：只能记录已经发生的事项，不能填写将来的日期");
            }
        });
    }
}
