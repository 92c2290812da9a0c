package cn.courts.enforcement.model.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.LocalDate;

import static cn.courts.enforcement.model.calendar.TestCalendars.LEAP_YEAR_FIXTURE;
import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of "Counting periods" (domain-rules.md), one test per rule, on the shipped 2025-2026 table. */
class LegalCalendarTests {

    private final LegalCalendar calendar = TestCalendars.SHIPPED;

    // --- 《民事诉讼法》(2023) 第85条; 《民诉法解释》第125条: counting starts the day after the trigger ---

    @Test
    void dayPeriodStartsCountingOnTheDayAfterTheTrigger() {
        // Monday 2026-03-02 + 10 days: 03-03 is day 1, so 03-12 (a Thursday) is the last day
        assertThat(calendar.endOfDayPeriod(parse("2026-03-02"), 10)).isEqualTo(parse("2026-03-12"));
        assertThat(calendar.endOfDayPeriod(parse("2026-03-02"), 1)).isEqualTo(parse("2026-03-03"));
    }

    @Test
    void correctionFiledOnDay10IsInTime() {
        // decision received 2026-03-02: the 10-day window of seed 001 closes at the end of 2026-03-12
        LocalDate lastDay = calendar.endOfDayPeriod(parse("2026-03-02"), 10);
        assertThat(parse("2026-03-12")).isBeforeOrEqualTo(lastDay);
        assertThat(parse("2026-03-13")).isAfter(lastDay);
    }

    // --- 第85条: a last day on a rest day moves to the next working day ---

