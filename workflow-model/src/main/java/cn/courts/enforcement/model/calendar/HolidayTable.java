package cn.courts.enforcement.model.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The public holidays and make-up workdays (调休) announced by the State Council, year by year.
 *
 * <p>《民事诉讼法》(2023) 第85条 and 《民法典》第203条 move a period whose last day is a statutory rest day
 * (法定休假日) to the next working day. Which days are rest days is not a formula: each year the General
 * Office of the State Council (国务院办公厅) publishes a notice listing the holidays and the weekend days
 * worked in exchange. This table holds those notices. Saturdays and Sundays not listed as make-up
 * workdays are rest days; weekdays not listed as holidays are working days (weekends as rest days is
 * the common practice the domain rules adopt).
 *
 * <p>A year is <em>covered</em> when the table holds at least one entry dated in it, i.e. when its
 * notice has been loaded. Asking for a day of any other year raises
 * {@link DateOutsideHolidayTableException}: the table never guesses.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class HolidayTable {

    /** Classpath location of the shipped table (the 2025 and 2026 notices). */
    public static final String SHIPPED_RESOURCE = "/cn/courts/enforcement/model/calendar/cn-holidays.csv";

    /** The header line every holiday CSV must have. */
    public static final String CSV_HEADER = "date,kind,festival";

    private final NavigableMap<LocalDate, HolidayEntry> entries;
    private final SortedSet<Integer> coveredYears;
    private final List<String> sources;

    private HolidayTable(Map<LocalDate, HolidayEntry> entries, List<String> sources) {
        TreeMap<LocalDate, HolidayEntry> sorted = new TreeMap<>(entries);
        TreeSet<Integer> years = new TreeSet<>();
        sorted.keySet().forEach(date -> years.add(date.getYear()));
        this.entries = Collections.unmodifiableNavigableMap(sorted);
        this.coveredYears = Collections.unmodifiableSortedSet(years);
        this.sources = List.copyOf(sources);
    }

    /**
     * The table shipped with the application, read from {@link #SHIPPED_RESOURCE}: the 2025 notice
     * (国办发明电〔2024〕12号) and the 2026 notice (published 2025-11-04). Later years are added by an
     * administrator with {@link #merge(HolidayTable)}.
     *
     * @throws IllegalStateException if the resource is missing from the classpath
     */
    public static HolidayTable shipped() {
        return ShippedHolder.TABLE;
    }

    private static final class ShippedHolder {
        static final HolidayTable TABLE = loadShipped();

        private static HolidayTable loadShipped() {
            InputStream in = HolidayTable.class.getResourceAsStream(SHIPPED_RESOURCE);
            if (in == null) {
                throw new IllegalStateException("Holiday table resource " + SHIPPED_RESOURCE + " is missing from the classpath");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return parseCsv(reader, "classpath:" + SHIPPED_RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + SHIPPED_RESOURCE, e);
            }
        }
    }

    /**
     * Reads a holiday CSV: lines starting with {@code #} are comments (they name the State Council
     * notices), blank lines are ignored, the first other line must be the header {@value #CSV_HEADER},
     * and every following line is {@code yyyy-MM-dd,holiday|workday,festival}.
     *
     * <p>The reader is consumed but not closed. Checks, each failing with
     * {@link HolidayTableFormatException} naming the line: header present; exactly three fields; an ISO
     * date; a known kind; a festival name; no date twice; a make-up workday falls on a Saturday or Sunday
     * (调休 only ever turns a weekend day into a working day, so anything else is a typo); at least one entry.
     *
     * @param reader     the CSV text (UTF-8 decoded by the caller)
     * @param sourceName a name for messages, e.g. the uploaded file's name
     */
    public static HolidayTable parseCsv(Reader reader, String sourceName) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(sourceName, "sourceName");
        BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        Map<LocalDate, HolidayEntry> entries = new HashMap<>();
        Map<LocalDate, Integer> lineOfDate = new HashMap<>();
        boolean headerSeen = false;
        int lineNumber = 0;
        try {
            String line;
            while ((line = lines.readLine()) != null) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                if (!headerSeen) {
                    if (!trimmed.replace(" ", "").equalsIgnoreCase(CSV_HEADER)) {
                        throw new HolidayTableFormatException(sourceName, lineNumber,
                                "expected the header '" + CSV_HEADER + "' but found '" + trimmed + "'");
                    }
                    headerSeen = true;
                    continue;
                }
                HolidayEntry entry = parseEntry(trimmed, sourceName, lineNumber);
                Integer firstLine = lineOfDate.putIfAbsent(entry.date(), lineNumber);
                if (firstLine != null) {
                    throw new HolidayTableFormatException(sourceName, lineNumber,
                            "date " + entry.date() + " appears twice (first on line " + firstLine + ")");
                }
                entries.put(entry.date(), entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read holiday table " + sourceName, e);
        }
        if (!headerSeen) {
            throw new HolidayTableFormatException(sourceName, Math.max(1, lineNumber),
                    "no header line '" + CSV_HEADER + "' found: the file is empty or holds only comments");
        }
        if (entries.isEmpty()) {
            throw new HolidayTableFormatException(sourceName, lineNumber,
                    "no holiday entries after the header: the table would cover no year");
        }
        return new HolidayTable(entries, List.of(sourceName));
    }

    private static HolidayEntry parseEntry(String line, String sourceName, int lineNumber) {
        String[] fields = line.split(",", -1);
        if (fields.length != 3) {
            throw new HolidayTableFormatException(sourceName, lineNumber,
                    "expected 3 fields (date,kind,festival) but found " + fields.length + " in '" + line + "'");
        }
        String dateText = fields[0].strip();
        LocalDate date;
        try {
            date = LocalDate.parse(dateText);
        } catch (DateTimeParseException e) {
            throw new HolidayTableFormatException(sourceName, lineNumber,
                    "invalid date '" + dateText + "' (expected yyyy-MM-dd)");
        }
        String kindText = fields[1].strip().toLowerCase(Locale.ROOT);
        HolidayEntry.Kind kind = null;
        for (HolidayEntry.Kind candidate : HolidayEntry.Kind.values()) {
            if (candidate.csvToken().equals(kindText)) {
                kind = candidate;
            }
        }
        if (kind == null) {
            throw new HolidayTableFormatException(sourceName, lineNumber,
                    "unknown kind '" + fields[1].strip() + "' (expected holiday or workday)");
        }
        String festival = fields[2].strip();
        if (festival.isEmpty()) {
            throw new HolidayTableFormatException(sourceName, lineNumber, "the festival name is empty");
        }
        if (kind == HolidayEntry.Kind.MAKE_UP_WORKDAY && !isWeekend(date)) {
            throw new HolidayTableFormatException(sourceName, lineNumber,
                    "make-up workday " + date + " is a " + date.getDayOfWeek()
                            + ": a 调休 workday is always a Saturday or Sunday");
        }
        return new HolidayEntry(date, kind, festival);
    }

    /**
     * A table covering the years of both tables. For a year covered by {@code other}, only
     * {@code other}'s entries are kept: a newly loaded notice replaces the old one for the same year
     * (e.g. a corrected upload), it is never mixed with it.
     */
    public HolidayTable merge(HolidayTable other) {
        Objects.requireNonNull(other, "other");
        Map<LocalDate, HolidayEntry> merged = new HashMap<>();
        entries.forEach((date, entry) -> {
            if (!other.coveredYears.contains(date.getYear())) {
                merged.put(date, entry);
            }
        });
        merged.putAll(other.entries);
        List<String> mergedSources = new ArrayList<>(sources);
        mergedSources.addAll(other.sources);
        return new HolidayTable(merged, mergedSources);
    }

    /** The years whose State Council notice the table holds, ascending. */
    public SortedSet<Integer> coveredYears() {
        return coveredYears;
    }

    /** Whether the table holds the notice for the date's year. Never throws. */
    public boolean isCovered(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return coveredYears.contains(date.getYear());
    }

    /**
     * Whether the date is a working day or a statutory rest day: a listed holiday is a rest day, a
     * listed make-up workday is a working day, otherwise Saturday and Sunday are rest days.
     *
     * @throws DateOutsideHolidayTableException if the date's year is not covered
     */
    public DayKind kindOf(LocalDate date) {
        requireCovered(date);
        HolidayEntry entry = entries.get(date);
        if (entry != null) {
            return entry.dayKind();
        }
        return isWeekend(date) ? DayKind.REST_DAY : DayKind.WORKING_DAY;
    }

    /**
     * The festival a notice names for the date (for a holiday or a make-up workday), empty for an
     * ordinary day.
     *
     * @throws DateOutsideHolidayTableException if the date's year is not covered: "no festival" would
     *                                          be a guess there too
     */
    public Optional<String> festival(LocalDate date) {
        requireCovered(date);
        return Optional.ofNullable(entries.get(date)).map(HolidayEntry::festival);
    }

    /** Every entry, ordered by date, for display and export. */
    public List<HolidayEntry> entries() {
        return List.copyOf(entries.values());
    }

    /** The entries of one year, ordered by date; empty if the year is not covered. */
    public List<HolidayEntry> entries(int year) {
        return List.copyOf(entries.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true).values());
    }

    /** The names of the CSV sources this table was built from, in merge order. */
    public List<String> sources() {
        return sources;
    }

    void requireCovered(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (!coveredYears.contains(date.getYear())) {
            throw new DateOutsideHolidayTableException(date, coveredYears);
        }
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    @Override
    public String toString() {
        return "HolidayTable" + coveredYears + " from " + sources;
    }
}
