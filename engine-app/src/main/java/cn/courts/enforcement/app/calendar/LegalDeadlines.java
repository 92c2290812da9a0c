package cn.courts.enforcement.app.calendar;

import cn.courts.enforcement.app.platform.CourtClock;
import cn.courts.enforcement.model.parameter.LegalParameterCode;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Date;

/**
 * Legal due dates for the models: user tasks set {@code camunda:dueDate="${legalDeadlines.fromToday('EXECUTION_NOTICE')}"}
 * or {@code ${legalDeadlines.from(filingDate, 'FINISH_INVESTIGATION')}}, so every due date in every model
 * comes from the legal calendar and the parameter table, never from a literal in the model.
 */
@Component("legalDeadlines")
public class LegalDeadlines {

    private final LegalCalendarService calendar;
    private final CourtClock clock;

    LegalDeadlines(LegalCalendarService calendar, CourtClock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    /** End of the last day of the period {@code code}, counted from today. */
    public Date fromToday(String code) {
        return clock.endOfDay(calendar.dueFromToday(LegalParameterCode.valueOf(code)));
    }

    /** End of the last day of the period {@code code}, counted from {@code trigger} (an ISO date or a Date). */
    public Date from(Object trigger, String code) {
        return clock.endOfDay(calendar.dueDate(toDay(trigger), LegalParameterCode.valueOf(code)));
    }

    /** End of a given day (an ISO date or a Date), e.g. the case limit for the closing review. */
    public Date on(Object day) {
        return clock.endOfDay(toDay(day));
    }

    private LocalDate toDay(Object trigger) {
        LocalDate day;
        if (trigger instanceof LocalDate d) {
            day = d;
        } else if (trigger instanceof Date d) {
            day = clock.dayOf(d);
        } else if (trigger instanceof String s) {
            day = LocalDate.parse(s);
        } else {
            throw new IllegalArgumentException("not a date: " + trigger);
        }
        return day;
    }
}
