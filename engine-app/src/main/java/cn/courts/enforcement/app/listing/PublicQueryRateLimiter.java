package cn.courts.enforcement.app.listing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A sliding-window limit on the public dishonest-debtor query per client address, in memory: the query
 * needs no login, and without a limit it could be used to harvest the list. One node's memory is enough
 * for a demo; behind several nodes the limit belongs in the gateway.
 */
@Component
class PublicQueryRateLimiter {

    private static final long WINDOW_NANOS = 60_000_000_000L;

    private final int perMinute;
    private final Map<String, Deque<Long>> recent = new ConcurrentHashMap<>();

    PublicQueryRateLimiter(@Value("${enforcement.listing.public-query.requests-per-minute:30}") int perMinute) {
        this.perMinute = perMinute;
    }

    /** Whether the client may query now; counts the request when it may. */
    boolean tryAcquire(String client) {
        long now = System.nanoTime();
        Deque<Long> times = recent.computeIfAbsent(client, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && now - times.peekFirst() > WINDOW_NANOS) {
                times.pollFirst();
            }
            if (times.size() >= perMinute) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    int perMinute() {
        return perMinute;
    }
}
