package cn.courts.enforcement.app.forms;

/**
 * A court pays out only money that has arrived in the case's account: the amount disbursed cannot exceed the
 * amount received (法发〔2017〕6号《关于执行款物管理工作的规定》: 一案一账号, execution money is paid out from the
 * case account after it arrives). Checked when both amounts are known.
 */
public final class DisbursementWithinReceiptsPolicy implements CompletionPolicy {

    static final String RECEIVED_LABEL = "执行款到账金额";
    static final String DISBURSED_LABEL = "发放金额";

    @Override
    public void check(Completion completion) {
        completion.amount(FormFields.AMOUNT_DISBURSED, DISBURSED_LABEL).ifPresent(disbursed -> completion
                .amount(FormFields.AMOUNT_RECEIVED, RECEIVED_LABEL).ifPresent(received -> {
                    if (disbursed.compareTo(received) > 0) {
                        throw new CompletionRefusedException(FormFields.AMOUNT_DISBURSED, DISBURSED_LABEL
                                + ZhText.yuan(disbursed) + "超过" + RECEIVED_LABEL + ZhText.yuan(received)
                                + "：只能发放已到账的执行款（法发〔2017〕6号，一案一账号）");
                    }
                }));
    }
}
