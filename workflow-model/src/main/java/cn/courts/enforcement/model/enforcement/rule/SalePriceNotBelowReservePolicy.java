package cn.courts.enforcement.model.enforcement.rule;

import cn.courts.enforcement.model.rule.Policy;
import cn.courts.enforcement.model.rule.RuleRefusal;
import cn.courts.enforcement.model.rule.RuleResult;
import cn.courts.enforcement.model.rule.ZhText;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An online auction that sold cannot have sold below its reserve price: the reserve price is the starting price, and
 * bids start from it (网拍规定 法释〔2016〕18号 第十条 "拍卖保留价即为起拍价"). Checked when the auction sold and both
 * the sale price and this auction's reserve price are known.
 */
public final class SalePriceNotBelowReservePolicy implements Policy<SalePriceNotBelowReservePolicy.Facts> {

    public static final String RULE_CODE = "SALE_PRICE_NOT_BELOW_RESERVE";
    static final String CITATION = "法释〔2016〕18号 第十条";

    /**
     * @param reserveField which auction's reserve price (first or second)
     * @param sold         whether the auction sold
     * @param salePrice    the sale price, null when not recorded
     * @param reservePrice this auction's reserve price, null when unknown
     */
    public record Facts(CaseField reserveField, boolean sold, BigDecimal salePrice, BigDecimal reservePrice) {
        public Facts {
            Objects.requireNonNull(reserveField, "reserveField");
        }
    }

    @Override
    public RuleResult check(Facts facts) {
        return RuleResult.unless(facts.sold() && facts.salePrice() != null && facts.reservePrice() != null
                && facts.salePrice().compareTo(facts.reservePrice()) < 0, () -> new RuleRefusal(RULE_CODE, CITATION,
                CaseField.SALE_PRICE.key(), CaseField.SALE_PRICE.labelZh() + ZhText.yuan(facts.salePrice()) + "低于"
                + facts.reserveField().labelZh() + ZhText.yuan(facts.reservePrice())
                + "：拍卖保留价即为起拍价，成交价不得低于起拍价（网拍规定 第十条）"));
    }
}
