package cn.courts.enforcement.model.termination;

import cn.courts.enforcement.model.calendar.LegalCalendar;
import cn.courts.enforcement.model.calendar.LegalPeriod;
import cn.courts.enforcement.model.enforcement.PropertyKind;
import cn.courts.enforcement.model.enforcement.PropertyRecord;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** The facts behind the "四个不批" (seed 004) and 终本规定 第一条, one test per rule. */
class FourNoApprovalGatesTests {

    private static final LocalDate FILED = parse("2026-03-02");
    private final FourNoApprovalGates gates = new FourNoApprovalGates(LegalCalendar.shipped(), LegalPeriod.months(3));

    @Test
    void applicationOnTheLastDayOfTheThreeMonthsIsNotMoreThanThreeMonthsAfterFiling() {
        // filed 2026-03-02: the three months end on 2026-06-02; "超过" excludes that day (《民法典》第1259条)
        assertThat(gates.moreThanMinimumSinceFiling(FILED, parse("2026-06-02"))).isFalse();
        assertThat(gates.moreThanMinimumSinceFiling(FILED, parse("2026-06-03"))).isTrue();
        assertThat(gates.firstDayAfterMinimum(FILED)).isEqualTo(parse("2026-06-03"));
    }

    @Test
    void threeMonthsFromTheLastDayOfAMonthEndOnTheLastDayOfTheTargetMonth() {
        // 2025-11-30 + 3 months = 2026-02-28 (《民法典》第202条), so 03-01 is the first day "超过三个月"
        assertThat(gates.moreThanMinimumSinceFiling(parse("2025-11-30"), parse("2026-02-28"))).isFalse();
        assertThat(gates.moreThanMinimumSinceFiling(parse("2025-11-30"), parse("2026-03-01"))).isTrue();
    }

    @Test
    void propertyFoundAndNotDisposedIsTheFirstGate() {
        PropertyRecord deposit = new PropertyRecord(1L, PropertyKind.DEPOSIT, "存款", "银行", BigDecimal.TEN,
                PropertyRecord.Source.NETWORK_SEARCH, FILED);
        TerminationFacts undisposed = gates.factsOf(records(List.of(deposit), EnumSet.allOf(InvestigationStep.class)), parse("2026-07-01"));
        assertThat(undisposed.propertyFoundNotDisposed()).isTrue();

        deposit.markDisposed();
        TerminationFacts disposed = gates.factsOf(records(List.of(deposit), EnumSet.allOf(InvestigationStep.class)), parse("2026-07-01"));
        assertThat(disposed.propertyFoundNotDisposed()).isFalse();
    }

    @Test
    void completedInvestigationStepsAreTheOnSiteSearchInterviewNoticeAndNetworkSearchFacts() {
        TerminationFacts none = gates.factsOf(records(List.of(), Set.of()), parse("2026-07-01"));
        assertThat(none.debtorSearchedOnSite()).isFalse();
        assertThat(none.creditorInterviewed()).isFalse();
        assertThat(none.executionNoticeSent()).isFalse();
        assertThat(none.networkSearchDone()).isFalse();

        TerminationFacts all = gates.factsOf(records(List.of(), EnumSet.allOf(InvestigationStep.class)), parse("2026-07-01"));
        assertThat(all).isEqualTo(new TerminationFacts(false, true, true, true, true, true, true, true));
        assertThat(all.asInputs()).hasSize(8).containsEntry(TerminationFacts.DEBTOR_SEARCHED_ON_SITE, true);
    }

    @Test
    void consumptionRestrictionAndListingAreWhatTheJudgeRecorded() {
        TerminationFacts facts = gates.factsOf(new TerminationRecords(FILED, List.of(), EnumSet.allOf(InvestigationStep.class),
                false, true), parse("2026-07-01"));
        assertThat(facts.consumptionRestrictionIssued()).isFalse();
        assertThat(facts.debtorListedOrNotQualifying()).isTrue();
    }

    private static TerminationRecords records(List<PropertyRecord> property, Set<InvestigationStep> steps) {
        return new TerminationRecords(FILED, property, steps, true, true);
    }
}
