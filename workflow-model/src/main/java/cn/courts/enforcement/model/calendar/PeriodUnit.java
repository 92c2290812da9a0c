package cn.courts.enforcement.model.calendar;

/**
 * The units in which the law states a period (期间).
 *
 * <p>《民事诉讼法》(2023) 第85条 and 《民法典》第200条 count periods in hours, days, months and years; the
 * court procedures add periods in working days (工作日), e.g. 法释〔2017〕7号 第十条、第十二条 ("三个工作日内").
 * Hours do not occur in enforcement deadlines and are not supported.
 */
public enum PeriodUnit {
    /** Calendar days (日), counted by 《民事诉讼法》第85条. */
    DAYS("D", "日"),
    /** Working days (工作日): only days that are not rest days count, honouring 调休. */
    WORKING_DAYS("WD", "个工作日"),
    /** Months (月), ending on the same-numbered day (《民法典》第202条). */
    MONTHS("M", "个月"),
    /** Years (年), ending on the same-numbered day (《民法典》第202条). */
    YEARS("Y", "年");

    private final String symbol;
    private final String zhSuffix;

    PeriodUnit(String symbol, String zhSuffix) {
        this.symbol = symbol;
        this.zhSuffix = zhSuffix;
    }

    /** The short form used in {@link LegalPeriod#toString()} and the parameter CSV: D, WD, M, Y. */
    public String symbol() {
        return symbol;
    }

    /** The Chinese wording after the number: 日, 个工作日, 个月, 年. */
    public String zhSuffix() {
        return zhSuffix;
    }
}
