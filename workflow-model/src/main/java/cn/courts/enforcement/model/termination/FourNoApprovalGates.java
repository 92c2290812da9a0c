package cn.courts.enforcement.model.termination;

import cn.courts.enforcement.model.calendar.LegalCalendar;
import cn.courts.enforcement.model.calendar.LegalPeriod;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The "四个不批" (seed 004) and the further conditions of 终本规定 (法〔2016〕373号) 第一条, as facts read from a
 * case's records. Which of them refuse an application is the DMN table's business ({@link TerminationGate});
 * this policy only says what is true of the case:
 * <ol>
 *   <li><b>Property found and not disposed</b> (四个不批之一; 终本规定 第一条第（三）项: "已穷尽财产调查措施，未发现被执行人
 *   有可供执行的财产或者发现的财产不能处置", 第四条): any property record not marked disposed.</li>
 *   <li><b>On-site search</b> (四个不批之二; 第一条第（五）项, 第三条): the node 上门查找被执行人 was completed.</li>
 *   <li><b>Creditor interviewed</b> (四个不批之三; 第五条: 终本前应当告知申请执行人并听取其意见): 约谈申请执行人 completed.</li>
 *   <li><b>More than three months since filing</b> (四个不批之四; 第一条第（四）项 "自执行案件立案之日起已超过三个月"):
 *   strictly "超过" (《民法典》第1259条: 超过 excludes the number itself), counted by
 *   {@link LegalCalendar#isMoreThanPeriodAfter}: filed 2026-03-02, the application is refused up to and including
 *   2026-06-02 and may pass from 2026-06-03. The period is {@code TERMINATION_MIN_SINCE_FILING} of the parameter
 *   table.</li>
 *   <li>Execution notice and order to report property sent (第一条第（一）项); the network search done
 *   (第一条第（三）项, 第三条第（一）项).</li>
 *   <li>Consumption restriction issued, and a qualifying debtor listed as dishonest (第一条第（二）项): recorded by the
 *   judge in the application, since the restriction and listing processes are not part of this platform yet.</li>
 * </ol>
 */
public final class FourNoApprovalGates {

    private final LegalCalendar calendar;
    private final LegalPeriod minSinceFiling;

    /**
     * @param calendar       the legal calendar
     * @param minSinceFiling how long since filing must have passed, strictly ({@code TERMINATION_MIN_SINCE_FILING}, 3M)
     */
    public FourNoApprovalGates(LegalCalendar calendar, LegalPeriod minSinceFiling) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.minSinceFiling = Objects.requireNonNull(minSinceFiling, "minSinceFiling");
    }

    /** The facts of the case's records as of {@code today}. */
    public TerminationFacts factsOf(TerminationRecords records, LocalDate today) {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(today, "today");
        return new TerminationFacts(
                propertyFoundNotDisposed(records),
                records.completedSteps().contains(InvestigationStep.DEBTOR_SEARCHED_ON_SITE),
                records.completedSteps().contains(InvestigationStep.CREDITOR_INTERVIEWED),
                moreThanMinimumSinceFiling(records.filingDate(), today),
                records.completedSteps().contains(InvestigationStep.EXECUTION_NOTICE_SENT),
                records.consumptionRestrictionIssued(),
                records.debtorListedOrNotQualifying(),
                records.completedSteps().contains(InvestigationStep.NETWORK_SEARCH_DONE));
    }

    /** 四个不批之四, "已超过三个月": strictly after the plain end of the period, no rest-day move. */
    public boolean moreThanMinimumSinceFiling(LocalDate filingDate, LocalDate today) {
        return calendar.isMoreThanPeriodAfter(filingDate, today, minSinceFiling);
    }

    /** 四个不批之一: some property found for the case is not disposed of. */
    public static boolean propertyFoundNotDisposed(TerminationRecords records) {
        return records.property().stream().anyMatch(p -> !p.disposed());
    }

    /** The first day an application may pass the fourth gate: the day after the plain end of the period. */
    public LocalDate firstDayAfterMinimum(LocalDate filingDate) {
        return calendar.plainEnd(filingDate, minSinceFiling).plusDays(1);
    }
}
