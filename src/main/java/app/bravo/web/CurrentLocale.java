package app.bravo.web;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.LanguageHeader;
import io.vertx.ext.web.RoutingContext;

/**
 * The language of this request: the signed-in person's setting, else the language cookie, else the browser's
 * Accept-Language, else English.
 */
@Named("lang")
@RequestScoped
public class CurrentLocale {

    public static final String COOKIE = "bravo-lang";

    @Inject
    CurrentUser currentUser;

    @Inject
    RoutingContext routing;

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

    /** Typed UI texts in this request's language, for Java code (flash messages, validation, mail). */
    public AppMessages messages() {
        return MessageBundles.get(AppMessages.class, Localized.Literal.of(getCode()));
    }

    private String resolve() {
        Optional<String> fromAccount = currentUser.language().filter(Languages::isSupported);
        if (fromAccount.isPresent()) {
            return fromAccount.get();
        }
        Cookie cookie = routing.request().getCookie(COOKIE);
        if (cookie != null && Languages.isSupported(cookie.getValue())) {
            return cookie.getValue();
        }
        return routing.acceptableLanguages().stream()
                .sorted(Comparator.comparingDouble(LanguageHeader::weight).reversed())
                .map(header -> Languages.match(header.value()))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(Languages.DEFAULT);
    }
}
