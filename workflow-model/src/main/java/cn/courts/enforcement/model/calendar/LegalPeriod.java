package cn.courts.enforcement.model.calendar;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period as the law states it: an amount and a unit, e.g. 10日, 3个工作日, 6个月, 2年.
 *
 * <p>The period itself is only a length; when it ends depends on the triggering day and the holiday
 * table, and is computed by {@link LegalCalendar#dueDate(java.time.LocalDate, LegalPeriod)} following
 * 《民事诉讼法》(2023) 第85条 and 《民法典》第200-203条.
 *
 * <p>Text form ({@link #parse(String)} and {@link #toString()}): the amount followed by the unit symbol,
 * {@code 10D}, {@code 3WD}, {@code 6M}, {@code 2Y}.
 *
 * @param amount how many units; zero is allowed (a same-day duty), negative is not
 * @param unit   the unit
 */
public record LegalPeriod(int amount, PeriodUnit unit) {

    private static final Pattern TEXT_FORM = Pattern.compile("(\\d{1,6})(WD|D|M|Y)");

    public LegalPeriod {
        Objects.requireNonNull(unit, "unit");
        if (amount < 0) {
            throw new IllegalArgumentException("A legal period cannot be negative: " + amount + unit.symbol());
        }
    }

    public static LegalPeriod days(int amount) {
        return new LegalPeriod(amount, PeriodUnit.DAYS);
    }

    public static LegalPeriod workingDays(int amount) {
        return new LegalPeriod(amount, PeriodUnit.WORKING_DAYS);
    }

    public static LegalPeriod months(int amount) {
        return new LegalPeriod(amount, PeriodUnit.MONTHS);
    }

    public static LegalPeriod years(int amount) {
        return new LegalPeriod(amount, PeriodUnit.YEARS);
    }

    /**
     * Parses the text form: {@code 10D}, {@code 3WD}, {@code 6M}, {@code 2Y}; surrounding blanks and
     * lower case are accepted.
     *
     * @throws IllegalArgumentException for anything else (empty, no unit, unknown unit, sign, fraction)
     */
    public static LegalPeriod parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("A legal period is required, e.g. 10D, 3WD, 6M or 2Y");
        }
        Matcher matcher = TEXT_FORM.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a legal period: expected an amount and a unit "
                    + "D (days), WD (working days), M (months) or Y (years), e.g. 10D, 3WD, 6M, 2Y");
        }
        int amount = Integer.parseInt(matcher.group(1));
        PeriodUnit unit = switch (matcher.group(2)) {
            case "D" -> PeriodUnit.DAYS;
            case "WD" -> PeriodUnit.WORKING_DAYS;
            case "M" -> PeriodUnit.MONTHS;
            case "Y" -> PeriodUnit.YEARS;
            default -> throw new IllegalStateException("unreachable: " + matcher.group(2));
        };
        return new LegalPeriod(amount, unit);
    }

    /** The period in Chinese as a court writes it: 10日, 3个工作日, 6个月, 2年. */
    public String describeZh() {
        return amount + unit.zhSuffix();
    }

    /** The text form read by {@link #parse(String)}: {@code 10D}, {@code 3WD}, {@code 6M}, {@code 2Y}. */
    @Override
    public String toString() {
        return amount + unit.symbol();
    }
}
