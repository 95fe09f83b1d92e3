package app.bravo.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.security.spi.runtime.AuthenticationFailureEvent;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * A session cookie that no longer leads to an account (the person was deactivated, or their e-mail, which is
 * their login, was changed) is deleted in the answer that refuses it; otherwise the login page, which also
 * reads the cookie, would keep redirecting to itself until the cookie expired.
 */
@ApplicationScoped
public class StaleSessionCleaner {

    static final String SESSION_COOKIE = "quarkus-credential";

    void onFailure(@Observes AuthenticationFailureEvent event) {
        if (event.getEventProperties().get(RoutingContext.class.getName()) instanceof RoutingContext routing
                && routing.request().getCookie(SESSION_COOKIE) != null && !routing.response().headWritten()) {
            routing.response().addCookie(Cookie.cookie(SESSION_COOKIE, "").setPath("/").setMaxAge(0));
        }
    }
}
