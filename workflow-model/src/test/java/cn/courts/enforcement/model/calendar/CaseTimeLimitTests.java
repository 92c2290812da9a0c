package cn.courts.enforcement.model.calendar;

import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.courts.enforcement.model.calendar.SuspensionReason.AUCTION;
import static cn.courts.enforcement.model.calendar.SuspensionReason.ENFORCEMENT_DEFERRED;
import static cn.courts.enforcement.model.calendar.SuspensionReason.ENFORCEMENT_SUSPENDED;
import static cn.courts.enforcement.model.calendar.SuspensionReason.SERVICE_BY_PUBLICATION;
import static cn.courts.enforcement.model.calendar.SuspensionReason.VALUATION_OR_AUDIT;
import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 法释〔2000〕29号 第五条、第八条、第九条; 法发〔2006〕35号 第一条. */
class CaseTimeLimitTests {

    private static final LegalPeriod SIX_MONTHS = LegalPeriod.months(6);
    private static final LegalPeriod THREE_MONTHS = LegalPeriod.months(3);
    private static final LegalPeriod FIVE_DAYS = LegalPeriod.days(5);

    private final LegalCalendar calendar = TestCalendars.SHIPPED;

    @Test
    void caseLimitRunsSixMonthsFromTheDayAfterFiling() {
        CaseTimeLimit limit = CaseTimeLimit.of(parse("2026-01-10"), SIX_MONTHS);
        assertThat(limit.expiryDate(calendar, parse("2026-01-10"))).isEqualTo(parse("2026-07-10"));
        assertThat(limit.excludedDays(calendar, parse("2026-01-10"))).isZero();
    }

    @Test
    void nonLitigationCaseLimitIsThreeMonths() {
        assertThat(CaseTimeLimit.of(parse("2026-01-10"), THREE_MONTHS).expiryDate(calendar, parse("2026-01-10")))
                .isEqualTo(parse("2026-04-10"));
    }

    @Test
    void caseLimitEndingOnSaturdayMovesToMonday() {
        assertThat(CaseTimeLimit.of(parse("2026-01-11"), SIX_MONTHS).expiryDate(calendar, parse("2026-01-11")))
                .isEqualTo(parse("2026-07-13"));
    }

    @Test
    void serviceByPublicationIsNotCountedAgainstTheLimit() {
        CaseTimeLimit limit = new CaseTimeLimit(parse("2026-01-10"), SIX_MONTHS,
                List.of(new SuspensionInterval(parse("2026-02-01"), parse("2026-02-10"), SERVICE_BY_PUBLICATION)));
        assertThat(limit.excludedDays(calendar, parse("2026-03-01"))).isEqualTo(10);
        assertThat(limit.expiryDate(calendar, parse("2026-03-01"))).isEqualTo(parse("2026-07-20"));
    }

    @Test
    void overlappingSuspensionsAreCountedOnce() {
        // valuation 03-01..03-20 and auction 03-15..03-31 overlap: March's 31 days are excluded once
        CaseTimeLimit limit = new CaseTimeLimit(parse("2026-01-10"), SIX_MONTHS, List.of(
                new SuspensionInterval(parse("2026-03-15"), parse("2026-03-31"), AUCTION),
                new SuspensionInterval(parse("2026-03-01"), parse("2026-03-20"), VALUATION_OR_AUDIT)));
        assertThat(limit.excludedDays(calendar, parse("2026-04-01"))).isEqualTo(31);
        assertThat(limit.expiryDate(calendar, parse("2026-04-01"))).isEqualTo(parse("2026-08-10"));
    }

    @Test
    void suspendedDaysThenRestDayMove() {
        // 07-10 + 1 suspended day = Saturday 07-11, moved to Monday 07-13 (《民事诉讼法》第85条)
        CaseTimeLimit limit = CaseTimeLimit.of(parse("2026-01-10"), SIX_MONTHS)
                .withSuspension(new SuspensionInterval(parse("2026-02-02"), parse("2026-02-02"), ENFORCEMENT_DEFERRED));
        assertThat(limit.expiryDate(calendar, parse("2026-03-01"))).isEqualTo(parse("2026-07-13"));
    }

