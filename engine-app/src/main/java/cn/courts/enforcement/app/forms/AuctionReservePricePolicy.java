package cn.courts.enforcement.app.forms;

import cn.courts.enforcement.model.parameter.LegalRatio;
import cn.courts.enforcement.model.parameter.LegalRatioCode;
import cn.courts.enforcement.model.parameter.LegalRatios;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The first online auction's reserve price (起拍价) is at least 70% of the reference price: 网拍规定
 * (法释〔2016〕18号) 第十条 "起拍价由人民法院参照评估价确定……不得低于评估价或者市价的百分之七十". The percentage is
 * {@link LegalRatioCode#AUCTION_RESERVE_MIN_RATIO} of the ratio table ({@code legal-ratios.csv}), bounds
 * inclusive. Checked when both the reserve price and the reference price (set at
 * {@code Task_DetermineReferencePrice}) are known.
 */
public final class AuctionReservePricePolicy implements CompletionPolicy {

    static final String LABEL = "第一次拍卖起拍价";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final LegalRatio ratio;

    public AuctionReservePricePolicy(LegalRatios ratios) {
        this.ratio = Objects.requireNonNull(ratios).get(LegalRatioCode.AUCTION_RESERVE_MIN_RATIO);
    }

    @Override
    public void check(Completion completion) {
        completion.amount(FormFields.FIRST_AUCTION_RESERVE_PRICE, LABEL).ifPresent(reserve -> completion
                .amount(FormFields.REFERENCE_PRICE, ReferencePricePositivePolicy.LABEL)
                .filter(reference -> reference.signum() > 0)
                .ifPresent(reference -> {
                    BigDecimal percent = reserve.multiply(HUNDRED).divide(reference, MathContext.DECIMAL128);
                    if (!ratio.permits(percent)) {
                        String lowest = ratio.minPercent()
                                .map(min -> "，起拍价最低为" + ZhText.yuan(reference.multiply(min)
                                        .divide(HUNDRED, 2, RoundingMode.CEILING)))
                                .orElse("");
                        throw new CompletionRefusedException(FormFields.FIRST_AUCTION_RESERVE_PRICE,
                                LABEL + ZhText.yuan(reserve) + "为参考价" + ZhText.yuan(reference) + "的"
                                        + ratio.minPercent().map(min -> ZhText.percent(percent, min)).orElseGet(() -> ZhText.percent(percent))
                                        + "，不符合" + ratio.citation() + "（起拍价"
                                        + ratio.describeZh() + "）" + lowest);
                    }
                }));
    }
}
