package cn.courts.enforcement.app.forms;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a completion's values are read: what the forms submit, and what the Java API passes. */
class FormCompletionValuesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 5);

    @Test
    void datesAreReadFromTheDatePickersIsoDayOrADateTimeOrADateValue() {
        Completion c = Completion.of(Map.of("a", "2026-03-04", "b", "2026-03-04T23:30:00+08:00",
                "c", "2026-03-04T16:30:00Z", "d", "2026-03-04T10:15", "e", LocalDate.of(2026, 3, 4)), TODAY);
        for (String name : new String[]{"a", "b", "d", "e"}) {
            assertThat(c.day(name, name)).as(name).contains(LocalDate.of(2026, 3, 4));
        }
        // 16:30 UTC is 00:30 the next day in Beijing
        assertThat(c.day("c", "c")).contains(LocalDate.of(2026, 3, 5));
    }

    @Test
    void amountsAreReadFromAnyNumberExactly() {
        Completion c = Completion.of(Map.of("i", 125000, "d", 125000.5, "l", 12_000_000_000L, "b", new BigDecimal("0.10")), TODAY);
        assertThat(c.amount("i", "i")).contains(new BigDecimal("125000"));
        assertThat(c.amount("d", "d")).contains(new BigDecimal("125000.5"));
        assertThat(c.amount("l", "l")).contains(new BigDecimal("12000000000"));
        assertThat(c.amount("b", "b")).contains(new BigDecimal("0.10"));
    }

    @Test
    void nullAndBlankAreAbsentAndWrongTypesAreRefusedNamingTheField() {
        Map<String, Object> values = new HashMap<>();
        values.put("nothing", null);
        values.put("blank", " ");
        values.put("text", "是");
        Completion c = Completion.of(values, TODAY);
        assertThat(c.flag("nothing", "x")).isEmpty();
        assertThat(c.amount("blank", "x")).isEmpty();
        assertThat(c.day("blank", "x")).isEmpty();
        assertThat(c.text("blank")).isEmpty();
        assertThatThrownBy(() -> c.flag("text", "是否成交")).isInstanceOf(CompletionRefusedException.class)
                .hasMessage("“是否成交”应选择“是”或“否”");
        assertThatThrownBy(() -> c.amount("text", "成交价")).hasMessage("“成交价”应为金额（以元为单位的数字）");
        assertThatThrownBy(() -> c.day("text", "约谈日期")).hasMessage("“约谈日期”应为日期（如2026-03-05）");
    }
}
