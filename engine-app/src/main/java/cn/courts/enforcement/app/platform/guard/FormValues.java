package cn.courts.enforcement.app.platform.guard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Typed reading of the values a step leaves on a task: what is submitted now, over what the case already has. A guard
 * reads them into the record its domain policy takes. A value of the wrong type is recorded as a {@link FieldError}
 * (every one of them is reported, 400) and read as absent; an absent value (null, or a blank string) is
 * {@link Optional#empty()}.
 */
public final class FormValues {

    private final Function<String, Object> values;
    private final ZoneId zone;
    private final List<FieldError> errors = new ArrayList<>();

    public FormValues(Function<String, Object> values, ZoneId zone) {
        this.values = values;
        this.zone = zone;
    }

    /** The value as it is, null when absent. */
    public Object raw(String name) {
        return values.apply(name);
    }

    /** A decision (是/否): a Boolean, as the gateways require ("true"/"false" as text are read too). */
    public Optional<Boolean> flag(String name, String labelZh) {
        Object value = raw(name);
        if (value == null || value instanceof String text && text.isBlank()) {
            return Optional.empty();
        }
        if (value instanceof Boolean flag) {
            return Optional.of(flag);
        }
        if ("true".equals(value) || "false".equals(value)) {
            return Optional.of(Boolean.valueOf((String) value));
        }
        return malformed(name, "“" + labelZh + "”应选择“是”或“否”");
    }

    /** A sum of money in 元: any finite number (a numeric text is read too). */
    public Optional<BigDecimal> amount(String name, String labelZh) {
        Object value = raw(name);
        if (value == null || value instanceof String text && text.isBlank()) {
            return Optional.empty();
        }
        if (value instanceof BigDecimal decimal) {
            return Optional.of(decimal);
        }
        if (value instanceof Number || value instanceof String) {
            try {
                return Optional.of(new BigDecimal(value.toString().strip()));
            } catch (NumberFormatException e) {
                // NaN, infinity or a word: not a sum of money
            }
        }
        return malformed(name, "“" + labelZh + "”应为金额（以元为单位的数字）");
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
                        // fall through to the error
                    }
                }
            }
        }
        return malformed(name, "“" + labelZh + "”应为日期（如2026-03-05）");
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

    /** One of an enum's constants, by name. */
    public <E extends Enum<E>> Optional<E> choice(String name, Class<E> type, String labelZh) {
        Optional<String> text = text(name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text.get())) {
                return Optional.of(constant);
            }
        }
        return malformed(name, "“" + labelZh + "”的取值无效");
    }

    /** The values read so far that were of the wrong type. */
    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    private <T> Optional<T> malformed(String name, String messageZh) {
        if (errors.stream().noneMatch(e -> e.field().equals(name))) {
            errors.add(new FieldError(name, messageZh));
        }
        return Optional.empty();
    }
}
