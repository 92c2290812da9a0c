package cn.courts.enforcement.app.calendar;

import cn.courts.enforcement.app.platform.CourtClock;
import cn.courts.enforcement.model.calendar.DateOutsideHolidayTableException;
import cn.courts.enforcement.model.calendar.HolidayEntry;
import cn.courts.enforcement.model.calendar.HolidayTable;
import cn.courts.enforcement.model.calendar.HolidayTableFormatException;
import cn.courts.enforcement.model.calendar.LegalCalendar;
import cn.courts.enforcement.model.calendar.LegalPeriod;
import cn.courts.enforcement.model.parameter.LegalParameterCode;
import cn.courts.enforcement.model.parameter.LegalParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The legal calendar and the legal parameters as the platform runs them: the holiday table the release
 * ships, merged with the years administrators added; the parameter table with the overrides configured
 * under {@code enforcement.legal-parameters.overrides} (a later national rule, e.g.
 * {@code CORRECTION_REVIEW: 15D} for 法释〔2017〕7号 第十二条).
 */
@Service
public class LegalCalendarService {

    private static final Logger log = LoggerFactory.getLogger(LegalCalendarService.class);

    private final HolidayYearRepository years;
    private final CourtClock clock;
    private final LegalParameters parameters;
    private volatile LegalCalendar calendar;

    LegalCalendarService(HolidayYearRepository years, CourtClock clock, LegalParameterOverrides overrides) {
        this.years = years;
        this.clock = clock;
        this.parameters = overrides.applyTo(LegalParameters.defaults());
        this.calendar = load();
    }

    public LegalCalendar calendar() {
        return calendar;
    }

    public LegalParameters parameters() {
        return parameters;
    }

    public LegalPeriod period(LegalParameterCode code) {
        return parameters.period(code);
    }

    /**
     * The last day of the legal period {@code code} triggered on {@code trigger}; provisional (see
     * {@link ProvisionalDeadlines}) when it reaches a year the holiday table does not cover yet.
     */
    public LocalDate dueDate(LocalDate trigger, LegalParameterCode code) {
        LegalPeriod period = parameters.period(code);
        LegalCalendar current = calendar;
        try {
            return current.dueDate(trigger, period);
        } catch (DateOutsideHolidayTableException e) {
            warnProvisional(e, code.name());
            return ProvisionalDeadlines.dueDate(current, trigger, period);
        }
    }

    /**
     * Computes a legal date with the calendar; if it reaches an uncovered year, returns the provisional
     * {@code fallback} instead (never later than the legal date) and logs it.
     */
    public LocalDate withProvisionalFallback(java.util.function.Function<LegalCalendar, LocalDate> legal,
                                             java.util.function.Function<LegalCalendar, LocalDate> plainEnd,
                                             String what) {
        LegalCalendar current = calendar;
        try {
            return legal.apply(current);
        } catch (DateOutsideHolidayTableException e) {
            warnProvisional(e, what);
            return ProvisionalDeadlines.offRestDays(current, plainEnd.apply(current));
        }
    }

    /** Years that deadlines reached but the holiday table does not cover: an administrator must add them. */
    public java.util.Set<Integer> missingYears() {
        return java.util.Set.copyOf(missingYears);
    }

    private final java.util.Set<Integer> missingYears = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private void warnProvisional(DateOutsideHolidayTableException e, String what) {
        if (missingYears.add(e.missingYear())) {
            log.warn("Holiday table has no year {}: {} and later deadlines reaching it are provisional "
                    + "(plain period, weekends only) until an administrator adds the State Council notice for {}",
                    e.missingYear(), what, e.missingYear());
        }
    }

    /** The last day of the legal period {@code code} triggered today (the engine clock's today). */
    public LocalDate dueFromToday(LegalParameterCode code) {
        return dueDate(clock.today(), code);
    }

    /** The years and their entries as they are in force now: shipped, or added by an administrator. */
    public Map<Integer, List<HolidayEntry>> holidays() {
        Map<Integer, List<HolidayEntry>> byYear = new TreeMap<>();
        HolidayTable table = calendar.holidayTable();
        table.coveredYears().forEach(year -> byYear.put(year, table.entries(year)));
        return byYear;
    }

    public List<String> sources() {
        return calendar.holidayTable().sources();
    }

    /**
     * Adds (or replaces) a year of the holiday table from the State Council's notice. The CSV has the
     * shipped file's format and only dates of that year; a malformed file changes nothing.
     */
    @Transactional
    public void addYear(int year, String csv, String source, String userId) {
        if (source == null || source.isBlank()) {
            throw new HolidayYearRejectedException("请注明来源（国务院办公厅通知的文号或发布日期）。", "source is required");
        }
        HolidayTable table;
        try {
            table = HolidayTable.parseCsv(new StringReader(csv), "holiday year " + year + " (" + source + ")");
        } catch (HolidayTableFormatException e) {
            throw new HolidayYearRejectedException("节假日表格式错误：第" + e.lineNumber() + "行，" + e.problem(), e.getMessage());
        }
        if (!table.coveredYears().equals(new java.util.TreeSet<>(List.of(year)))) {
            throw new HolidayYearRejectedException("文件中的日期必须全部属于" + year + "年。",
                    "holiday CSV for " + year + " covers " + table.coveredYears());
        }
        years.save(new HolidayYear(year, csv, source.strip(), userId, clock.now()));
        log.info("Holiday table year {} added by {} from {}", year, userId, source);
        afterCommit(this::reload);
    }

    /** Removes a year an administrator added (e.g. a mistaken upload); the release's years stay. */
    @Transactional
    public boolean removeAddedYear(int year, String userId) {
        if (!years.existsById(year)) {
            return false;
        }
        years.deleteById(year);
        log.info("Holiday table year {} removed by {}", year, userId);
        afterCommit(this::reload);
        return true;
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    /** Picks up years another node of the cluster added. */
    @Scheduled(fixedDelayString = "${enforcement.calendar.reload-interval:PT5M}")
    public void reload() {
        this.calendar = load();
        missingYears.removeIf(year -> calendar.holidayTable().coveredYears().contains(year));
    }

    private LegalCalendar load() {
        HolidayTable table = HolidayTable.shipped();
        for (HolidayYear added : years.findAll()) {
            table = table.merge(HolidayTable.parseCsv(new StringReader(added.csv()),
                    "holiday year " + added.year() + " added by " + added.addedBy() + " (" + added.source() + ")"));
        }
        return new LegalCalendar(table);
    }

    /** A holiday year an administrator sent was refused: the message is for the user, the detail for the log. */
    public static class HolidayYearRejectedException extends RuntimeException {
        private final String messageZh;

        HolidayYearRejectedException(String messageZh, String detail) {
            super(detail);
            this.messageZh = messageZh;
        }

        public String messageZh() {
            return messageZh;
        }
    }
}