    @Test
    void openSuspensionCountsUpToToday() {
        CaseTimeLimit limit = CaseTimeLimit.of(parse("2026-01-10"), SIX_MONTHS)
                .withSuspension(SuspensionInterval.open(parse("2026-05-01"), ENFORCEMENT_SUSPENDED));
        assertThat(limit.hasOpenSuspension()).isTrue();
        assertThat(limit.isSuspendedOn(parse("2026-06-01"))).isTrue();
        assertThat(limit.isSuspendedOn(parse("2026-04-30"))).isFalse();
        assertThat(limit.expiryDate(calendar, parse("2026-04-20"))).as("not yet suspended").isEqualTo(parse("2026-07-10"));
        assertThat(limit.expiryDate(calendar, parse("2026-05-10"))).isEqualTo(parse("2026-07-20"));
        assertThat(limit.excludedDays(calendar, parse("2026-05-10"))).isEqualTo(10);
    }

    @Test
    void closingAnOpenSuspensionFixesTheExpiry() {
        SuspensionInterval running = SuspensionInterval.open(parse("2026-05-01"), ENFORCEMENT_SUSPENDED);
        CaseTimeLimit resumed = CaseTimeLimit.of(parse("2026-01-10"), SIX_MONTHS)
                .withSuspension(running.closedOn(parse("2026-05-10")));
        assertThat(resumed.hasOpenSuspension()).isFalse();
        assertThat(resumed.expiryDate(calendar, parse("2026-12-01"))).isEqualTo(parse("2026-07-20"));
    }

    @Test
    void suspensionOrderedAfterExpiryDoesNotReviveTheLimit() {
        CaseTimeLimit limit = new CaseTimeLimit(parse("2026-01-10"), THREE_MONTHS,
                List.of(new SuspensionInterval(parse("2026-05-01"), parse("2026-05-10"), ENFORCEMENT_DEFERRED)));
        assertThat(limit.expiryDate(calendar, parse("2026-05-11"))).isEqualTo(parse("2026-04-10"));
        assertThat(limit.isExpiredOn(calendar, parse("2026-05-11"))).isTrue();
    }

    @Test
    void suspendedDaysOnOrBeforeTheFilingDayAreNotExcluded() {
        // 01-05..01-14: only 01-11..01-14 lie inside the limit, which runs from the day after filing
        CaseTimeLimit limit = new CaseTimeLimit(parse("2026-01-10"), SIX_MONTHS,
                List.of(new SuspensionInterval(parse("2026-01-05"), parse("2026-01-14"), SERVICE_BY_PUBLICATION)));
        assertThat(limit.excludedDays(calendar, parse("2026-02-01"))).isEqualTo(4);
        assertThat(limit.expiryDate(calendar, parse("2026-02-01"))).isEqualTo(parse("2026-07-14"));
    }

    @Test
    void caseIsExpiredOnlyAfterItsLastDay() {
        CaseTimeLimit limit = CaseTimeLimit.of(parse("2026-01-10"), SIX_MONTHS);
        assertThat(limit.isExpiredOn(calendar, parse("2026-07-10"))).isFalse();
        assertThat(limit.isExpiredOn(calendar, parse("2026-07-11"))).isTrue();
    }

    @Test
    void approvedExtensionAddsThreeMonths() {
        // 2026-01-10 + 9 months = Saturday 2026-10-10, an official make-up workday: no move
        CaseTimeLimit extended = CaseTimeLimit.of(parse("2026-01-10"), SIX_MONTHS).extendedBy(THREE_MONTHS);
        assertThat(extended.extensions()).containsExactly(THREE_MONTHS);
        assertThat(extended.expiryDate(calendar, parse("2026-07-01"))).isEqualTo(parse("2026-10-10"));
    }

