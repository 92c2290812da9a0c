package cn.courts.enforcement.model.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LegalPeriodTests {

    @ParameterizedTest(name = "''{0}'' is {1} {2}")
    @CsvSource({
            "10D,   10, DAYS",
            "3WD,   3,  WORKING_DAYS",
            "6M,    6,  MONTHS",
            "2Y,    2,  YEARS",
            "' 7d ', 7, DAYS",
            "0D,    0,  DAYS"
    })
    void parsesAmountAndUnit(String text, int amount, PeriodUnit unit) {
        assertThat(LegalPeriod.parse(text)).isEqualTo(new LegalPeriod(amount, unit));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10D", "3WD", "6M", "2Y"})
    void textFormRoundTrips(String text) {
        assertThat(LegalPeriod.parse(text)).hasToString(text);
    }

    @Test
    void describesThePeriodAsACourtWritesIt() {
        assertThat(LegalPeriod.days(10).describeZh()).isEqualTo("10日");
        assertThat(LegalPeriod.workingDays(3).describeZh()).isEqualTo("3个工作日");
        assertThat(LegalPeriod.months(6).describeZh()).isEqualTo("6个月");
        assertThat(LegalPeriod.years(2).describeZh()).isEqualTo("2年");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "D", "10", "10W", "-1D", "1.5M", "P10D", "10 D", "D10"})
    void malformedTextIsRejected(String text) {
        assertThatThrownBy(() -> LegalPeriod.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a legal period");
    }

    @Test
    void nullTextIsRejected() {
        assertThatThrownBy(() -> LegalPeriod.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void negativeAmountIsRejected() {
        assertThatThrownBy(() -> LegalPeriod.days(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1D");
        assertThatThrownBy(() -> new LegalPeriod(1, null)).isInstanceOf(NullPointerException.class);
    }
}
