package app.bravo.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import app.bravo.config.BravoConfig;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;

/**
 * The HTTP edge below RESTEasy: every request gets an answer, and every refusal a body.
 * <ul>
 * <li>Before security: an address with characters a cookie cannot hold is re-routed percent-encoded (form login
 * keeps the requested address in a cookie, and Netty refused to send it, so the request was never answered);
 * malformed Accept and Accept-Language ranges are dropped; a body announced larger than the limit gets 413 with
 * an explanation; behind TLS every cookie is Secure and HSTS can be sent.</li>
 * <li>After authentication: an anonymous request to {@code /api} gets the challenge with problem details (the
 * authorizer would send it with an empty body).</li>
 * <li>On failure (authentication, authorization, body limits, an empty connection pool): the status and headers a
 * challenge set stay (401 with WWW-Authenticate, 429 with Retry-After), a body in the reader's language or
 * problem details is added, a busy database is 503 with Retry-After, a client's mistake a one-line warning at
 * most.</li>
 * </ul>
 */
@ApplicationScoped
public class HttpEdge {

    private static final Logger LOG = Logger.getLogger(HttpEdge.class);

    /** Before CORS, authentication and authorization (their priorities, negated, are route orders) and the body limit (-2). */
    static final int BEFORE_SECURITY = -SecurityHandlerPriorities.CORS - 100;
    /** After authentication has resolved the identity (-200), before the path policies check it (-100). */
    static final int BEFORE_AUTHORIZATION = -SecurityHandlerPriorities.AUTHORIZATION - 10;

    /** The value of a {@code WWW-Authenticate} for /api when no mechanism offered one. */
    static final String API_CHALLENGE = "Basic realm=\"Bravo\"";

    private static final String WWW_AUTHENTICATE = "WWW-Authenticate";
    private static final String RETRY_AFTER = "Retry-After";

    private static final Pattern SECURE = Pattern.compile("(?i);\\s*secure\\s*(;|$)");

    @Inject
    BravoConfig config;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    void init(@Observes Router router) {
        long limit = maxBodySize.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        long hsts = config.http().hstsMaxAge();
        router.route().order(BEFORE_SECURITY).handler(routing -> guard(routing, limit, hsts));
        router.route().order(BEFORE_AUTHORIZATION).handler(HttpEdge::challengeAnonymousApi);
        router.route().order(BEFORE_SECURITY).failureHandler(HttpEdge::failed);
    }

    static void guard(RoutingContext routing, long maxBodySize, long hstsMaxAge) {
        HttpServerRequest request = routing.request();
        String safe = cookieSafe(request.uri());
        if (!safe.equals(request.uri())) {
            routing.reroute(request.method(), safe);
            return;
        }
        HttpServerResponse response = routing.response();
        if (request.isSSL()) {
            if (hstsMaxAge > 0) {
                response.putHeader("Strict-Transport-Security", "max-age=" + hstsMaxAge);
            }
            routing.addHeadersEndHandler(ignored -> secureCookies(response));
        }
        HeaderRanges.clean(request.headers());
        if (tooLarge(request.getHeader(HttpHeaders.CONTENT_LENGTH), maxBodySize)) {
            // Answer before the body arrives and close the connection, as Quarkus' own limit does, but explain.
            LOG.warnf("Refused %s %s: a body of %s bytes is over the limit", request.method(), routing.normalizedPath(),
                    request.getHeader(HttpHeaders.CONTENT_LENGTH));
            response.putHeader(HttpHeaders.CONNECTION, "close");
            response.endHandler(ignored -> request.connection().close());
            EdgeAnswers.send(routing, 413, null);
            return;
        }
        routing.next();
    }

