package cn.courts.enforcement.model.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A computation needed to know whether a day is a working day in a year for which the holiday table
 * holds no State Council notice.
 *
 * <p>The State Council announces each year's holidays and make-up workdays (调休) only in the autumn of
 * the year before, and they follow no formula: guessing would put deadlines on the wrong day. So the
 * calendar refuses, and an administrator must add the notice for the missing year.
 */
public class DateOutsideHolidayTableException extends RuntimeException {

    private final LocalDate date;
    private final SortedSet<Integer> coveredYears;

    public DateOutsideHolidayTableException(LocalDate date, SortedSet<Integer> coveredYears) {
        super(message(date, coveredYears));
        this.date = date;
        this.coveredYears = Collections.unmodifiableSortedSet(new TreeSet<>(coveredYears));
    }

    private static String message(LocalDate date, SortedSet<Integer> coveredYears) {
        int year = date.getYear();
        String covered = coveredYears.isEmpty()
                ? "none"
                : coveredYears.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return "Date " + date + " is outside the holiday table: year " + year + " is missing (covered years: "
                + covered + "). Working days are never guessed: an administrator must add the State Council "
                + "notice on the " + year + " public holidays (国务院办公厅关于" + year + "年部分节假日安排的通知) "
                + "to the holiday table.";
    }

    /** The day whose kind was needed. */
    public LocalDate date() {
        return date;
    }

    /** The year an administrator must add. */
    public int missingYear() {
        return date.getYear();
    }

    /** The years the table covered when the computation failed. */
    public SortedSet<Integer> coveredYears() {
        return coveredYears;
    }
}
