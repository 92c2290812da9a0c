package cn.courts.enforcement.model.calendar;

import java.io.StringReader;

/** Holiday tables for tests. The 2028 and 2029 tables are fixtures, not State Council notices. */
final class TestCalendars {

    static final LegalCalendar SHIPPED = LegalCalendar.shipped();

    /** A made-up table for the leap year 2028 and for 2029: only New Year's Day is a holiday. */
    static final HolidayTable LEAP_YEAR_FIXTURE = HolidayTable.parseCsv(new StringReader("""
            # Test fixture, NOT a State Council notice: only 元旦 is listed.
            date,kind,festival
            2028-01-01,holiday,元旦
            2029-01-01,holiday,元旦
            """), "leap-year-fixture");

    private TestCalendars() {
    }

    static HolidayTable csv(String text) {
        return HolidayTable.parseCsv(new StringReader(text), "test.csv");
    }
}
