package cn.courts.enforcement.model.rule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** How the forms and the refusals write dates and sums of money: 2026年03月05日, 人民币125000.50元. */
public final class ZhText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年MM月dd日");

    private ZhText() {
    }

    public static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** 人民币 and the amount with two decimals (as the execution notice writes it) and 元. */
    public static String yuan(BigDecimal amount) {
        return "人民币" + amount.setScale(2, RoundingMode.HALF_UP).toPlainString() + "元";
    }

    /** A percentage as a court writes it: 70%, 28.57%. */
    public static String percent(BigDecimal percent) {
        return percent.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }

    /**
     * A percentage compared with a legal bound, never rounded onto the bound it misses: 69.999% against
     * "at least 70%" reads 69.99%, not 70%.
     */
    public static String percent(BigDecimal percent, BigDecimal bound) {
        BigDecimal rounded = percent.setScale(2, RoundingMode.HALF_UP);
        if (rounded.compareTo(bound) == 0 && percent.compareTo(bound) != 0) {
            rounded = percent.setScale(2, percent.compareTo(bound) < 0 ? RoundingMode.FLOOR : RoundingMode.CEILING);
        }
        return rounded.stripTrailingZeros().toPlainString() + "%";
    }
}