    @Test
    void extensionIsCountedWithTheLimitFromTheFilingDate() {
        // 6 months from 2025-08-31 end on 2026-02-28 (month-end rule); 6 + 3 months end on 05-31, not 05-28;
        // 05-31 is a Sunday, so the extended limit expires on Monday 06-01
        CaseTimeLimit limit = CaseTimeLimit.of(parse("2025-08-31"), SIX_MONTHS);
        assertThat(limit.expiryDate(calendar, parse("2026-01-01"))).isEqualTo(parse("2026-02-28"));
        CaseTimeLimit extended = limit.extendedBy(THREE_MONTHS);
        assertThat(extended.plainEnd(calendar)).isEqualTo(parse("2026-05-31"));
        assertThat(extended.expiryDate(calendar, parse("2026-02-01"))).isEqualTo(parse("2026-06-01"));
    }

    @Test
    void extensionRequestFiveDaysBeforeExpiryIsInTime() {
        // expiry 2026-07-10: request date <= expiry - 5 days = 07-05
        CaseTimeLimit limit = CaseTimeLimit.of(parse("2026-01-10"), SIX_MONTHS);
        assertThat(limit.latestExtensionRequestDay(calendar, FIVE_DAYS, parse("2026-07-01"))).isEqualTo(parse("2026-07-05"));
        assertThat(limit.isExtensionRequestInTime(calendar, parse("2026-07-01"), FIVE_DAYS)).isTrue();
        assertThat(limit.isExtensionRequestInTime(calendar, parse("2026-07-05"), FIVE_DAYS)).isTrue();
        assertThat(limit.isExtensionRequestInTime(calendar, parse("2026-07-06"), FIVE_DAYS)).isFalse();
        assertThat(limit.isExtensionRequestInTime(calendar, parse("2026-07-10"), FIVE_DAYS)).isFalse();
    }

    @Test
    void extensionRequestLeadCountsBackFromTheMovedExpiry() {
        // filed 2026-01-11: 6 months end Saturday 07-11, expiry Monday 07-13, latest request 07-08
        CaseTimeLimit limit = CaseTimeLimit.of(parse("2026-01-11"), SIX_MONTHS);
        assertThat(limit.isExtensionRequestInTime(calendar, parse("2026-07-08"), FIVE_DAYS)).isTrue();
        assertThat(limit.isExtensionRequestInTime(calendar, parse("2026-07-09"), FIVE_DAYS)).isFalse();
    }

    @Test
    void extensionRequestDuringAnOpenSuspensionUsesTheExpiryKnownThatDay() {
        // suspended since 05-01: on 07-10, 71 days are excluded, expiry 09-19 (Saturday) moves to the
        // make-up Sunday 09-20; the request on 07-10 is in time
        CaseTimeLimit limit = CaseTimeLimit.of(parse("2026-01-10"), SIX_MONTHS)
                .withSuspension(SuspensionInterval.open(parse("2026-05-01"), ENFORCEMENT_SUSPENDED));
        assertThat(limit.expiryDate(calendar, parse("2026-07-10"))).isEqualTo(parse("2026-09-20"));
        assertThat(limit.isExtensionRequestInTime(calendar, parse("2026-07-10"), FIVE_DAYS)).isTrue();
    }

    @Test
    void expiryInAYearOutsideTheTableIsRefused() {
        CaseTimeLimit limit = CaseTimeLimit.of(parse("2026-09-01"), SIX_MONTHS);
        assertThatThrownBy(() -> limit.expiryDate(calendar, parse("2026-09-01")))
                .isInstanceOf(DateOutsideHolidayTableException.class)
                .hasMessageContaining("2027");
    }

    @Test
    void suspensionCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> new SuspensionInterval(parse("2026-03-10"), parse("2026-03-09"), AUCTION))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(SERVICE_BY_PUBLICATION.nameZh()).isEqualTo("公告送达");
        assertThat(ENFORCEMENT_SUSPENDED.nameZh()).isEqualTo("中止");
    }
}
