package app.bravo.security;

import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.spi.runtime.AuthenticationFailureEvent;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

/**
 * What a refused login leaves in the browser. A session cookie that no longer leads to a session (logged out,
 * ended everywhere, the person deactivated) is deleted in the refusal, or the login page, which also reads it,
 * would keep redirecting to itself. A form login refused because of too many wrong passwords leaves a
 * one-minute note of the wait, so the login page can say so instead of "wrong password".
 */
@ApplicationScoped
public class FailedLogins {

    static final String SESSION_COOKIE = "quarkus-credential";
    static final String WAIT_COOKIE = "bravo-login-wait";

    void onFailure(@Observes AuthenticationFailureEvent event) {
        if (!(event.getEventProperties().get(RoutingContext.class.getName()) instanceof RoutingContext routing)
                || routing.response().headWritten() || !isRefusal(event.getAuthenticationFailure())) {
            // A database that cannot answer (a busy pool) is no reason to log anyone out.
            return;
        }
        if (routing.request().getCookie(SESSION_COOKIE) != null) {
            routing.response().addCookie(Cookie.cookie(SESSION_COOKIE, "").setPath("/").setMaxAge(0));
        }
        OptionalLong wait = LoginBlocked.retryAfter(event.getAuthenticationFailure());
        if (wait.isPresent() && LoginOriginGuard.isLoginPost(routing)) {
            routing.response().addCookie(Cookie.cookie(WAIT_COOKIE, String.valueOf(wait.getAsLong()))
                    .setPath("/login").setMaxAge(60).setHttpOnly(true).setSameSite(CookieSameSite.LAX));
        }
    }

    /** An authentication that was refused, as opposed to one that could not be checked. */
    static boolean isRefusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof AuthenticationFailedException) {
                return true;
            }
        }
        return false;
    }
}
