package app.bravo.i18n;

import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * The language of this web request: the signed-in person's setting, else the language cookie, else the
 * browser's Accept-Language, else English. Only the edge (resources, error pages) asks; services hand back a
 * {@link Text} and stay free of the request.
 */
@Named("lang")
@RequestScoped
public class CurrentLocale {

    public static final String COOKIE = "bravo-lang";

    @Inject
    CurrentVertxRequest request;

    private String code;

    public String getCode() {
        if (code == null) {
            code = resolve();
        }
        return code;
    }

    /** For {@code <html lang>}: Serbian is written in Latin script here. */
    public String getHtmlLang() {
        return "sr".equals(getCode()) ? "sr-Latn" : getCode();
    }

    public Locale locale() {
        return Locale.forLanguageTag(getCode());
    }

    /** A feature's typed texts in this request's language. */
    public <B> B messages(Class<B> bundle) {
        return Messages.get(bundle, getCode());
    }

    public String text(Text text) {
        return text.in(getCode());
    }

    private String resolve() {
        RoutingContext routing = request.getCurrent();
        if (routing == null) {
            return Languages.DEFAULT;
        }
        // The identity as the HTTP layer resolved it: never blocks, also on an error page after a failure.
        if (routing.user() instanceof QuarkusHttpUser user) {
            SecurityIdentity identity = user.getSecurityIdentity();
            String chosen = identity.getAttribute(Languages.IDENTITY_ATTRIBUTE);
            if (Languages.isSupported(chosen)) {
                return chosen;
            }
        }
        return of(routing);
    }

    /** The language of a request as far as it can be told without CDI (bare error pages from the HTTP layer). */
    public static String of(RoutingContext routing) {
        Cookie cookie = routing.request().getCookie(COOKIE);
        if (cookie != null && Languages.isSupported(cookie.getValue())) {
            return cookie.getValue();
        }
        return Optional.ofNullable(routing.request().getHeader("Accept-Language"))
                .flatMap(Languages::fromAcceptLanguage).orElse(Languages.DEFAULT);
    }
}