    @Test
    void periodEndingOnSaturdayMovesToMonday() {
        assertThat(parse("2026-03-07").getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(calendar.endOfDayPeriod(parse("2026-03-02"), 5)).isEqualTo(parse("2026-03-09"));
    }

    @Test
    void periodEndingOnSundayMovesToMonday() {
        assertThat(calendar.endOfDayPeriod(parse("2026-03-02"), 6)).isEqualTo(parse("2026-03-09"));
    }

    @Test
    void periodEndingOnNationalDayMovesToFirstWorkingDayAfterHoliday() {
        // 2026-09-23 + 10 days = 2026-10-03, inside 国庆节 10-01..10-07: the period ends on Thursday 10-08
        assertThat(calendar.endOfDayPeriod(parse("2026-09-23"), 10)).isEqualTo(parse("2026-10-08"));
    }

    @Test
    void periodEndingOnSpringFestivalMovesToFirstWorkingDayAfterHoliday() {
        // 2026-02-07 + 10 days = 2026-02-17, inside 春节 02-15..02-23: the period ends on Tuesday 02-24
        assertThat(calendar.endOfDayPeriod(parse("2026-02-07"), 10)).isEqualTo(parse("2026-02-24"));
    }

    @Test
    void periodEndingOnWeekdayHolidayMovesPastTheWholeHoliday() {
        // Friday 2026-05-01 (劳动节 05-01..05-05): the next working day is Wednesday 05-06
        assertThat(calendar.endOfDayPeriod(parse("2026-04-21"), 10)).isEqualTo(parse("2026-05-06"));
    }

    @ParameterizedTest(name = "{0} + {1} days ends on the make-up workday {2}")
    @CsvSource({
            "2026-09-10, 10, 2026-09-20",   // Sunday worked before 国庆节
            "2026-02-18, 10, 2026-02-28",   // Saturday worked after 春节
            "2026-09-30, 10, 2026-10-10",   // Saturday worked after 国庆节
            "2026-02-04, 10, 2026-02-14"    // Saturday worked before 春节
    })
    void periodEndingOnMakeUpWorkdayStaysThere(LocalDate trigger, int days, LocalDate makeUpWorkday) {
        assertThat(makeUpWorkday.getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(calendar.endOfDayPeriod(trigger, days)).isEqualTo(makeUpWorkday);
    }

    @Test
    void nextWorkingDayAfterNationalDayEveIsTheDayAfterTheHoliday() {
        assertThat(calendar.nextWorkingDay(parse("2026-09-30"))).isEqualTo(parse("2026-10-08"));
        assertThat(calendar.nextWorkingDay(parse("2026-10-09"))).isEqualTo(parse("2026-10-10"));
        assertThat(calendar.workingDayOnOrAfter(parse("2026-10-10"))).isEqualTo(parse("2026-10-10"));
    }

    @Test
    void makeUpWorkdayIsAWorkingDayAndHolidayWeekdayIsNot() {
        assertThat(calendar.isWorkingDay(parse("2026-02-28"))).isTrue();
        assertThat(calendar.isWorkingDay(parse("2026-10-05"))).isFalse();
        assertThat(calendar.isWorkingDay(parse("2026-03-07"))).isFalse();
        assertThat(calendar.isWorkingDay(parse("2026-03-09"))).isTrue();
    }

    // --- 《民法典》第201-203条: month and year periods ---

    @Test
    void monthPeriodEndsOnTheSameNumberedDay() {
        assertThat(calendar.endOfMonthPeriod(parse("2026-01-10"), 3)).isEqualTo(parse("2026-04-10"));
    }

    @Test
    void monthPeriodFromMonthEndEndsOnTheLastDayOfAShorterMonth() {
        // 2026-02-28 is a Saturday but an official make-up workday (春节), so it stays
        assertThat(calendar.endOfMonthPeriod(parse("2026-01-31"), 1)).isEqualTo(parse("2026-02-28"));
        assertThat(calendar.endOfMonthPeriod(parse("2025-11-30"), 3)).isEqualTo(parse("2026-02-28"));
        assertThat(calendar.endOfMonthPeriod(parse("2026-03-31"), 1)).isEqualTo(parse("2026-04-30"));
    }

    @Test
    void monthPeriodEndingOnQingmingMovesToNextWorkingDay() {
        // 2026-01-04 + 3 months = Saturday 04-04, 清明节 04-04..04-06: ends Tuesday 04-07
        assertThat(calendar.endOfMonthPeriod(parse("2026-01-04"), 3)).isEqualTo(parse("2026-04-07"));
    }

    @Test
    void monthPeriodFromJanuary31EndsOnFebruary29InALeapYear() {
        LegalCalendar leapYear = new LegalCalendar(LEAP_YEAR_FIXTURE);
        assertThat(leapYear.endOfMonthPeriod(parse("2028-01-31"), 1)).isEqualTo(parse("2028-02-29"));
    }

    @Test
    void yearPeriodFromFebruary29EndsOnFebruary28() {
        // the trigger's year need not be covered: only the last day's kind is needed
        assertThat(calendar.endOfYearPeriod(parse("2024-02-29"), 1)).isEqualTo(parse("2025-02-28"));
        LegalCalendar fixture = new LegalCalendar(LEAP_YEAR_FIXTURE);
        assertThat(fixture.endOfYearPeriod(parse("2028-02-29"), 1)).isEqualTo(parse("2029-02-28"));
    }

    @Test
    void yearPeriodEndingOnNationalDayMovesToFirstWorkingDayAfterHoliday() {
        assertThat(calendar.endOfYearPeriod(parse("2025-10-03"), 1)).isEqualTo(parse("2026-10-08"));
    }

    // --- working-day periods (工作日), honouring 调休 ---

    @Test
    void workingDayPeriodSkipsNationalDayAndCountsTheMakeUpSaturday() {
        // Tuesday 2026-09-29: 09-30 is 1, 10-01..10-07 do not count, 10-08 is 2, 10-09 is 3, Saturday 10-10 is 4
        assertThat(calendar.endOfWorkingDayPeriod(parse("2026-09-29"), 3)).isEqualTo(parse("2026-10-09"));
        assertThat(calendar.endOfWorkingDayPeriod(parse("2026-09-29"), 4)).isEqualTo(parse("2026-10-10"));
    }

    @Test
    void workingDayPeriodCountsTheMakeUpSundayBeforeNationalDay() {
        // Friday 2026-09-18: Saturday 09-19 is a rest day, Sunday 09-20 is worked
        assertThat(calendar.endOfWorkingDayPeriod(parse("2026-09-18"), 1)).isEqualTo(parse("2026-09-20"));
    }

    @Test
    void workingDayPeriodSkipsSpringFestivalAndCountsTheMakeUpSaturdays() {
        // Thursday 2026-02-12: Friday 02-13 is 1, Saturday 02-14 (worked) is 2, 02-15..02-23 off, 02-24 is 3
        assertThat(calendar.endOfWorkingDayPeriod(parse("2026-02-12"), 3)).isEqualTo(parse("2026-02-24"));
        assertThat(calendar.endOfWorkingDayPeriod(parse("2026-02-12"), 5)).isEqualTo(parse("2026-02-26"));
        // Friday 02-27 is 1, Saturday 02-28 (worked) is 2
        assertThat(calendar.endOfWorkingDayPeriod(parse("2026-02-26"), 2)).isEqualTo(parse("2026-02-28"));
    }

    @Test
    void workingDayPeriodNeverEndsOnARestDay() {
        assertThat(calendar.endOfWorkingDayPeriod(parse("2026-03-06"), 1)).isEqualTo(parse("2026-03-09"));
    }

    @Test
    void listingRemovalInThreeWorkingDaysAcrossNationalDay() {
        // 法释〔2017〕7号 第十条: exit event on Wednesday 2026-09-30; 10-08 and 10-09 count, and the
        // removal is due on the make-up Saturday 10-10
        assertThat(calendar.dueDate(parse("2026-09-30"), LegalPeriod.workingDays(3))).isEqualTo(parse("2026-10-10"));
    }

    // --- 《民法典》第1259条: "超过" excludes the number ---

    @Test
    void terminationOnTheDayThreeMonthsEndIsNotMoreThanThreeMonths() {
        assertThat(calendar.isMoreThanMonthsAfter(parse("2026-01-10"), parse("2026-04-09"), 3)).isFalse();
        assertThat(calendar.isMoreThanMonthsAfter(parse("2026-01-10"), parse("2026-04-10"), 3)).isFalse();
        assertThat(calendar.isMoreThanMonthsAfter(parse("2026-01-10"), parse("2026-04-11"), 3)).isTrue();
    }

    @Test
    void moreThanThreeMonthsFromNovember30IsMarch1() {
        assertThat(calendar.isMoreThanMonthsAfter(parse("2025-11-30"), parse("2026-02-28"), 3)).isFalse();
        assertThat(calendar.isMoreThanMonthsAfter(parse("2025-11-30"), parse("2026-03-01"), 3)).isTrue();
    }

    @Test
    void moreThanThreeMonthsDoesNotMoveForRestDays() {
        // the 3 months from 2026-01-04 end on 04-04 (清明节); as a deadline it would move to 04-07,
        // but elapsed time is elapsed time: 04-05 is already more than three months
        assertThat(calendar.endOfMonthPeriod(parse("2026-01-04"), 3)).isEqualTo(parse("2026-04-07"));
        assertThat(calendar.isMoreThanMonthsAfter(parse("2026-01-04"), parse("2026-04-05"), 3)).isTrue();
    }

    @Test
    void moreThanThreeMonthsNeedsNoHolidayTable() {
        assertThat(calendar.isMoreThanMonthsAfter(parse("2027-01-10"), parse("2027-04-11"), 3)).isTrue();
    }

    // --- dates outside the table are an error, never a guess ---

    @Test
    void periodEndingInAYearOutsideTheTableRaisesNamingTheMissingYear() {
        assertThatThrownBy(() -> calendar.endOfDayPeriod(parse("2026-12-25"), 10))
                .isInstanceOf(DateOutsideHolidayTableException.class)
                .hasMessageContaining("2027")
                .hasMessageContaining("administrator must add the State Council notice")
                .satisfies(e -> {
                    DateOutsideHolidayTableException outside = (DateOutsideHolidayTableException) e;
                    assertThat(outside.missingYear()).isEqualTo(2027);
                    assertThat(outside.date()).isEqualTo(parse("2027-01-04"));
                    assertThat(outside.coveredYears()).containsExactly(2025, 2026);
                });
    }

    @Test
    void everyCalendarMethodRefusesADayOutsideTheTable() {
        assertOutside(() -> calendar.endOfDayPeriod(parse("2026-12-25"), 7));      // 2027-01-01: a holiday in fact, but unknown here
        assertOutside(() -> calendar.endOfMonthPeriod(parse("2026-11-15"), 2));
        assertOutside(() -> calendar.endOfYearPeriod(parse("2025-06-01"), 2));
        assertOutside(() -> calendar.endOfWorkingDayPeriod(parse("2026-12-30"), 2));
        assertOutside(() -> calendar.dueDate(parse("2026-12-25"), LegalPeriod.days(10)));
        assertOutside(() -> calendar.nextWorkingDay(parse("2026-12-31")));
        assertOutside(() -> calendar.isWorkingDay(parse("2024-06-03")));
        assertOutside(() -> calendar.latestDayBefore(parse("2025-01-02"), LegalPeriod.workingDays(2)));
    }

    @Test
    void periodEndingOnTheLastCoveredWorkingDayNeedsNoLaterYear() {
        assertThat(calendar.endOfDayPeriod(parse("2026-12-30"), 1)).isEqualTo(parse("2026-12-31"));
    }

    private static void assertOutside(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(DateOutsideHolidayTableException.class);
    }

    // --- generic dispatch and "at least N before" ---

    @ParameterizedTest(name = "{0} + {1} is due {2}")
    @CsvSource({
            "2026-09-23, 10D, 2026-10-08",
            "2026-09-29, 3WD, 2026-10-09",
            "2026-01-04, 3M,  2026-04-07",
            "2025-10-03, 1Y,  2026-10-08"
    })
    void dueDateDispatchesOnTheUnit(LocalDate trigger, String period, LocalDate due) {
        assertThat(calendar.dueDate(trigger, LegalPeriod.parse(period))).isEqualTo(due);
    }

    @Test
    void noticeFifteenDaysBeforeAnAuctionIsDueFifteenDaysEarlier() {
        // 法释〔2016〕18号 第十二条: auction on 2026-07-20, the notice must be out by 07-05
        assertThat(calendar.latestDayBefore(parse("2026-07-20"), LegalPeriod.days(15))).isEqualTo(parse("2026-07-05"));
        assertThat(calendar.latestDayBefore(parse("2026-10-09"), LegalPeriod.workingDays(2))).isEqualTo(parse("2026-10-07"));
        assertThat(calendar.latestDayBefore(parse("2026-05-31"), LegalPeriod.months(3))).isEqualTo(parse("2026-02-28"));
    }

    @Test
    void negativePeriodsAreRejected() {
        assertThatThrownBy(() -> calendar.endOfDayPeriod(parse("2026-03-02"), -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.endOfWorkingDayPeriod(parse("2026-03-02"), -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.endOfMonthPeriod(parse("2026-03-02"), -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.endOfYearPeriod(parse("2026-03-02"), -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.isMoreThanMonthsAfter(parse("2026-03-02"), parse("2026-03-02"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
