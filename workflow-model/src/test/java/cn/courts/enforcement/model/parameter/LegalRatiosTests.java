package cn.courts.enforcement.model.parameter;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 法释〔2016〕18号 第十条、第十七条、第二十六条. */
class LegalRatiosTests {

    private final LegalRatios ratios = LegalRatios.defaults();

    @Test
    void defaultsTableHasEveryRatio() {
        assertThat(ratios.all()).extracting(LegalRatio::code).containsExactly(LegalRatioCode.values());
        assertThat(ratios.all()).allSatisfy(ratio -> assertThat(ratio.citation()).contains("网拍规定"));
    }

    @Test
    void reservePriceAtSeventyPercentOfValuationIsAllowedBelowIsNot() {
        LegalRatio reserve = ratios.get(LegalRatioCode.AUCTION_RESERVE_MIN_RATIO);
        assertThat(reserve.permits(new BigDecimal("70"))).isTrue();
        assertThat(reserve.permits(new BigDecimal("100"))).isTrue();
        assertThat(reserve.permits(new BigDecimal("69.99"))).isFalse();
        assertThat(reserve.describeZh()).isEqualTo("不低于70%");
    }

    @Test
    void secondAuctionCutOfTwentyPercentIsAllowedMoreIsNot() {
        LegalRatio cut = ratios.get(LegalRatioCode.SECOND_AUCTION_MAX_CUT);
        assertThat(cut.permits(new BigDecimal("20"))).isTrue();
        assertThat(cut.permits(new BigDecimal("20.01"))).isFalse();
        assertThat(cut.describeZh()).isEqualTo("0%至20%");
    }

    @Test
    void depositBetweenFiveAndTwentyPercentOfTheStartingPrice() {
        LegalRatio deposit = ratios.get(LegalRatioCode.AUCTION_DEPOSIT);
        assertThat(deposit.permits(new BigDecimal("5"))).isTrue();
        assertThat(deposit.permits(new BigDecimal("20"))).isTrue();
        assertThat(deposit.permits(new BigDecimal("4.99"))).isFalse();
        assertThat(deposit.permits(new BigDecimal("20.5"))).isFalse();
        assertThat(deposit.describeZh()).isEqualTo("5%至20%");
    }

    @Test
    void ratioTableMissingACodeOrWithBadBoundsIsRejected() {
        String header = String.join(",", LegalRatios.CSV_HEADER) + "\n";
        assertThatThrownBy(() -> LegalRatios.parseCsv(new StringReader(header
                + "AUCTION_DEPOSIT,保证金,5,20,网拍规定 第十七条,2016,V,\n"), "ratios.csv"))
                .isInstanceOf(LegalParameterTableException.class)
                .hasMessageContaining("codes missing from the table: [AUCTION_RESERVE_MIN_RATIO, SECOND_AUCTION_MAX_CUT]");
        assertThatThrownBy(() -> LegalRatios.parseCsv(new StringReader(header
                + "AUCTION_DEPOSIT,保证金,20,5,网拍规定 第十七条,2016,V,\n"), "ratios.csv"))
                .isInstanceOf(LegalParameterTableException.class)
                .hasMessageContaining("line 2: AUCTION_DEPOSIT: lower bound 20% exceeds upper bound 5%");
        assertThatThrownBy(() -> LegalRatios.parseCsv(new StringReader(header
                + "AUCTION_DEPOSIT,保证金,five,20,网拍规定 第十七条,2016,V,\n"), "ratios.csv"))
                .isInstanceOf(LegalParameterTableException.class)
                .hasMessageContaining("'five' is not a percentage");
    }
}
