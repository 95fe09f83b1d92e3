package app.bravo.security;

import java.time.Duration;
import java.time.Instant;

/**
 * How failed password attempts turn into blocks; pure, so it is tested without Quarkus. Failures are counted
 * in a window; from the limit on, each further failure blocks the key for {@code firstBlock}, doubled for every
 * failure beyond the limit, never longer than {@code maxBlock}. Attempts refused while blocked are not
 * counted: a guesser who keeps trying only meets the same short block again, and the person it belongs to
 * gets back in within minutes.
 */
public record ThrottlePolicy(int limit, Duration window, Duration firstBlock, Duration maxBlock) {

    /** What is stored per key. */
    public record State(int failures, Instant windowStart, Instant blockedUntil) {
    }

    /** The state after one more wrong password at {@code now}. */
    public State afterFailure(State current, Instant now) {
        boolean fresh = current == null || current.windowStart().plus(window).isBefore(now);
        int failures = fresh ? 1 : current.failures() + 1;
        Instant windowStart = fresh ? now : current.windowStart();
        Instant blockedUntil = fresh ? null : current.blockedUntil();
        if (failures >= limit) {
            blockedUntil = now.plus(blockFor(failures - limit));
        }
        return new State(failures, windowStart, blockedUntil);
    }

    /** The block after {@code extra} failures beyond the limit: first, doubled each time, capped. */
    Duration blockFor(int extra) {
        Duration block = firstBlock;
        for (int i = 0; i < extra && block.compareTo(maxBlock) < 0; i++) {
            block = block.multipliedBy(2);
        }
        return block.compareTo(maxBlock) > 0 ? maxBlock : block;
    }

    /** Seconds until {@code blockedUntil}, at least 1, for Retry-After; 0 when not blocked. */
    public static long secondsLeft(Instant blockedUntil, Instant now) {
        if (blockedUntil == null || !blockedUntil.isAfter(now)) {
            return 0;
        }
        return Math.max(1, (Duration.between(now, blockedUntil).toMillis() + 999) / 1000);
    }
}
