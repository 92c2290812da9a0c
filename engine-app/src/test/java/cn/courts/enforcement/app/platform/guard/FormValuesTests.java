package cn.courts.enforcement.app.platform.guard;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How a step's values are read into typed facts: what the forms submit, and what the Java API passes. */
class FormValuesTests {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private static FormValues of(Map<String, ?> values) {
        return new FormValues(values::get, BEIJING);
    }

    @Test
    void datesAreReadFromTheDatePickersIsoDayOrADateTimeOrADateValueInTheCourtsZone() {
        Date lateEvening = Date.from(ZonedDateTime.of(2026, 3, 4, 23, 30, 0, 0, BEIJING).toInstant());
        FormValues values = of(Map.of("a", "2026-03-04", "b", "2026-03-04T23:30:00+08:00",
                "c", "2026-03-04T16:30:00Z", "d", "2026-03-04T10:15", "e", LocalDate.of(2026, 3, 4), "f", lateEvening));
        for (String name : new String[]{"a", "b", "d", "e", "f"}) {
            assertThat(values.day(name, name)).as(name).contains(LocalDate.of(2026, 3, 4));
        }
        // 16:30 UTC is 00:30 the next day in Beijing
        assertThat(values.day("c", "c")).contains(LocalDate.of(2026, 3, 5));
        assertThat(values.errors()).isEmpty();
    }

    @Test
    void amountsAreReadFromAnyNumberExactly() {
        FormValues values = of(Map.of("i", 125000, "d", 125000.5, "l", 12_000_000_000L, "b", new BigDecimal("0.10")));
        assertThat(values.amount("i", "i")).contains(new BigDecimal("125000"));
        assertThat(values.amount("d", "d")).contains(new BigDecimal("125000.5"));
        assertThat(values.amount("l", "l")).contains(new BigDecimal("12000000000"));
        assertThat(values.amount("b", "b")).contains(new BigDecimal("0.10"));
    }

    @Test
    void nullAndBlankAreAbsentAndWrongTypesAreRecordedNamingTheField() {
        Map<String, Object> map = new HashMap<>();
        map.put("nothing", null);
        map.put("blank", " ");
        map.put("text", "是");
        map.put("nan", Double.NaN);
        FormValues values = of(map);
        assertThat(values.flag("nothing", "x")).isEmpty();
        assertThat(values.amount("blank", "x")).isEmpty();
        assertThat(values.day("blank", "x")).isEmpty();
        assertThat(values.text("blank")).isEmpty();
        assertThat(values.errors()).isEmpty();

        assertThat(values.flag("text", "是否成交")).isEmpty();
        assertThat(values.amount("nan", "执行款到账金额")).isEmpty();
        assertThat(values.day("text", "约谈日期")).isEmpty();
        assertThat(values.errors()).containsExactly(
                new FieldError("text", "“是否成交”应选择“是”或“否”"),
                new FieldError("nan", "“执行款到账金额”应为金额（以元为单位的数字）"));
    }
}
