package cn.courts.enforcement.model.listing;

import cn.courts.enforcement.model.calendar.LegalCalendar;
import cn.courts.enforcement.model.calendar.LegalPeriod;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The window in which a listed debtor may apply: for correction (纠正) within 10 days of receiving the
 * listing decision (2016 中办国办意见 四（二）3, seed 001; {@code CORRECTION_WINDOW}), or for
 * reconsideration (复议) by the next higher court within 10 days of service of the rejection (法释〔2017〕7号
 * 第十二条; {@code LISTING_RECONSIDERATION_APPLY}). Counted by the legal calendar: from the day after
 * receipt (《民事诉讼法》第八十五条), a last day on a rest day moving to the next working day.
 *
 * @param what     the application, in Chinese (纠正申请, 复议申请)
 * @param received the day the debtor received the decision
 * @param lastDay  the last day an application is in time
 */
public record CorrectionWindow(String what, LocalDate received, LocalDate lastDay) {

    public CorrectionWindow {
        Objects.requireNonNull(what);
        Objects.requireNonNull(received);
        Objects.requireNonNull(lastDay);
    }

    public static CorrectionWindow of(String what, LegalCalendar calendar, LocalDate received, LegalPeriod period) {
        return new CorrectionWindow(what, received, calendar.dueDate(received, period));
    }

    /** In time: on or after the day of receipt, up to and including the last day. */
    public boolean admits(LocalDate appliedOn) {
        return !appliedOn.isBefore(received) && !appliedOn.isAfter(lastDay);
    }

    /** The Chinese reason a late (or premature) application is refused. */
    public String refusalZh(LocalDate appliedOn) {
        if (appliedOn.isBefore(received)) {
            return "申请日期" + appliedOn + "早于收到决定书之日" + received + "，请核对日期。";
        }
        return what + "已超过期限：自" + received + "收到决定书次日起算，最后一日为" + lastDay + "，申请日为" + appliedOn
                + "，不予受理。";
    }
}
