package app.bravo.web;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * One-shot message carried across a Post/Redirect/Get in a short-lived cookie. The text is already localised
 * when it is set and is printed escaped, so a forged cookie can only show its sender a harmless line.
 */
@Named("flash")
@RequestScoped
public class Flash {

    static final String COOKIE = "bravo-flash";

    @Inject
    RoutingContext routing;

    private boolean consumed;
    private String message;

    /** For the layout: {@code inject:flash.message}. */
    public String getMessage() {
        if (!consumed) {
            message = consume();
        }
        return message;
    }

    /** 303 See Other to the page, with a message for its next rendering. */
    public static Response redirect(String location, String message) {
        Response.ResponseBuilder response = Response.seeOther(URI.create(location));
        if (message != null) {
            response.cookie(new NewCookie.Builder(COOKIE)
                    .value(URLEncoder.encode(message, StandardCharsets.UTF_8))
                    .path("/").maxAge(60).httpOnly(true).sameSite(NewCookie.SameSite.LAX).build());
        }
        return response.build();
    }

    /** The message waiting for this request, if any; the cookie is cleared in the same response. */
    public String consume() {
        Cookie cookie = routing.request().getCookie(COOKIE);
        if (cookie == null || consumed) {
            return null;
        }
        consumed = true;
        routing.response().addCookie(Cookie.cookie(COOKIE, "").setPath("/").setMaxAge(0).setHttpOnly(true)
                .setSecure(routing.request().isSSL()));
        String text;
        try {
            text = URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // Not what redirect() wrote (a bad percent-escape): a lost notice, not a reason to fail the page.
            return null;
        }
        return text.length() > 300 ? text.substring(0, 300) : text;
    }
}