    private static boolean tooLarge(String contentLength, long limit) {
        if (contentLength == null) {
            return false;
        }
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * The request target with every character a cookie value cannot hold (RFC 6265 cookie-octet: no controls,
     * space, {@code " , ; \}, DEL or non-ASCII) percent-encoded. Bytes of the request line arrive as chars
     * 0-255 and are encoded as such, so UTF-8 stays UTF-8.
     */
    static String cookieSafe(String uri) {
        StringBuilder safe = null;
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            boolean ok = c > 0x20 && c < 0x7f && c != '"' && c != ',' && c != ';' && c != '\\';
            if (ok) {
                if (safe != null) {
                    safe.append(c);
                }
                continue;
            }
            if (safe == null) {
                safe = new StringBuilder(uri.length() + 16).append(uri, 0, i);
            }
            byte[] bytes = c <= 0xff ? new byte[] { (byte) c } : String.valueOf(c).getBytes(StandardCharsets.UTF_8);
            for (byte b : bytes) {
                safe.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return safe == null ? uri : safe.toString();
    }

    /** Behind TLS no cookie may travel in clear: those RESTEasy writes as headers get {@code Secure} here. */
    static void secureCookies(HttpServerResponse response) {
        List<String> cookies = response.headers().getAll(HttpHeaders.SET_COOKIE);
        if (cookies.isEmpty() || cookies.stream().allMatch(c -> SECURE.matcher(c).find())) {
            return;
        }
        response.headers().remove(HttpHeaders.SET_COOKIE);
        for (String cookie : cookies) {
            response.headers().add(HttpHeaders.SET_COOKIE, SECURE.matcher(cookie).find() ? cookie : cookie + "; Secure");
        }
    }

    /**
     * Nothing under /api is open to anonymous callers (the {@code api} permission). Quarkus' authorizer would send
     * the challenge and end the response without a body; answering here keeps the challenge (or offers Basic when
     * no mechanism has one, since a 401 must name a scheme) and adds problem details.
     */
    static void challengeAnonymousApi(RoutingContext routing) {
        if (!ErrorMapper.isApi(routing.normalizedPath())
                || (routing.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous())) {
            routing.next();
            return;
        }
        HttpAuthenticator authenticator = routing.get(HttpAuthenticator.class.getName());
        Uni<ChallengeData> challenge = authenticator == null ? Uni.createFrom().nullItem()
                : authenticator.getChallenge(routing);
        challenge.subscribe().with(data -> {
            int status = 401;
            if (data != null && data.status >= 400 && data.status < 500) {
                status = data.status;
                data.getHeaders().forEach((name, value) -> routing.response().headers().set(name, value));
            }
            // An API client cannot follow a redirect to the login page: a challenge of that kind counts as none.
            if (status == 401 && !routing.response().headers().contains(WWW_AUTHENTICATE)) {
                routing.response().headers().set(WWW_AUTHENTICATE, API_CHALLENGE);
            }
            if (!routing.request().isEnded()) {
                routing.request().resume();
            }
            EdgeAnswers.send(routing, status, null);
        }, routing::fail);
    }

    /** Every failure that reached the HTTP layer: see the class comment. */
    static void failed(RoutingContext routing) {
        HttpServerResponse response = routing.response();
        if (response.ended() || response.closed()) {
            return;
        }
        Throwable failure = routing.failure();
        int preset = response.getStatusCode();
        String where = routing.request().method() + " " + routing.normalizedPath();
        if (preset >= 300 && preset < 400 && response.headers().contains(HttpHeaders.LOCATION)) {
            // A challenge that redirects (form login): nothing to explain.
            response.end();
            return;
        }
        int status;
        String reference = null;
        if (failure != null && Failures.databaseUnavailable(failure)) {
            status = 503;
            response.headers().remove(WWW_AUTHENTICATE);
            response.putHeader(RETRY_AFTER, Failures.RETRY_AFTER_SECONDS);
            // A busy server changes nothing for the client either: no cookie is set or deleted (a failed
            // authentication would otherwise end the session of everyone who asked while the pool was empty).
            List.copyOf(routing.request().cookies()).forEach(cookie -> response.removeCookie(cookie.getName(), false));
            LOG.warnf("Busy: no database connection for %s", where);
        } else if (failure != null && Failures.unstorableText(failure)) {
            status = 400;
        } else if (preset >= 400 && preset < 500) {
            // The challenge of an authentication mechanism set it (401 with WWW-Authenticate, 429 with Retry-After).
            status = preset;
        } else if (failure instanceof AuthenticationException || failure instanceof UnauthorizedException) {
            status = 401;
        } else if (failure instanceof ForbiddenException) {
            status = 403;
        } else if (routing.statusCode() >= 400) {
            status = routing.statusCode();
        } else if (failure instanceof HttpException http) {
            status = http.getStatusCode();
        } else if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            status = web.getResponse().getStatus();
        } else if (failure != null && Failures.formFieldTooLong(failure)) {
            status = 413;
        } else if (failure != null && Failures.malformedEncoding(failure)) {
            status = 400;
        } else {
            status = 500;
        }
        if (status >= 500 && status != 503) {
            reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.errorf(failure, "Unexpected error %s on %s", reference, where);
        } else if (status == 400 || status == 413) {
            LOG.warnf("Refused %s with %d: %s", where, status,
                    failure == null ? "status " + routing.statusCode() : failure.getClass().getSimpleName());
        }
        if (status == 401 && ErrorMapper.isApi(routing.normalizedPath())
                && !response.headers().contains(WWW_AUTHENTICATE)) {
            response.headers().set(WWW_AUTHENTICATE, API_CHALLENGE);
        }
        EdgeAnswers.send(routing, status, reference);
    }
}
