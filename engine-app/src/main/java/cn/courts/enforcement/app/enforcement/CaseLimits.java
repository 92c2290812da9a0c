package cn.courts.enforcement.app.enforcement;

import cn.courts.enforcement.app.calendar.LegalCalendarService;
import cn.courts.enforcement.app.platform.CourtClock;
import cn.courts.enforcement.model.calendar.CaseTimeLimit;
import cn.courts.enforcement.model.calendar.SuspensionReason;
import cn.courts.enforcement.model.enforcement.CaseSuspension;
import cn.courts.enforcement.model.enforcement.EnforcementCase;
import cn.courts.enforcement.model.parameter.LegalParameterCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * The case's own time limit (执行期限): 6 months from the day after filing, 3 for non-litigation cases
 * (法释〔2000〕29号 第五条、第八条), plus approved extensions, not counting suspended time (ibid. 第九条).
 */
@Service
public class CaseLimits {

    private final LegalCalendarService calendar;
    private final CaseSuspensionRepository suspensions;
    private final CourtClock clock;

    CaseLimits(LegalCalendarService calendar, CaseSuspensionRepository suspensions, CourtClock clock) {
        this.calendar = calendar;
        this.suspensions = suspensions;
        this.clock = clock;
    }

    /** The limit of a case being filed today: no extensions, no suspensions yet. */
    public LocalDate initialLimit(LocalDate filingDate, boolean nonLitigation) {
        CaseTimeLimit limit = CaseTimeLimit.of(filingDate, basePeriodOf(nonLitigation));
        return calendar.withProvisionalFallback(cal -> limit.expiryDate(cal, filingDate), limit::plainEnd, "case limit");
    }

    /** The case's time limit with its extensions and suspensions, as of today. */
    public CaseTimeLimit timeLimitOf(EnforcementCase c, int extensions) {
        CaseTimeLimit limit = CaseTimeLimit.of(c.filingDate(), basePeriodOf(c.nonLitigation()));
        for (int i = 0; i < extensions; i++) {
            limit = limit.extendedBy(calendar.period(LegalParameterCode.EXTENSION_LENGTH));
        }
        List<CaseSuspension> list = c.id() == null ? List.of() : suspensions.findByCaseIdOrderById(c.id());
        for (CaseSuspension s : list) {
            limit = limit.withSuspension(s.interval());
        }
        return limit;
    }

    public LocalDate expiryOf(EnforcementCase c, int extensions) {
        CaseTimeLimit limit = timeLimitOf(c, extensions);
        LocalDate today = clock.today();
        return calendar.withProvisionalFallback(cal -> limit.expiryDate(cal, today), limit::plainEnd,
                "case limit of " + c.caseNumber());
    }

    /**
     * Whether an extension requested today is in time: at least 5 days before the limit expires
     * (法发〔2006〕35号 第一条; see LegalParameterCode.EXTENSION_REQUEST_LEAD for how "5日" is read).
     */
    public boolean extensionRequestInTime(EnforcementCase c) {
        // the stored limit is the one the judge sees; the request must come at least the lead before it
        LocalDate latest = c.caseLimitDate().minusDays(extensionRequestLead().amount());
        return !clock.today().isAfter(latest);
    }

    /** How long before the limit expires an extension must be requested, as the parameter table has it now. */
    public cn.courts.enforcement.model.calendar.LegalPeriod extensionRequestLead() {
        return calendar.period(LegalParameterCode.EXTENSION_REQUEST_LEAD);
    }

    /** Opens a suspension (e.g. an auction starts) and returns the case's recomputed limit. */
    @Transactional
    public void beginSuspension(EnforcementCase c, SuspensionReason reason) {
        if (suspensions.findOpen(c.id(), reason).isEmpty()) {
            suspensions.saveAndFlush(new CaseSuspension(c.id(), reason, clock.today()));
        }
    }

    /** Ends an open suspension today and moves the case limit by the suspended days. */
    @Transactional
    public LocalDate endSuspension(EnforcementCase c, SuspensionReason reason) {
        suspensions.findOpen(c.id(), reason).ifPresent(s -> {
            s.end(clock.today());
            suspensions.saveAndFlush(s);
        });
        LocalDate limit = expiryOf(c, c.extensionCount());
        c.moveCaseLimitTo(limit);
        return limit;
    }

    private cn.courts.enforcement.model.calendar.LegalPeriod basePeriodOf(boolean nonLitigation) {
        return calendar.period(nonLitigation ? LegalParameterCode.CASE_LIMIT_NON_LITIGATION : LegalParameterCode.CASE_LIMIT);
    }
}
