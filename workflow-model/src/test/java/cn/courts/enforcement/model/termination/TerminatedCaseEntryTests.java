package cn.courts.enforcement.model.termination;

import org.junit.jupiter.api.Test;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 法释〔2017〕7号 第十条第（四）项: two fruitless searches after 终本 → the listing is deleted, once. */
class TerminatedCaseEntryTests {

    @Test
    void listingExitIsDueAfterTheSecondFruitlessSearchAndOnlyOnce() {
        TerminatedCaseEntry entry = new TerminatedCaseEntry(1L, "（2026）粤0304执1号", "szft", parse("2026-06-03"), parse("2031-06-03"));
        entry.recordSearch(parse("2026-12-03"), false);
        assertThat(entry.listingExitDue()).isFalse();
        entry.recordSearch(parse("2027-06-03"), false);
        assertThat(entry.listingExitDue()).isTrue();
        entry.markListingExitRequested(parse("2027-06-03"));
        entry.recordSearch(parse("2027-12-03"), false);
        assertThat(entry.listingExitDue()).isFalse();
        assertThat(entry.fruitlessSearches()).isEqualTo(3);
    }

    @Test
    void aResumedCaseIsNoLongerSearched() {
        TerminatedCaseEntry entry = new TerminatedCaseEntry(1L, "（2026）粤0304执1号", "szft", parse("2026-06-03"), parse("2031-06-03"));
        entry.recordSearch(parse("2026-12-03"), true);
        entry.resumed(2L, TerminatedCaseEntry.ResumptionTrigger.ASSETS_FOUND, parse("2026-12-03"));
        assertThat(entry.status()).isEqualTo(TerminatedCaseEntry.Status.RESUMED);
        assertThatThrownBy(() -> entry.recordSearch(parse("2027-06-03"), false)).isInstanceOf(IllegalStateException.class);
    }
}
