package cn.courts.enforcement.model.listing;

import cn.courts.enforcement.model.calendar.LegalCalendar;
import cn.courts.enforcement.model.calendar.LegalPeriod;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** 2016 中办国办意见 四（二）3 (seed 001): 10 days from receiving the decision; 《民事诉讼法》第八十五条 for the counting. */
class CorrectionWindowTests {

    private static final LegalCalendar CALENDAR = LegalCalendar.shipped();
    private static final LegalPeriod TEN_DAYS = LegalPeriod.days(10);

    @Test
    void correctionFiledOnDay10IsInTime() {
        // received Monday 2026-03-02: day 1 is 03-03, day 10 is Thursday 03-12
        CorrectionWindow window = CorrectionWindow.of("纠正申请", CALENDAR, LocalDate.of(2026, 3, 2), TEN_DAYS);
        assertThat(window.lastDay()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(window.admits(LocalDate.of(2026, 3, 12))).isTrue();
    }

    @Test
    void correctionFiledOnDay11IsLateAndRefusedWithTheLastDay() {
        CorrectionWindow window = CorrectionWindow.of("纠正申请", CALENDAR, LocalDate.of(2026, 3, 2), TEN_DAYS);
        assertThat(window.admits(LocalDate.of(2026, 3, 13))).isFalse();
        assertThat(window.refusalZh(LocalDate.of(2026, 3, 13))).contains("2026-03-12").contains("不予受理");
    }

    @Test
    void lastDayFallingInNationalDayHolidaysMovesToTheNextWorkingDay() {
        // received Friday 2026-09-25: day 10 is Monday 10-05, inside 10-01..10-07; next working day Thursday 10-08
        CorrectionWindow window = CorrectionWindow.of("纠正申请", CALENDAR, LocalDate.of(2026, 9, 25), TEN_DAYS);
        assertThat(window.lastDay()).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(window.admits(LocalDate.of(2026, 10, 8))).isTrue();
        assertThat(window.admits(LocalDate.of(2026, 10, 9))).isFalse();
    }

    @Test
    void applicationDatedBeforeReceiptIsNotAdmitted() {
        CorrectionWindow window = CorrectionWindow.of("纠正申请", CALENDAR, LocalDate.of(2026, 3, 2), TEN_DAYS);
        assertThat(window.admits(LocalDate.of(2026, 3, 1))).isFalse();
    }
}
