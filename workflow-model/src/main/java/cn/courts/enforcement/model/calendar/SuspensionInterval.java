package cn.courts.enforcement.model.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stretch of calendar days excluded from a case's time limit (法释〔2000〕29号 第九条).
 *
 * @param from        the first suspended day
 * @param toInclusive the last suspended day, or {@code null} while the case is still suspended (e.g.
 *                    中止 until 恢复执行 is ordered)
 * @param reason      why the time does not count
 */
public record SuspensionInterval(LocalDate from, LocalDate toInclusive, SuspensionReason reason) {

    public SuspensionInterval {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(reason, "reason");
        if (toInclusive != null && toInclusive.isBefore(from)) {
            throw new IllegalArgumentException("A suspension cannot end (" + toInclusive + ") before it starts (" + from + ")");
        }
    }

    /** A suspension that has started and not yet ended. */
    public static SuspensionInterval open(LocalDate from, SuspensionReason reason) {
        return new SuspensionInterval(from, null, reason);
    }

    /** Whether the suspension is still running (no last day yet). */
    public boolean isOpen() {
        return toInclusive == null;
    }

    /** The same suspension, ended on {@code lastDay} (inclusive). */
    public SuspensionInterval closedOn(LocalDate lastDay) {
        return new SuspensionInterval(from, Objects.requireNonNull(lastDay, "lastDay"), reason);
    }

    /** Whether {@code day} is suspended; an open interval contains every day from its start. */
    public boolean contains(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !day.isBefore(from) && (toInclusive == null || !day.isAfter(toInclusive));
    }
}
