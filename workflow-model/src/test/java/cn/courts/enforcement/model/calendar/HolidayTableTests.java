package cn.courts.enforcement.model.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static cn.courts.enforcement.model.calendar.TestCalendars.csv;
import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class HolidayTableTests {

    private final HolidayTable shipped = HolidayTable.shipped();

    @Test
    void shippedTableCoversExactly2025And2026() {
        assertThat(shipped.coveredYears()).containsExactly(2025, 2026);
        assertThat(shipped.entries()).hasSize(72);
        assertThat(shipped.entries(2026)).hasSize(39);
        assertThat(shipped.entries(2027)).isEmpty();
    }

    @Test
    void shippedTableNamesTheStateCouncilNotices() throws IOException {
        try (InputStream in = HolidayTable.class.getResourceAsStream(HolidayTable.SHIPPED_RESOURCE)) {
            assertThat(in).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).contains("# 2025: State Council General Office notice 国办发明电〔2024〕12号")
                    .contains("# 2026: State Council General Office notice on the 2026 holidays of 2025-11-04");
        }
    }

    @Test
    void publicHolidaysAreRestDaysEvenOnWeekdays() {
        assertThat(shipped.kindOf(parse("2026-10-05"))).isEqualTo(DayKind.REST_DAY);   // Monday, 国庆节
        assertThat(shipped.kindOf(parse("2026-01-02"))).isEqualTo(DayKind.REST_DAY);   // Friday, 元旦
    }

    @Test
    void makeUpWorkdaysAreWorkingDaysEvenOnWeekends() {
        assertThat(shipped.kindOf(parse("2026-02-14"))).isEqualTo(DayKind.WORKING_DAY);
        assertThat(shipped.kindOf(parse("2026-02-28"))).isEqualTo(DayKind.WORKING_DAY);
        assertThat(shipped.kindOf(parse("2026-09-20"))).isEqualTo(DayKind.WORKING_DAY);
        assertThat(shipped.kindOf(parse("2026-10-10"))).isEqualTo(DayKind.WORKING_DAY);
        assertThat(shipped.kindOf(parse("2026-01-04"))).isEqualTo(DayKind.WORKING_DAY);
    }

    @Test
    void otherWeekendsAreRestDaysAndOtherWeekdaysWorkingDays() {
        assertThat(shipped.kindOf(parse("2026-03-07"))).isEqualTo(DayKind.REST_DAY);
        assertThat(shipped.kindOf(parse("2026-03-08"))).isEqualTo(DayKind.REST_DAY);
        assertThat(shipped.kindOf(parse("2026-03-09"))).isEqualTo(DayKind.WORKING_DAY);
    }

    @Test
    void festivalNamesTheHolidayOrTheMakeUpDay() {
        assertThat(shipped.festival(parse("2026-10-01"))).contains("国庆节");
        assertThat(shipped.festival(parse("2026-02-28"))).contains("春节");
        assertThat(shipped.festival(parse("2026-03-09"))).isEmpty();
        assertThat(shipped.entries().get(0)).isEqualTo(
                new HolidayEntry(parse("2025-01-01"), HolidayEntry.Kind.PUBLIC_HOLIDAY, "元旦"));
    }

    @Test
    void dateOutsideTheTableRaisesNamingTheMissingYear() {
        assertThat(shipped.isCovered(parse("2027-01-04"))).isFalse();
        assertThat(shipped.isCovered(parse("2026-12-31"))).isTrue();
        assertThatThrownBy(() -> shipped.kindOf(parse("2027-01-04")))
                .isInstanceOf(DateOutsideHolidayTableException.class)
                .hasMessageContaining("year 2027 is missing")
                .hasMessageContaining("covered years: 2025, 2026")
                .hasMessageContaining("an administrator must add the State Council notice");
        assertThatThrownBy(() -> shipped.kindOf(parse("2024-12-31")))
                .isInstanceOf(DateOutsideHolidayTableException.class)
                .hasMessageContaining("2024");
        assertThatThrownBy(() -> shipped.festival(parse("2027-01-01")))
                .isInstanceOf(DateOutsideHolidayTableException.class);
    }

    @Test
    void parserSkipsCommentsBlankLinesAndByteOrderMark() {
        HolidayTable table = csv("\uFEFF# notice X\r\n\r\ndate,kind,festival\r\n# a comment\r\n2028-01-01,holiday,元旦\r\n\r\n");
        assertThat(table.coveredYears()).containsExactly(2028);
        assertThat(table.kindOf(parse("2028-01-01"))).isEqualTo(DayKind.REST_DAY);
        assertThat(table.sources()).containsExactly("test.csv");
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> malformedCsv() {
        String header = "date,kind,festival\n";
        return Stream.of(
                arguments("2026-01-01,holiday,元旦\n", 1, "expected the header"),
                arguments("# only a comment\n", 1, "no header line"),
                arguments(header, 1, "no holiday entries"),
                arguments("# c\n" + header + "2026-01-01,holiday\n", 3, "expected 3 fields"),
                arguments(header + "2026-01-01,holiday,元旦,extra\n", 2, "expected 3 fields"),
                arguments(header + "2026-13-01,holiday,元旦\n", 2, "invalid date '2026-13-01'"),
                arguments(header + "2026/01/01,holiday,元旦\n", 2, "invalid date '2026/01/01'"),
                arguments(header + "2026-01-01,vacation,元旦\n", 2, "unknown kind 'vacation'"),
                arguments(header + "2026-01-01,holiday,\n", 2, "festival name is empty"),
                arguments(header + "2026-01-01,holiday,元旦\n2026-01-01,holiday,元旦\n", 3,
                        "date 2026-01-01 appears twice (first on line 2)"),
                arguments(header + "2026-03-03,workday,春节\n", 2, "is a TUESDAY"));
    }

    @ParameterizedTest(name = "[{index}] line {1}: {2}")
    @MethodSource("malformedCsv")
    void malformedCsvIsRejectedNamingLineAndProblem(String text, int line, String problem) {
        assertThatThrownBy(() -> csv(text))
                .isInstanceOf(HolidayTableFormatException.class)
                .hasMessageStartingWith("test.csv, line " + line + ": ")
                .hasMessageContaining(problem)
                .satisfies(e -> assertThat(((HolidayTableFormatException) e).lineNumber()).isEqualTo(line));
    }

    @Test
    void mergingANewYearExtendsTheCoveredYears() {
        HolidayTable year2027 = csv("""
                # test fixture, not the State Council notice for 2027
                date,kind,festival
                2027-01-01,holiday,元旦
                2027-02-20,workday,春节
                """);
        HolidayTable merged = shipped.merge(year2027);
        assertThat(merged.coveredYears()).containsExactly(2025, 2026, 2027);
        assertThat(merged.kindOf(parse("2027-01-01"))).isEqualTo(DayKind.REST_DAY);
        assertThat(merged.kindOf(parse("2027-02-20"))).isEqualTo(DayKind.WORKING_DAY);
        assertThat(merged.kindOf(parse("2026-10-01"))).isEqualTo(DayKind.REST_DAY);
        assertThat(merged.sources()).containsExactly("classpath:" + HolidayTable.SHIPPED_RESOURCE, "test.csv");
        assertThat(shipped.coveredYears()).as("the original is unchanged").containsExactly(2025, 2026);
        assertThat(new LegalCalendar(merged).endOfDayPeriod(parse("2026-12-25"), 10)).isEqualTo(parse("2027-01-04"));
    }

    @Test
    void mergingAYearAlreadyCoveredReplacesItsEntries() {
        HolidayTable corrected2026 = csv("""
                date,kind,festival
                2026-10-01,holiday,国庆节
                """);
        HolidayTable merged = shipped.merge(corrected2026);
        assertThat(merged.coveredYears()).containsExactly(2025, 2026);
        assertThat(merged.entries(2026)).hasSize(1);
        assertThat(merged.kindOf(parse("2026-02-16"))).as("old 2026 entries are gone").isEqualTo(DayKind.WORKING_DAY);
        assertThat(merged.kindOf(parse("2025-10-08"))).as("2025 is kept").isEqualTo(DayKind.REST_DAY);
    }
}
