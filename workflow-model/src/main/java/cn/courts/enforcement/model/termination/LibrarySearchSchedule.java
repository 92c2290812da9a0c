package cn.courts.enforcement.model.termination;

import cn.courts.enforcement.model.calendar.LegalCalendar;
import cn.courts.enforcement.model.calendar.LegalPeriod;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When the network search runs for a case in the 终本 library (终本案件库): every
 * {@code TERMINATED_LIBRARY_SEARCH_INTERVAL} (6 months) for {@code TERMINATED_LIBRARY_MONITORING} (5 years) from the
 * day the case was terminated (终本规定 第九条: "终结本次执行程序后的五年内，执行法院应当每六个月通过网络执行查控系统查询
 * 一次被执行人的财产"; seed 002).
 *
 * <p>Round {@code n} falls on the terminated day plus {@code n} intervals, counted from the terminated day each
 * time by 《民法典》第202条 (the same-numbered day, or the month's last day), so the dates do not drift: terminated
 * 2026-08-31, the searches fall on 2027-02-28, 2027-08-31, 2028-02-29, ... The monitoring ends on the terminated day
 * plus 5 years; a search on that day is the last (10 searches in all).
 *
 * <p>Deliberately <b>no rest-day move</b> (《民事诉讼法》第85条): these are dates on which an automatic system checks
 * the registries, not periods within which someone must act; a search on a Sunday harms nobody, and computing
 * without the holiday table lets the schedule reach years the State Council has not announced yet.
 */
public record LibrarySearchSchedule(LocalDate terminatedOn, LegalPeriod interval, LegalPeriod monitoring) {

    public LibrarySearchSchedule {
        Objects.requireNonNull(terminatedOn, "terminatedOn");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(monitoring, "monitoring");
        if (interval.amount() < 1) {
            throw new IllegalArgumentException("the search interval must be positive: " + interval);
        }
    }

    /** The last day of the monitoring: terminated day plus 5 years (plain, see the class comment). */
    public LocalDate monitoringEndsOn(LegalCalendar calendar) {
        return calendar.plainEnd(terminatedOn, monitoring);
    }

    /**
     * The day of search round {@code round} (1 for the first), or empty when it would fall after the monitoring
     * ends: the library monitoring is then over.
     */
    public Optional<LocalDate> searchDay(LegalCalendar calendar, int round) {
        if (round < 1) {
            throw new IllegalArgumentException("rounds count from 1: " + round);
        }
        LocalDate day = calendar.plainEnd(terminatedOn, new LegalPeriod(interval.amount() * round, interval.unit()));
        return day.isAfter(monitoringEndsOn(calendar)) ? Optional.empty() : Optional.of(day);
    }
}
