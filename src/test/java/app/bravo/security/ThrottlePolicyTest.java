package app.bravo.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The blocking rule itself, without Quarkus: limits, doubling, the cap, and the window. */
class ThrottlePolicyTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private final ThrottlePolicy policy = new ThrottlePolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(1),
            Duration.ofMinutes(15));

    private ThrottlePolicy.State failures(int count, Instant at) {
        ThrottlePolicy.State state = null;
        for (int i = 0; i < count; i++) {
            state = policy.afterFailure(state, at);
        }
        return state;
    }

    @Test
    void belowTheLimitNothingIsBlocked() {
        ThrottlePolicy.State state = failures(4, T0);
        assertEquals(4, state.failures());
        assertNull(state.blockedUntil());
    }

    @Test
    void theLimitBlocksForTheFirstBlock() {
        assertEquals(T0.plus(Duration.ofMinutes(1)), failures(5, T0).blockedUntil());
    }

    @Test
    void eachFurtherFailureDoublesTheBlockUpToTheCap() {
        assertEquals(T0.plus(Duration.ofMinutes(2)), failures(6, T0).blockedUntil());
        assertEquals(T0.plus(Duration.ofMinutes(4)), failures(7, T0).blockedUntil());
        assertEquals(T0.plus(Duration.ofMinutes(8)), failures(8, T0).blockedUntil());
        assertEquals(T0.plus(Duration.ofMinutes(15)), failures(9, T0).blockedUntil(), "capped");
        assertEquals(T0.plus(Duration.ofMinutes(15)), failures(40, T0).blockedUntil(), "never longer");
    }

    @Test
    void aFailureAfterTheWindowStartsCountingAgain() {
        ThrottlePolicy.State blocked = failures(5, T0);
        ThrottlePolicy.State later = policy.afterFailure(blocked, T0.plus(Duration.ofMinutes(16)));
        assertEquals(1, later.failures());
        assertNull(later.blockedUntil(), "an old block does not come back");
    }

    @Test
    void retryAfterCountsWholeSecondsAndNeverZeroWhileBlocked() {
        assertEquals(0, ThrottlePolicy.secondsLeft(null, T0));
        assertEquals(0, ThrottlePolicy.secondsLeft(T0, T0));
        assertEquals(60, ThrottlePolicy.secondsLeft(T0.plusSeconds(60), T0));
        assertEquals(1, ThrottlePolicy.secondsLeft(T0.plusMillis(10), T0));
    }
}
