package cn.courts.enforcement.app.forms;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A renewed control runs no longer than the legal period of its kind, counted from the renewal: deposits
 * 1 year, movables 2 years, real estate and other property rights 3 years (民诉法解释 第485条: "续行期限不得超过前款
 * 规定的期限"). The latest admissible end day is what {@code propertyControls} sets on the property record when the
 * renewal completes ({@code LegalCalendarService.dueDate(today, kind.controlPeriod())}); it is given to this
 * policy by {@link FormCompletionRules}. Checked when both are known.
 */
public final class RenewalWithinLegalPeriodPolicy implements CompletionPolicy {

    private final Function<Completion, Optional<LocalDate>> latestEnd;

    /** @param latestEnd the latest legal end of the renewal of the completion's property, if known */
    public RenewalWithinLegalPeriodPolicy(Function<Completion, Optional<LocalDate>> latestEnd) {
        this.latestEnd = Objects.requireNonNull(latestEnd);
    }

    @Override
    public void check(Completion completion) {
        completion.day(FormFields.RENEWED_UNTIL, RenewalExtendsControlPolicy.LABEL).ifPresent(until -> latestEnd
                .apply(completion).ifPresent(latest -> {
                    if (until.isAfter(latest)) {
                        throw new CompletionRefusedException(FormFields.RENEWED_UNTIL, "续行期限届满日" + ZhText.day(until)
                                + "超过法定期限，最迟为" + ZhText.day(latest)
                                + "（民诉法解释 第485条：冻结存款不超过一年，查封动产不超过两年，查封不动产、冻结其他财产权不超过三年）");
                    }
                }));
    }
}
