package cn.courts.enforcement.app.forms;

/**
 * The reference price (参考价) of property to be disposed of is a price above zero: it is what the parties
 * agreed, the inquiry returned or the valuer found (法释〔2018〕15号 第二条), and the auction's reserve price is
 * a share of it (网拍规定 第十条). A reference price of zero would let any reserve price pass. Checked when
 * given; the form requires it.
 */
public final class ReferencePricePositivePolicy implements CompletionPolicy {

    static final String LABEL = "参考价";

    @Override
    public void check(Completion completion) {
        completion.amount(FormFields.REFERENCE_PRICE, LABEL).ifPresent(price -> {
            if (price.signum() <= 0) {
                throw new CompletionRefusedException(FormFields.REFERENCE_PRICE, "参考价应大于零（填写的是" + price.toPlainString() + "）");
            }
        });
    }
}
