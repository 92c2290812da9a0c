package cn.courts.enforcement.model.enforcement.rule;

import cn.courts.enforcement.model.parameter.LegalRatio;
import cn.courts.enforcement.model.parameter.LegalRatioCode;
import cn.courts.enforcement.model.parameter.LegalRatios;
import cn.courts.enforcement.model.rule.Policy;
import cn.courts.enforcement.model.rule.RuleRefusal;
import cn.courts.enforcement.model.rule.RuleResult;
import cn.courts.enforcement.model.rule.ZhText;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The second online auction may lower the reserve price by at most 20% of the first auction's: 网拍规定
 * (法释〔2016〕18号) 第二十六条 "再次拍卖的起拍价降价幅度不得超过前次起拍价的百分之二十". The bounds are
 * {@link LegalRatioCode#SECOND_AUCTION_MAX_CUT} of the ratio table in force (0% to 20%, inclusive): the second reserve
 * price is not above the first and not below the lowest the cut allows. Checked when both reserve prices are known.
 */
public final class SecondAuctionPriceCutPolicy implements Policy<SecondAuctionPriceCutPolicy.Facts> {

    public static final String RULE_CODE = "SECOND_AUCTION_PRICE_CUT";
    static final String CITATION = "法释〔2016〕18号 第二十六条";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final LegalRatio cut;

    public SecondAuctionPriceCutPolicy(LegalRatios ratios) {
        this.cut = Objects.requireNonNull(ratios, "ratios").get(LegalRatioCode.SECOND_AUCTION_MAX_CUT);
    }

    /**
     * @param secondReservePrice the second auction's reserve price, null when not recorded
     * @param firstReservePrice  the first auction's reserve price, null when unknown
     */
    public record Facts(BigDecimal secondReservePrice, BigDecimal firstReservePrice) {
    }

    @Override
    public RuleResult check(Facts facts) {
        BigDecimal second = facts.secondReservePrice();
        BigDecimal first = facts.firstReservePrice();
        if (second == null || first == null || first.signum() <= 0) {
            return RuleResult.allowed();
        }
        BigDecimal cutPercent = first.subtract(second).multiply(HUNDRED).divide(first, MathContext.DECIMAL128);
        return RuleResult.unless(!cut.permits(cutPercent), () -> new RuleRefusal(RULE_CODE, CITATION,
                CaseField.SECOND_AUCTION_RESERVE_PRICE.key(), message(second, first, cutPercent)));
    }

    private String message(BigDecimal second, BigDecimal first, BigDecimal cutPercent) {
        String secondLabel = CaseField.SECOND_AUCTION_RESERVE_PRICE.labelZh();
        String firstLabel = CaseField.FIRST_AUCTION_RESERVE_PRICE.labelZh();
        String rule = "，不符合" + cut.citation() + "（降价幅度" + cut.describeZh() + "）";
        if (cutPercent.signum() < 0) {
            return secondLabel + ZhText.yuan(second) + "高于" + firstLabel + ZhText.yuan(first) + rule;
        }
        String lowest = cut.maxPercent()
                .map(max -> "，起拍价最低为" + ZhText.yuan(first.multiply(HUNDRED.subtract(max))
                        .divide(HUNDRED, 2, RoundingMode.CEILING)))
                .orElse("");
        return secondLabel + ZhText.yuan(second) + "较" + firstLabel + ZhText.yuan(first) + "降价"
                + cut.maxPercent().map(max -> ZhText.percent(cutPercent, max)).orElseGet(() -> ZhText.percent(cutPercent))
                + rule + lowest;
    }
}
