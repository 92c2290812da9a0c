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
 * The first online auction's reserve price (起拍价) is at least 70% of the reference price: 网拍规定 (法释〔2016〕18号)
 * 第十条 "起拍价由人民法院参照评估价确定……不得低于评估价或者市价的百分之七十". The percentage is
 * {@link LegalRatioCode#AUCTION_RESERVE_MIN_RATIO} of the ratio table in force, bound inclusive; the refusal states it
 * and the lowest admissible reserve price. Checked when both prices are known and the reference price is above zero.
 */
public final class AuctionReservePricePolicy implements Policy<AuctionReservePricePolicy.Facts> {

    public static final String RULE_CODE = "AUCTION_RESERVE_PRICE_MIN";
    static final String CITATION = "法释〔2016〕18号 第十条";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final LegalRatio ratio;

    public AuctionReservePricePolicy(LegalRatios ratios) {
        this.ratio = Objects.requireNonNull(ratios, "ratios").get(LegalRatioCode.AUCTION_RESERVE_MIN_RATIO);
    }

    /**
     * @param reservePrice   the first auction's reserve price, null when not recorded
     * @param referencePrice the reference price set at 确定参考价, null when unknown
     */
    public record Facts(BigDecimal reservePrice, BigDecimal referencePrice) {
    }

    @Override
    public RuleResult check(Facts facts) {
        BigDecimal reserve = facts.reservePrice();
        BigDecimal reference = facts.referencePrice();
        if (reserve == null || reference == null || reference.signum() <= 0) {
            return RuleResult.allowed();
        }
        BigDecimal percent = reserve.multiply(HUNDRED).divide(reference, MathContext.DECIMAL128);
        return RuleResult.unless(!ratio.permits(percent), () -> {
            String label = CaseField.FIRST_AUCTION_RESERVE_PRICE.labelZh();
            String lowest = ratio.minPercent()
                    .map(min -> "，起拍价最低为" + ZhText.yuan(reference.multiply(min).divide(HUNDRED, 2, RoundingMode.CEILING)))
                    .orElse("");
            return new RuleRefusal(RULE_CODE, CITATION, CaseField.FIRST_AUCTION_RESERVE_PRICE.key(),
                    label + ZhText.yuan(reserve) + "为" + CaseField.REFERENCE_PRICE.labelZh() + ZhText.yuan(reference) + "的"
                            + ratio.minPercent().map(min -> ZhText.percent(percent, min)).orElseGet(() -> ZhText.percent(percent))
                            + "，不符合" + ratio.citation() + "（起拍价" + ratio.describeZh() + "）" + lowest);
        });
    }
}
