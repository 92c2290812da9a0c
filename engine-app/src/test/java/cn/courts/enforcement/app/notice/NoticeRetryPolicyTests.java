package cn.courts.enforcement.app.notice;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** How long a notice waits after a failed attempt before the dispatcher tries again. */
class NoticeRetryPolicyTests {

    @Test
    void firstRetryComesAfterThirtySecondsAndTheWaitDoublesWithEachAttempt() {
        assertThat(MailDispatcher.retryDelay(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(MailDispatcher.retryDelay(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(MailDispatcher.retryDelay(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(MailDispatcher.retryDelay(7)).isEqualTo(Duration.ofMinutes(32));
    }

    @Test
    void theWaitNeverExceedsAnHour() {
        assertThat(MailDispatcher.retryDelay(8)).isEqualTo(Duration.ofHours(1));
        assertThat(MailDispatcher.retryDelay(1000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aClaimIsHeldTenMinutesBeforeTheRecordBecomesUncertain() {
        assertThat(MailDispatcher.CLAIM_LEASE).isEqualTo(Duration.ofMinutes(10));
    }
}
