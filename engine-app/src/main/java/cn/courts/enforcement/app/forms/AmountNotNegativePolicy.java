package cn.courts.enforcement.app.forms;

import java.util.Objects;

/**
 * Sums of money a node records (起拍价, 成交价, 变卖价款/抵债金额, 到账金额, 发放金额) are amounts in 元 and cannot be
 * negative: they are entries of the case account (一案一账号, 法发〔2017〕6号) and of the auction record (网拍规定).
 * Checked when given; the form requires the amounts it asks for.
 */
public final class AmountNotNegativePolicy implements CompletionPolicy {

    private final String variable;
    private final String labelZh;

    public AmountNotNegativePolicy(String variable, String labelZh) {
        this.variable = Objects.requireNonNull(variable);
        this.labelZh = Objects.requireNonNull(labelZh);
    }

    @Override
    public void check(Completion completion) {
        completion.amount(variable, labelZh).ifPresent(amount -> {
            if (amount.signum() < 0) {
                throw new CompletionRefusedException(variable, "“" + labelZh + "”不能为负数（填写的是" + amount.toPlainString() + "）");
            }
        });
    }
}
