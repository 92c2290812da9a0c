package cn.courts.enforcement.model.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of a State Council holiday notice: a public holiday (放假) or a make-up workday (调休上班).
 *
 * @param date     the day
 * @param kind     holiday or make-up workday
 * @param festival the festival the notice names for the day, e.g. 春节, 国庆节
 */
public record HolidayEntry(LocalDate date, Kind kind, String festival) {

    /** The two kinds of day a State Council holiday notice announces. */
    public enum Kind {
        /** A public holiday (法定节假日或调休放假日): a rest day even on a weekday. CSV token {@code holiday}. */
        PUBLIC_HOLIDAY("holiday"),
        /** A make-up workday (调休上班日): a working day even on a Saturday or Sunday. CSV token {@code workday}. */
        MAKE_UP_WORKDAY("workday");

        private final String csvToken;

        Kind(String csvToken) {
            this.csvToken = csvToken;
        }

        /** The token used in the {@code kind} column of the holiday CSV. */
        public String csvToken() {
            return csvToken;
        }
    }

    public HolidayEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(festival, "festival");
    }

    /** The day kind this entry imposes on its date. */
    public DayKind dayKind() {
        return kind == Kind.PUBLIC_HOLIDAY ? DayKind.REST_DAY : DayKind.WORKING_DAY;
    }
}
