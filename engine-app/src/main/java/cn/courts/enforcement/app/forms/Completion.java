package cn.courts.enforcement.app.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a {@link CompletionPolicy} sees of a task completion: the values the task is completed with, over the
 * variables the case already has (a value not submitted now is read from the process), and the court's
 * today. The typed readers refuse a value of the wrong type with a Chinese message naming the field; an
 * absent value (null, or a blank string) is {@link Optional#empty()}.
 */
public final class Completion {

    private final Function<String, Object> values;
    private final LocalDate today;
    private final ZoneId zone;

    /**
     * @param values the variable of a name as the completion leaves it (null when there is none)
     * @param today  the court's today ({@code CourtClock.today()}: the engine clock in the court's zone)
     * @param zone   the court's zone, to read a {@link Date} value as a day
     */
    public Completion(Function<String, Object> values, LocalDate today, ZoneId zone) {
        this.values = Objects.requireNonNull(values, "values");
        this.today = Objects.requireNonNull(today, "today");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** A completion with exactly these values (tests; a missing key is an absent value). */
    public static Completion of(Map<String, ?> values, LocalDate today) {
        return new Completion(values::get, today, ZoneId.of("Asia/Shanghai"));
    }

    public LocalDate today() {
        return today;
    }

    /** The value as it is, null when absent. */
    public Object raw(String name) {
        return values.apply(name);
    }

    /** A decision (是/否): a Boolean, as the process's gateways require. */
    public Optional<Boolean> flag(String name, String labelZh) {
        Object value = raw(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Boolean flag) {
            return Optional.of(flag);
        }
        throw new CompletionRefusedException(name, "“" + labelZh + "”应选择“是”或“否”");
    }

    /** A sum of money in 元: any number. */
    public Optional<BigDecimal> amount(String name, String labelZh) {
        Object value = raw(name);
        if (value == null || value instanceof String text && text.isBlank()) {
            return Optional.empty();
        }
        if (value instanceof BigDecimal decimal) {
            return Optional.of(decimal);
        }
        if (value instanceof Number number) {
            try {
                return Optional.of(new BigDecimal(number.toString()));
            } catch (NumberFormatException e) {
                // NaN or infinity: not a sum of money
            }
        }
        throw new CompletionRefusedException(name, "“" + labelZh + "”应为金额（以元为单位的数字）");
    }

    /** A day: {@code yyyy-MM-dd} as the form's date picker submits it (or a date-time, or a date value). */
    public Optional<LocalDate> day(String name, String labelZh) {
        Object value = raw(name);
        if (value == null || value instanceof String text && text.isBlank()) {
            return Optional.empty();
        }
        if (value instanceof LocalDate day) {
            return Optional.of(day);
        }
        if (value instanceof Date date) {
            return Optional.of(LocalDate.ofInstant(date.toInstant(), zone));
        }
        if (value instanceof String text) {
            String trimmed = text.strip();
            try {
                return Optional.of(LocalDate.parse(trimmed));
            } catch (DateTimeParseException notADay) {
                try {
                    return Optional.of(OffsetDateTime.parse(trimmed).atZoneSameInstant(zone).toLocalDate());
                } catch (DateTimeParseException notAnInstant) {
                    try {
                        return Optional.of(LocalDateTime.parse(trimmed).toLocalDate());
                    } catch (DateTimeParseException notADateTime) {
                        // fall through to the refusal
                    }
                }
            }
        }
        throw new CompletionRefusedException(name, "“" + labelZh + "”应为日期（如2026-03-05）");
    }

    /** A text; blank counts as absent. */
    public Optional<String> text(String name) {
        Object value = raw(name);
        if (value == null) {
            return Optional.empty();
        }
        String text = value.toString().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
