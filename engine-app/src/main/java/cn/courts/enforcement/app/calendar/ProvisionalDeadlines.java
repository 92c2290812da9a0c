package cn.courts.enforcement.app.calendar;

import cn.courts.enforcement.model.calendar.LegalCalendar;
import cn.courts.enforcement.model.calendar.LegalPeriod;
import cn.courts.enforcement.model.calendar.PeriodUnit;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The platform's rule for a deadline that reaches a year the holiday table does not cover yet (the State
 * Council announces next year's holidays around November). The legal calendar refuses to guess and
 * raises; the platform must still give a filed case a time limit, so it counts the period by plain
 * arithmetic and moves the end off weekends only: public holidays can only move a legal deadline
 * <em>later</em>, so this date is never later than the legal one (one exception, documented: a make-up
 * workday inside a working-day period could make the legal end one day earlier). Such a date is
 * provisional: adding the year recomputes the case limits it touched, and the log names every use.
 */
final class ProvisionalDeadlines {

    private ProvisionalDeadlines() {
    }

    static LocalDate dueDate(LegalCalendar calendar, LocalDate trigger, LegalPeriod period) {
        if (period.unit() == PeriodUnit.WORKING_DAYS) {
            LocalDate day = trigger;
            int counted = 0;
            while (counted < period.amount()) {
                day = day.plusDays(1);
                if (isWorkingDay(calendar, day)) {
                    counted++;
                }
            }
            return day;
        }
        LocalDate end = switch (period.unit()) {
            case DAYS -> trigger.plusDays(period.amount());
            case MONTHS -> trigger.plusMonths(period.amount());
            case YEARS -> trigger.plusYears(period.amount());
            case WORKING_DAYS -> throw new IllegalStateException("handled above");
        };
        return offRestDays(calendar, end);
    }

    static LocalDate offRestDays(LegalCalendar calendar, LocalDate day) {
        LocalDate end = day;
        while (!isWorkingDay(calendar, end)) {
            end = end.plusDays(1);
        }
        return end;
    }

    private static boolean isWorkingDay(LegalCalendar calendar, LocalDate day) {
        if (calendar.holidayTable().isCovered(day)) {
            return calendar.isWorkingDay(day);
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
