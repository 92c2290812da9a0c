package cn.courts.enforcement.model.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Computes when legal periods (期间) end, on top of a {@link HolidayTable}.
 *
 * <p>The rules, all applied here and nowhere else:
 * <ol>
 *   <li><b>Counting starts the day after the trigger.</b> 《民事诉讼法》(2023) 第85条第2款: "期间开始的时和日，
 *       不计算在期间内"; 《民诉法解释》(法释〔2022〕11号) 第125条: periods in days, months and years run from
 *       the next day; 《民法典》第201条 says the same for civil periods. So a 10-day period triggered on
 *       the 1st has the 11th as its last day.</li>
 *   <li><b>Month and year periods</b> end on the same-numbered day of the target month, or on that
 *       month's last day when it has none (《民法典》第202条): 01-31 + 1 month = 02-28 (02-29 in a leap
 *       year); 02-29 + 1 year = 02-28.</li>
 *   <li><b>A last day on a rest day moves</b> to the next working day (《民事诉讼法》第85条第3款: "期间届满的
 *       最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期"; 《民法典》第203条). Rest days are
 *       weekends and public holidays, but not official make-up workdays (调休), as the
 *       {@link HolidayTable} says.</li>
 *   <li><b>Working-day periods</b> (工作日, e.g. 法释〔2017〕7号 第十条、第十二条) count only working days
 *       after the trigger, honouring 调休: a make-up Saturday counts, a holiday weekday does not. Their
 *       last day is a working day by construction.</li>
 * </ol>
 *
 * <p>Every method that needs to know whether some day is a working day raises
 * {@link DateOutsideHolidayTableException} when that day's year is not covered by the table, rather
 * than guess. Only the days actually examined must be covered: a trigger in an uncovered year is fine
 * when the period ends on a covered working day (2024-02-29 + 1 year = 2025-02-28 needs only 2025).
 *
 * <p>Immutable and thread-safe; share one instance per holiday table.
 */
public final class LegalCalendar {

    private final HolidayTable holidays;

    public LegalCalendar(HolidayTable holidays) {
        this.holidays = Objects.requireNonNull(holidays, "holidays");
    }

    /** A calendar on the {@linkplain HolidayTable#shipped() shipped} holiday table. */
    public static LegalCalendar shipped() {
        return new LegalCalendar(HolidayTable.shipped());
    }

    /** The holiday table this calendar reads. */
    public HolidayTable holidayTable() {
        return holidays;
    }

    /**
     * Whether the day is a working day (not a weekend unless 调休, not a public holiday).
     *
     * @throws DateOutsideHolidayTableException if the day's year is not covered
     */
    public boolean isWorkingDay(LocalDate day) {
        return holidays.kindOf(day) == DayKind.WORKING_DAY;
    }

    /**
     * The first working day strictly after {@code day} ("法定休假日后的第一日" when {@code day} is a rest day).
     *
     * @throws DateOutsideHolidayTableException if the search reaches an uncovered year
     */
    public LocalDate nextWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        LocalDate candidate = day.plusDays(1);
        while (!isWorkingDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    /**
     * {@code day} itself if it is a working day, else the next working day: the rest-day move of
     * 《民事诉讼法》(2023) 第85条 and 《民法典》第203条 applied to a period's last day.
     *
     * @throws DateOutsideHolidayTableException if the search reaches an uncovered year
     */
    public LocalDate workingDayOnOrAfter(LocalDate day) {
        return isWorkingDay(day) ? day : nextWorkingDay(day);
    }

    /**
     * The last day of a period of {@code days} calendar days triggered on {@code trigger}: counting
     * starts the day after the trigger (《民事诉讼法》(2023) 第85条; 《民诉法解释》第125条), so the last day is
     * {@code trigger + days}; if that is a rest day the period ends on the next working day (第85条).
     *
     * @throws IllegalArgumentException          if {@code days} is negative
     * @throws DateOutsideHolidayTableException if the last day (or the move) reaches an uncovered year
     */
    public LocalDate endOfDayPeriod(LocalDate trigger, int days) {
        requireNotNegative(days, "days");
        return workingDayOnOrAfter(plainEnd(trigger, LegalPeriod.days(days)));
    }

    /**
     * The last day of a period of {@code months} months triggered on {@code trigger}: the same-numbered
     * day of the target month, or its last day when it has none (《民法典》第201-202条), then moved off a
     * rest day (《民事诉讼法》(2023) 第85条; 《民法典》第203条).
     *
     * @throws IllegalArgumentException          if {@code months} is negative
     * @throws DateOutsideHolidayTableException if the last day (or the move) reaches an uncovered year
     */
    public LocalDate endOfMonthPeriod(LocalDate trigger, int months) {
        requireNotNegative(months, "months");
        return workingDayOnOrAfter(plainEnd(trigger, LegalPeriod.months(months)));
    }

    /**
     * The last day of a period of {@code years} years triggered on {@code trigger}: the same-numbered day
     * (02-29 + 1 year = 02-28, 《民法典》第202条), then moved off a rest day (《民事诉讼法》(2023) 第85条).
     *
     * @throws IllegalArgumentException          if {@code years} is negative
     * @throws DateOutsideHolidayTableException if the last day (or the move) reaches an uncovered year
     */
    public LocalDate endOfYearPeriod(LocalDate trigger, int years) {
        requireNotNegative(years, "years");
        return workingDayOnOrAfter(plainEnd(trigger, LegalPeriod.years(years)));
    }

    /**
     * The last day of a period of {@code workingDays} working days (工作日) triggered on {@code trigger}:
     * the working days after the trigger day are counted, a make-up workday (调休) counts and a holiday
     * on a weekday does not (e.g. the "三个工作日" of 法释〔2017〕7号 第十条、第十二条). A period of zero
     * working days ends on the trigger day itself.
     *
     * @throws IllegalArgumentException          if {@code workingDays} is negative
     * @throws DateOutsideHolidayTableException if counting reaches an uncovered year
     */
    public LocalDate endOfWorkingDayPeriod(LocalDate trigger, int workingDays) {
        Objects.requireNonNull(trigger, "trigger");
        requireNotNegative(workingDays, "workingDays");
        LocalDate day = trigger;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The day a period triggered on {@code trigger} falls due, dispatching on its unit to
     * {@link #endOfDayPeriod}, {@link #endOfWorkingDayPeriod}, {@link #endOfMonthPeriod} or
     * {@link #endOfYearPeriod}. The rest-day move is included.
     *
     * @throws DateOutsideHolidayTableException if the computation reaches an uncovered year
     */
    public LocalDate dueDate(LocalDate trigger, LegalPeriod period) {
        Objects.requireNonNull(period, "period");
        return switch (period.unit()) {
            case DAYS -> endOfDayPeriod(trigger, period.amount());
            case WORKING_DAYS -> endOfWorkingDayPeriod(trigger, period.amount());
            case MONTHS -> endOfMonthPeriod(trigger, period.amount());
            case YEARS -> endOfYearPeriod(trigger, period.amount());
        };
    }

    /**
     * The last day of a period by plain calendar arithmetic, <em>without</em> the rest-day move:
     * trigger + days, or the same-numbered day (month's last day when there is none) for months and years
     * (《民法典》第201-202条). For working days the result is the same as {@link #endOfWorkingDayPeriod}, which
     * needs the holiday table; for the other units the table is not consulted and nothing is thrown.
     *
     * <p>Use it to ask whether time has passed, not when a duty falls due.
     */
    public LocalDate plainEnd(LocalDate trigger, LegalPeriod period) {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(period, "period");
        return switch (period.unit()) {
            case DAYS -> trigger.plusDays(period.amount());
            case WORKING_DAYS -> endOfWorkingDayPeriod(trigger, period.amount());
            // java.time clamps to the month's last day, which is exactly 《民法典》第202条
            case MONTHS -> trigger.plusMonths(period.amount());
            case YEARS -> trigger.plusYears(period.amount());
        };
    }

    /**
     * Whether {@code day} is <em>more than</em> {@code months} months after {@code start}, e.g. "立案之日起已
     * 超过三个月" (法〔2016〕373号 第一条第（四）项).
     *
     * <p>"超过" excludes the number itself (《民法典》第1259条: "以上、以下、以内、届满" include it, "不满、超过、
     * 以外" do not). So the answer is {@code true} only from the day <em>after</em> the last day of a
     * {@code months} period counted from {@code start} by 《民法典》第201-202条: filed 2026-01-10, the three
     * months end on 2026-04-10, so 2026-04-10 gives {@code false} and 2026-04-11 gives {@code true}.
     *
     * <p>Deliberately <b>no rest-day move</b> here: the question is whether an amount of time has
     * passed, not when a duty falls due; the rest-day rule of 《民事诉讼法》第85条 protects someone who must
     * act by a deadline and has no bearing on how much time has elapsed. Consequently this method never
     * consults the holiday table and never throws {@link DateOutsideHolidayTableException}.
     *
     * @throws IllegalArgumentException if {@code months} is negative
     */
    public boolean isMoreThanMonthsAfter(LocalDate start, LocalDate day, int months) {
        requireNotNegative(months, "months");
        return isMoreThanPeriodAfter(start, day, LegalPeriod.months(months));
    }

    /**
     * Whether {@code day} is strictly after the plain end (no rest-day move) of {@code period} counted from
     * {@code start}: the generalisation of {@link #isMoreThanMonthsAfter} to any unit ("超过", 《民法典》第1259条).
     * For working days the holiday table is consulted.
     */
    public boolean isMoreThanPeriodAfter(LocalDate start, LocalDate day, LegalPeriod period) {
        Objects.requireNonNull(day, "day");
        return day.isAfter(plainEnd(start, period));
    }

    /**
     * The latest day on which something must happen to be "at least {@code lead} before" {@code event},
     * e.g. an extension request "在期限届满前5日" (法发〔2006〕35号 第一条) or an auction notice "在拍卖十五日前"
     * (法释〔2016〕18号 第十二条).
     *
     * <p>Defined by the same counting as forward periods: the result {@code d} is the latest day such
     * that {@code lead} counted from the day after {@code d} has its last day on or before {@code event}.
     * For days that is {@code event - n days} (request on 07-05 is 5 days before 07-10: 07-06..07-10);
     * for months and years the same-numbered day back; for working days, the latest {@code d} with at
     * least {@code n} working days in {@code (d, event]}. No rest-day move is applied: the rule says
     * "no later than", and moving the latest day to a later working day would shorten the lead.
     *
     * @throws DateOutsideHolidayTableException for working days, if counting reaches an uncovered year
     */
    public LocalDate latestDayBefore(LocalDate event, LegalPeriod lead) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(lead, "lead");
        return switch (lead.unit()) {
            case DAYS -> event.minusDays(lead.amount());
            case MONTHS -> event.minusMonths(lead.amount());
            case YEARS -> event.minusYears(lead.amount());
            case WORKING_DAYS -> {
                LocalDate day = event;
                int counted = 0;
                while (counted < lead.amount()) {
                    if (isWorkingDay(day)) {
                        counted++;
                    }
                    day = day.minusDays(1);
                }
                yield day;
            }
        };
    }

    private static void requireNotNegative(int amount, String name) {
        if (amount < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + amount);
        }
    }

    @Override
    public String toString() {
        return "LegalCalendar on " + holidays;
    }
}
