package cn.courts.enforcement.model.termination;

import cn.courts.enforcement.model.calendar.LegalCalendar;
import cn.courts.enforcement.model.calendar.LegalPeriod;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.stream.IntStream;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 终本规定 第九条: every six months for five years, counted from the terminated day without drift. */
class LibrarySearchScheduleTests {

    private final LegalCalendar calendar = LegalCalendar.shipped();

    @Test
    void searchesFallEverySixMonthsFromTheTerminatedDayForFiveYearsTenInAll() {
        LibrarySearchSchedule schedule = schedule(parse("2026-06-03"));
        assertThat(IntStream.rangeClosed(1, 11).mapToObj(r -> schedule.searchDay(calendar, r).orElse(null)))
                .containsExactly(parse("2026-12-03"), parse("2027-06-03"), parse("2027-12-03"), parse("2028-06-03"),
                        parse("2028-12-03"), parse("2029-06-03"), parse("2029-12-03"), parse("2030-06-03"),
                        parse("2030-12-03"), parse("2031-06-03"), null);
        assertThat(schedule.monitoringEndsOn(calendar)).isEqualTo(parse("2031-06-03"));
    }

    @Test
    void searchDaysDoNotDriftAfterAShortMonth() {
        // 08-31 + 6 months is 02-28 (《民法典》第202条), + 12 months is 08-31 again, not 08-28
        LibrarySearchSchedule schedule = schedule(parse("2026-08-31"));
        assertThat(schedule.searchDay(calendar, 1)).contains(parse("2027-02-28"));
        assertThat(schedule.searchDay(calendar, 2)).contains(parse("2027-08-31"));
        assertThat(schedule.searchDay(calendar, 3)).contains(parse("2028-02-29"));
    }

    @Test
    void searchDaysBeyondTheHolidayTableNeedNoHolidayTable() {
        // 2031 is not in the shipped table; a plain date needs none (no rest-day move for an automatic search)
        assertThat(schedule(parse("2026-03-08")).searchDay(calendar, 10)).contains(parse("2031-03-08"));
    }

    @Test
    void roundsCountFromOne() {
        assertThatThrownBy(() -> schedule(parse("2026-06-03")).searchDay(calendar, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static LibrarySearchSchedule schedule(LocalDate terminatedOn) {
        return new LibrarySearchSchedule(terminatedOn, LegalPeriod.months(6), LegalPeriod.years(5));
    }
}
