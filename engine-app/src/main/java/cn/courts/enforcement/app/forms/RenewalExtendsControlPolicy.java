package cn.courts.enforcement.app.forms;

import cn.courts.enforcement.app.enforcement.EnforcementCaseProcess;

/**
 * A renewed seizure or freeze (续行查封、扣押、冻结) must run on past the current one: the court renews before the
 * control expires (民诉法解释 第485条: "申请执行人申请延长期限的，人民法院应当在查封、扣押、冻结期限届满前办理续行
 * 查封、扣押、冻结手续"), so the renewed end date lies after today and after the current expiry
 * ({@code controlExpiresOn} of the renewal task). Checked when the end date is given; the form requires it.
 */
public final class RenewalExtendsControlPolicy implements CompletionPolicy {

    static final String LABEL = "续行至";
    static final String CURRENT_EXPIRY_LABEL = "当前控制期限届满日";

    @Override
    public void check(Completion completion) {
        completion.day(FormFields.RENEWED_UNTIL, LABEL).ifPresent(until -> {
            if (!until.isAfter(completion.today())) {
                throw new CompletionRefusedException(FormFields.RENEWED_UNTIL, "续行期限届满日" + ZhText.day(until)
                        + "应晚于今天（" + ZhText.day(completion.today()) + "）");
            }
            completion.day(EnforcementCaseProcess.Variables.CONTROL_EXPIRES_ON, CURRENT_EXPIRY_LABEL).ifPresent(current -> {
                if (!until.isAfter(current)) {
                    throw new CompletionRefusedException(FormFields.RENEWED_UNTIL, "续行期限届满日" + ZhText.day(until)
                            + "应晚于" + CURRENT_EXPIRY_LABEL + "（" + ZhText.day(current) + "），否则不构成续行");
                }
            });
        });
    }
}
