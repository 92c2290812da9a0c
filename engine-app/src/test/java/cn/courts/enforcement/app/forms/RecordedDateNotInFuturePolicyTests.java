package cn.courts.enforcement.app.forms;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A recorded act (送达, 约谈, 上门查找, 核查) happened: its date is not after the court's today. */
class RecordedDateNotInFuturePolicyTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 5);
    private final RecordedDateNotInFuturePolicy policy = new RecordedDateNotInFuturePolicy("noticeServedOn", "执行通知书送达日期");

    @Test
    void todayAndEarlierDaysAreAccepted() {
        assertThatCode(() -> policy.check(Completion.of(Map.of("noticeServedOn", "2026-03-05"), TODAY))).doesNotThrowAnyException();
        assertThatCode(() -> policy.check(Completion.of(Map.of("noticeServedOn", "2026-03-02"), TODAY))).doesNotThrowAnyException();
    }

    @Test
    void tomorrowIsRefused() {
        assertThatThrownBy(() -> policy.check(Completion.of(Map.of("noticeServedOn", "2026-03-06"), TODAY)))
                .isInstanceOf(CompletionRefusedException.class)
                .hasMessage("“执行通知书送达日期”为2026年03月06日，晚于今天（2026年03月05日）：只能记录已经发生的事项，不能填写将来的日期");
    }

    @Test
    void dateValuesAreReadInTheCourtsZone() {
        // 2026-03-05 23:30 in Beijing is 15:30 UTC: still today for the court
        Date lateEvening = Date.from(ZonedDateTime.of(2026, 3, 5, 23, 30, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant());
        assertThatCode(() -> policy.check(Completion.of(Map.of("noticeServedOn", lateEvening), TODAY))).doesNotThrowAnyException();
        Date nextMorning = Date.from(ZonedDateTime.of(2026, 3, 6, 0, 30, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant());
        assertThatThrownBy(() -> policy.check(Completion.of(Map.of("noticeServedOn", nextMorning), TODAY)))
                .isInstanceOf(CompletionRefusedException.class);
    }

    @Test
    void notADateIsRefusedAndNoDateIsNotThisRulesBusiness() {
        assertThatThrownBy(() -> policy.check(Completion.of(Map.of("noticeServedOn", "3月6日"), TODAY)))
                .isInstanceOf(CompletionRefusedException.class).hasMessage("“执行通知书送达日期”应为日期（如2026-03-05）");
        assertThatCode(() -> policy.check(Completion.of(Map.of(), TODAY))).doesNotThrowAnyException();
        assertThatCode(() -> policy.check(Completion.of(Map.of("noticeServedOn", " "), TODAY))).doesNotThrowAnyException();
    }
}
