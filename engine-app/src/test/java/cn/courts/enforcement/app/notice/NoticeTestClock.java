package cn.courts.enforcement.app.notice;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The notice tests' clock: real time plus an offset the tests move forward instead of sleeping. It starts a
 * day ahead, so that another application context on the same database (the PostgreSQL suite) never finds
 * one of these tests' records due or its claim expired.
 */
final class NoticeTestClock extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ofDays(1));

    void advance(Duration duration) {
        offset.accumulateAndGet(duration, Duration::plus);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the notice test clock is UTC");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Config {

        /** Primary, in case the application defines a Clock of its own one day. */
        @Bean
        @Primary
        NoticeTestClock noticeTestClock() {
            return new NoticeTestClock();
        }
    }
}
