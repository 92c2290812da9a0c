package cn.courts.enforcement.app.forms;

import cn.courts.enforcement.model.parameter.LegalRatio;
import cn.courts.enforcement.model.parameter.LegalRatioCode;
import cn.courts.enforcement.model.parameter.LegalRatios;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The second online auction may lower the reserve price by at most 20% of the first auction's: 网拍规定
 * (法释〔2016〕18号) 第二十六条 "再次拍卖的起拍价降价幅度不得超过前次起拍价的百分之二十". The bounds are
 * {@link LegalRatioCode#SECOND_AUCTION_MAX_CUT} of the ratio table (0% to 20%, inclusive): the second reserve
 * price is at least 80% of the first and not above it. Checked when both reserve prices are known.
 */
public final class SecondAuctionPriceCutPolicy implements CompletionPolicy {

    static final String LABEL = "第二次拍卖起拍价";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final LegalRatio cut;

    public SecondAuctionPriceCutPolicy(LegalRatios ratios) {
        this.cut = Objects.requireNonNull(ratios).get(LegalRatioCode.SECOND_AUCTION_MAX_CUT);
    }

    @Override
    public void check(Completion completion) {
        completion.amount(FormFields.SECOND_AUCTION_RESERVE_PRICE, LABEL).ifPresent(second -> completion
                .amount(FormFields.FIRST_AUCTION_RESERVE_PRICE, AuctionReservePricePolicy.LABEL)
                .filter(first -> first.signum() > 0)
                .ifPresent(first -> {
                    BigDecimal cutPercent = first.subtract(second).multiply(HUNDRED).divide(first, MathContext.DECIMAL128);
                    if (cut.permits(cutPercent)) {
                        return;
                    }
                    String rule = "，不符合" + cut.citation() + "（降价幅度" + cut.describeZh() + "）";
                    String message;
                    if (cutPercent.signum() < 0) {
                        message = LABEL + ZhText.yuan(second) + "高于" + AuctionReservePricePolicy.LABEL
                                + ZhText.yuan(first) + rule;
                    } else {
                        String lowest = cut.maxPercent()
                                .map(max -> "，起拍价最低为" + ZhText.yuan(first.multiply(HUNDRED.subtract(max))
                                        .divide(HUNDRED, 2, RoundingMode.CEILING)))
                                .orElse("");
                        message = LABEL + ZhText.yuan(second) + "较" + AuctionReservePricePolicy.LABEL
                                + ZhText.yuan(first) + "降价"
                                + cut.maxPercent().map(max -> ZhText.percent(cutPercent, max)).orElseGet(() -> ZhText.percent(cutPercent))
                                + rule + lowest;
                    }
                    throw new CompletionRefusedException(FormFields.SECOND_AUCTION_RESERVE_PRICE, message);
                }));
    }
}
