package cn.courts.enforcement.model.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A case's own time limit (执行期限) and when it expires.
 *
 * <p><b>Length.</b> 6 months from filing, 3 months for non-litigation enforcement (非诉执行)
 * (《最高人民法院关于严格执行案件审理期限制度的若干规定》法释〔2000〕29号 第五条; 法发〔2006〕35号 第一条); the
 * period is passed in, normally from the legal parameter table. An approved extension (延长, +3 months,
 * 法释〔2000〕29号 第五条) is added with {@link #extendedBy(LegalPeriod)}.
 *
 * <p><b>Start.</b> The limit runs from the day after filing (立案次日, 法释〔2000〕29号 第八条; 《民事诉讼法》
 * (2023) 第85条). Extensions in the same unit as the limit are added to it and the whole is counted once
 * from the filing date (6 + 3 = 9 months), so that the month-end rule of 《民法典》第202条 is applied once:
 * filed 2025-08-31, 6 months end 2026-02-28 but 9 months end 2026-05-31, not 05-28. An extension in
 * another unit is counted from the end of what precedes it.
 *
 * <p><b>Suspended time.</b> Service by publication, valuation/audit, 中止 until resumption, 暂缓 and
 * auction periods do not count (法释〔2000〕29号 第九条). The expiry is the plain end of the limit plus the
 * number of suspended calendar days, then moved off a rest day (《民事诉讼法》第85条). In detail:
 * <ul>
 *   <li>overlapping or adjacent intervals are merged, so a day is excluded once however many reasons
 *       apply to it;</li>
 *   <li>days on or before the filing day are not excluded (they were never part of the limit);</li>
 *   <li>an interval is excluded only if it starts on or before the expiry computed so far: a suspension
 *       ordered after the limit had already run out does not revive it (an overdue case stays
 *       overdue);</li>
 *   <li>an open interval (still suspended) counts up to and including {@code asOf}, so while a case is
 *       suspended its expiry moves one day later every day; an open interval starting after
 *       {@code asOf} counts nothing yet. Closed intervals count in full even if they end after
 *       {@code asOf} (a scheduled auction period).</li>
 * </ul>
 *
 * <p>Immutable and thread-safe; the calendar is passed to the computing methods so the value itself
 * stays a plain record of facts.
 */
public final class CaseTimeLimit {

    private final LocalDate filingDate;
    private final LegalPeriod period;
    private final List<LegalPeriod> extensions;
    private final List<SuspensionInterval> suspensions;

    /**
     * @param filingDate  the day the case was filed (立案日)
     * @param period      the limit, e.g. 6M (3M for non-litigation enforcement)
     * @param suspensions the excluded intervals, in any order, possibly overlapping
     */
    public CaseTimeLimit(LocalDate filingDate, LegalPeriod period, List<SuspensionInterval> suspensions) {
        this(filingDate, period, List.of(), suspensions);
    }

    private CaseTimeLimit(LocalDate filingDate, LegalPeriod period, List<LegalPeriod> extensions,
                          List<SuspensionInterval> suspensions) {
        this.filingDate = Objects.requireNonNull(filingDate, "filingDate");
        this.period = Objects.requireNonNull(period, "period");
        this.extensions = List.copyOf(extensions);
        this.suspensions = List.copyOf(Objects.requireNonNull(suspensions, "suspensions"));
    }

    /** A limit without suspensions or extensions. */
    public static CaseTimeLimit of(LocalDate filingDate, LegalPeriod period) {
        return new CaseTimeLimit(filingDate, period, List.of());
    }

    /**
     * The limit after an approved extension (院长批准延长, 法释〔2000〕29号 第五条: three months; pass the
     * {@code EXTENSION_LENGTH} legal parameter). Extensions accumulate.
     */
    public CaseTimeLimit extendedBy(LegalPeriod extension) {
        Objects.requireNonNull(extension, "extension");
        List<LegalPeriod> more = new ArrayList<>(extensions);
        more.add(extension);
        return new CaseTimeLimit(filingDate, period, more, suspensions);
    }

    /** The limit with one more suspension interval. */
    public CaseTimeLimit withSuspension(SuspensionInterval suspension) {
        Objects.requireNonNull(suspension, "suspension");
        List<SuspensionInterval> more = new ArrayList<>(suspensions);
        more.add(suspension);
        return new CaseTimeLimit(filingDate, period, extensions, more);
    }

    public LocalDate filingDate() {
        return filingDate;
    }

    public LegalPeriod period() {
        return period;
    }

    /** The approved extensions, in the order they were granted. */
    public List<LegalPeriod> extensions() {
        return extensions;
    }

    public List<SuspensionInterval> suspensions() {
        return suspensions;
    }

    /** Whether some suspension is still running. */
    public boolean hasOpenSuspension() {
        return suspensions.stream().anyMatch(SuspensionInterval::isOpen);
    }

    /** Whether {@code day} lies in some suspension interval (the command centre should not chase it). */
    public boolean isSuspendedOn(LocalDate day) {
        return suspensions.stream().anyMatch(s -> s.contains(day));
    }

    /**
     * The last day of the limit and its extensions by plain arithmetic (《民法典》第201-202条), without
     * suspended days and without the rest-day move.
     */
    public LocalDate plainEnd(LegalCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        LegalPeriod base = period;
        List<LegalPeriod> later = new ArrayList<>();
        for (LegalPeriod extension : extensions) {
            if (later.isEmpty() && extension.unit() == base.unit()) {
                base = new LegalPeriod(base.amount() + extension.amount(), base.unit());
            } else {
                later.add(extension);
            }
        }
        LocalDate end = calendar.plainEnd(filingDate, base);
        for (LegalPeriod extension : later) {
            end = calendar.plainEnd(end, extension);
        }
        return end;
    }

    /**
     * The day the limit expires as known on {@code asOf}: plain end plus excluded suspended days, moved
     * off a rest day (《民事诉讼法》(2023) 第85条). See the class comment for how suspensions count.
     *
     * @throws DateOutsideHolidayTableException if the expiry falls in (or the move reaches) an uncovered year
     */
    public LocalDate expiryDate(LegalCalendar calendar, LocalDate asOf) {
        return compute(calendar, asOf).expiry();
    }

    /**
     * How many calendar days of suspension push the expiry back, as known on {@code asOf} (days counted
     * once; suspensions after the limit ran out not counted).
     */
    public long excludedDays(LegalCalendar calendar, LocalDate asOf) {
        return compute(calendar, asOf).excludedDays();
    }

    /** Whether the limit has run out by {@code day}: {@code day} is after the expiry as known on that day. */
    public boolean isExpiredOn(LegalCalendar calendar, LocalDate day) {
        return day.isAfter(expiryDate(calendar, day));
    }

    /**
     * The last day on which an extension may be requested, as known on {@code asOf}: "申请延长执行期限的，应当
     * 在期限届满前5日内提出" (法发〔2006〕35号 第一条), read as <em>at least</em> {@code lead} before the expiry.
     * With a lead of 5 days this is {@code expiry - 5 days}: expiry 2026-07-10, latest request 2026-07-05.
     * The expiry is the effective one (suspensions and rest-day move included); the latest day itself is
     * not moved (see {@link LegalCalendar#latestDayBefore}).
     */
    public LocalDate latestExtensionRequestDay(LegalCalendar calendar, LegalPeriod lead, LocalDate asOf) {
        return calendar.latestDayBefore(expiryDate(calendar, asOf), lead);
    }

    /**
     * Whether an extension request made on {@code requestDate} is in time: {@code requestDate <= expiry - lead}
     * (for the 5-day lead of 法发〔2006〕35号 第一条: {@code requestDate <= expiry - 5 days}), the expiry as known
     * on the request date.
     */
    public boolean isExtensionRequestInTime(LegalCalendar calendar, LocalDate requestDate, LegalPeriod lead) {
        Objects.requireNonNull(requestDate, "requestDate");
        return !requestDate.isAfter(latestExtensionRequestDay(calendar, lead, requestDate));
    }

    private Computation compute(LegalCalendar calendar, LocalDate asOf) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(asOf, "asOf");
        LocalDate end = plainEnd(calendar);
        long excluded = 0;
        for (DayRange range : mergedSuspensions(asOf)) {
            if (range.from().isAfter(calendar.workingDayOnOrAfter(end))) {
                // the limit had run out before this suspension began; later ranges start later still
                break;
            }
            end = end.plusDays(range.days());
            excluded += range.days();
        }
        return new Computation(calendar.workingDayOnOrAfter(end), excluded);
    }

    /** The suspended days after the filing day, as known on asOf, as sorted disjoint ranges. */
    private List<DayRange> mergedSuspensions(LocalDate asOf) {
        LocalDate firstCountedDay = filingDate.plusDays(1);
        List<DayRange> ranges = new ArrayList<>();
        for (SuspensionInterval s : suspensions) {
            LocalDate from = s.from().isBefore(firstCountedDay) ? firstCountedDay : s.from();
            LocalDate to = s.isOpen() ? asOf : s.toInclusive();
            if (!to.isBefore(from)) {
                ranges.add(new DayRange(from, to));
            }
        }
        ranges.sort(Comparator.comparing(DayRange::from));
        List<DayRange> merged = new ArrayList<>();
        for (DayRange range : ranges) {
            DayRange last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !range.from().isAfter(last.to().plusDays(1))) {
                if (range.to().isAfter(last.to())) {
                    merged.set(merged.size() - 1, new DayRange(last.from(), range.to()));
                }
            } else {
                merged.add(range);
            }
        }
        return merged;
    }

    private record DayRange(LocalDate from, LocalDate to) {
        long days() {
            return ChronoUnit.DAYS.between(from, to) + 1;
        }
    }

    private record Computation(LocalDate expiry, long excludedDays) {
    }

    @Override
    public String toString() {
        return "CaseTimeLimit[filed " + filingDate + ", " + period + (extensions.isEmpty() ? "" : " + " + extensions)
                + ", " + suspensions.size() + " suspension(s)]";
    }
}
