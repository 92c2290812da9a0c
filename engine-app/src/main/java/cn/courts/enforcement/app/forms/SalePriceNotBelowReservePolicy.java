package cn.courts.enforcement.app.forms;

import cn.courts.enforcement.app.enforcement.EnforcementCaseProcess;

import java.util.Objects;

/**
 * An online auction that sold cannot have sold below its reserve price: the reserve price is the starting
 * price, and bids start from it (网拍规定 法释〔2016〕18号 第十条 "拍卖保留价即为起拍价"). Checked when the auction
 * sold ({@code auctionSold} true) and both the sale price and this auction's reserve price are known.
 */
public final class SalePriceNotBelowReservePolicy implements CompletionPolicy {

    static final String LABEL = "成交价";

    private final String reserveVariable;
    private final String reserveLabelZh;

    /**
     * @param reserveVariable the reserve price of the auction this node holds
     * @param reserveLabelZh  its label, e.g. 第一次拍卖起拍价
     */
    public SalePriceNotBelowReservePolicy(String reserveVariable, String reserveLabelZh) {
        this.reserveVariable = Objects.requireNonNull(reserveVariable);
        this.reserveLabelZh = Objects.requireNonNull(reserveLabelZh);
    }

    @Override
    public void check(Completion completion) {
        boolean sold = completion.flag(EnforcementCaseProcess.Variables.AUCTION_SOLD, "是否成交").orElse(false);
        if (!sold) {
            return;
        }
        completion.amount(FormFields.SALE_PRICE, LABEL).ifPresent(sale -> completion
                .amount(reserveVariable, reserveLabelZh).ifPresent(reserve -> {
                    if (sale.compareTo(reserve) < 0) {
                        throw new CompletionRefusedException(FormFields.SALE_PRICE, LABEL + ZhText.yuan(sale)
                                + "低于" + reserveLabelZh + ZhText.yuan(reserve) + "：拍卖保留价即为起拍价，成交价不得低于起拍价（网拍规定 第十条）");
                    }
                }));
    }
}
