package app.bravo.security;

import java.util.Map;
import java.util.OptionalLong;

import io.quarkus.security.AuthenticationFailedException;

/**
 * A password attempt refused unchecked because the login name or the address is blocked for a while: an
 * authentication failure that carries the wait, for the 429 Retry-After on the API and the login page's note.
 */
final class LoginBlocked {

    static final String RETRY_AFTER = "bravo.retry-after-seconds";

    private LoginBlocked() {
    }

    static AuthenticationFailedException failure(long retryAfterSeconds) {
        return new AuthenticationFailedException("login blocked for " + retryAfterSeconds + " s",
                Map.of(RETRY_AFTER, retryAfterSeconds));
    }

    /** The wait of a blocked attempt, found along the causes; empty for any other failure. */
    static OptionalLong retryAfter(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof AuthenticationFailedException refused
                    && refused.getAttribute(RETRY_AFTER) instanceof Long seconds) {
                return OptionalLong.of(seconds);
            }
        }
        return OptionalLong.empty();
    }
}
