package cn.courts.enforcement.model.listing;

import java.util.Optional;
import java.util.Set;

/**
 * How long a listing runs (法释〔2017〕7号 第二条): on ground 1 alone, until an exit event (no period); with
 * any of grounds 2-6, a period in whole years from the default (2 years) up to the longest the parameter
 * table allows ({@code LISTING_PERIOD_MAX}: 2 years extended by at most 3 for serious or multiple acts).
 */
public final class ListingPeriod {

    private ListingPeriod() {
    }

    /** Whether the grounds call for a fixed period. */
    public static boolean fixed(Set<ListingGround> grounds) {
        return grounds.stream().anyMatch(ListingGround::fixedPeriod);
    }

    /**
     * The Chinese reason the period chosen does not fit the grounds, or empty when it fits.
     *
     * @param years    the years the judge chose, {@code null} for none
     * @param minYears the default period (LISTING_PERIOD_DEFAULT)
     * @param maxYears the longest period (LISTING_PERIOD_MAX)
     */
    public static Optional<String> problem(Set<ListingGround> grounds, Integer years, int minYears, int maxYears) {
        if (grounds == null || grounds.isEmpty()) {
            return Optional.of("请至少选择一项纳入失信名单的情形（法释〔2017〕7号 第一条）。");
        }
        if (!fixed(grounds)) {
            return years == null ? Optional.empty()
                    : Optional.of("仅因有履行能力而拒不履行纳入的，不定期限，至退出事由发生时删除（法释〔2017〕7号 第二条）；请勿填写期限。");
        }
        if (years == null || years < minYears || years > maxYears) {
            return Optional.of("因第一条第（二）至（六）项情形纳入的，期限为" + minYears + "年至" + maxYears
                    + "年（法释〔2017〕7号 第二条）。");
        }
        return Optional.empty();
    }
}
