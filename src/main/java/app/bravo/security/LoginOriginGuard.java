package app.bravo.security;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import app.bravo.config.BravoConfig;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Login CSRF: a foreign page must not log a visitor into Bravo under the attacker's account (whatever the
 * visitor then writes would land there). Quarkus' {@code /j_security_check} takes any POST, so this route,
 * ahead of authentication, refuses a login that the browser marks as cross-site ({@code Sec-Fetch-Site}) or
 * whose {@code Origin} is neither this server nor its public address, and sends the visitor to the real login
 * page with an explanation. Clients that send neither header (scripts, old browsers) are let through; they
 * cannot be driven by a foreign page anyway.
 */
@ApplicationScoped
public class LoginOriginGuard {

    private static final Logger LOG = Logger.getLogger(LoginOriginGuard.class);
    /** Before authentication (order -200) and the form-login handler (-150). */
    static final int ORDER = -250;
    static final String POST_LOCATION = "/j_security_check";

    @Inject
    BravoConfig config;

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    /** Quarkus' form login takes a POST to any path ending in its post location, so the guard does too. */
    static boolean isLoginPost(RoutingContext routing) {
        return routing.request().method() == HttpMethod.POST && routing.normalizedPath().endsWith(POST_LOCATION);
    }

    void check(RoutingContext routing) {
        if (!isLoginPost(routing)) {
            routing.next();
            return;
        }
        String fetchSite = routing.request().getHeader("Sec-Fetch-Site");
        String origin = routing.request().getHeader("Origin");
        if (isCrossSite(fetchSite, origin, routing.request().scheme() + "://" + routing.request().authority(),
                config.publicUrl())) {
            LOG.warnf("Refused a cross-site login post (Origin %s, Sec-Fetch-Site %s)", origin, fetchSite);
            routing.response().setStatusCode(303).putHeader("Location", "/login?refused=true")
                    .putHeader("Cache-Control", "no-store").end();
            return;
        }
        routing.next();
    }

    static boolean isCrossSite(String fetchSite, String origin, String ownOrigin, String publicUrl) {
        if ("cross-site".equalsIgnoreCase(fetchSite)) {
            return true;
        }
        if (origin == null) {
            return false;
        }
        String normalised = normalise(origin);
        return normalised == null || !(normalised.equals(normalise(ownOrigin)) || normalised.equals(normalise(publicUrl)));
    }

    /** scheme://host[:port] in lower case, default ports dropped; null for "null" and anything unreadable. */
    static String normalise(String url) {
        try {
            URI uri = URI.create(url.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            return scheme + "://" + uri.getHost().toLowerCase(java.util.Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
