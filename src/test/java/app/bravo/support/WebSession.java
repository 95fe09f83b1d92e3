package app.bravo.support;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import app.bravo.security.Role;
import io.restassured.RestAssured;
import io.restassured.config.RestAssuredConfig;
import io.restassured.filter.Filter;
import io.restassured.http.ContentType;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A browser-like session for page tests: real form login, cookies kept between requests (and deleted when the
 * server says so), and the CSRF token read from the page like a browser would submit it.
 */
public final class WebSession {

    public static final String SESSION_COOKIE = "quarkus-credential";

    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String language = "en";

    private final Filter cookieJar = (request, response, context) -> {
        if (!cookies.isEmpty() && !request.getHeaders().hasHeaderWithName("Cookie")) {
            cookies.forEach(request::cookie);
        }
        Response answer = context.next(request, response);
        for (Cookie cookie : answer.getDetailedCookies()) {
            if (cookie.getMaxAge() == 0 || cookie.getValue() == null || cookie.getValue().isEmpty()) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        }
        return answer;
    };

    private WebSession() {
    }

    public static WebSession anonymous() {
        return new WebSession();
    }

    /** Logged in as the demo account of a role. */
    public static WebSession as(Role role) {
        return as(DemoUser.of(role));
    }

    public static WebSession as(DemoUser user) {
        return login(user.email, DemoUser.PASSWORD);
    }

    public static WebSession login(String email, String password) {
        WebSession session = new WebSession();
        session.get("/login");
        Response response = session.postLogin(email, password);
        String location = response.getHeader("Location");
        if (response.statusCode() != 302 || location == null || location.contains("error")) {
            throw new AssertionError("login of " + email + " failed: " + response.statusCode() + " " + location);
        }
        return session;
    }

    /** Posts the login form as a browser does; not following the redirect. */
    public Response postLogin(String email, String password) {
        return request().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", email).formParam("j_password", password).post("/j_security_check");
    }

    /** Another browser holding a copy of this session's cookie, as a thief or a second device would. */
    public WebSession copy() {
        WebSession copy = new WebSession();
        copy.cookies.putAll(cookies);
        copy.language = language;
        return copy;
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public WebSession language(String acceptLanguage) {
        this.language = acceptLanguage;
        return this;
    }

    /**
     * Forms go out as a browser sends them from a UTF-8 page: UTF-8 bytes, no charset parameter. (REST Assured's
     * default would encode them as ISO-8859-1, turning every Serbian letter outside Latin-1 into "?".)
     */
    private static RestAssuredConfig browserLike() {
        return RestAssured.config().encoderConfig(RestAssured.config().getEncoderConfig()
                .defaultCharsetForContentType("UTF-8", ContentType.URLENC)
                .appendDefaultContentCharsetToContentTypeIfUndefined(false));
    }

    public RequestSpecification request() {
        return given().config(browserLike()).filter(cookieJar).header("Accept-Language", language);
    }

    public Response get(String path) {
        return request().redirects().follow(false).get(path);
    }

    /** Whether this session still opens a page that needs a login (the alternative is the login page). */
    public boolean isLoggedIn() {
        Response response = get("/account");
        if (response.statusCode() == 200) {
            return true;
        }
        String location = response.getHeader("Location");
        if (response.statusCode() == 302 && location != null && location.endsWith("/login")) {
            return false;
        }
        throw new AssertionError("GET /account answered " + response.statusCode() + " " + location);
    }

    public Document page(String path) {
        Response response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode());
        }
        return Jsoup.parse(response.asString());
    }

    /** The CSRF token of the first form on the page, as a browser would send it. */
    public String csrfToken(String pagePath) {
        Element input = page(pagePath).selectFirst("input[name=csrf-token]");
        if (input == null) {
            throw new AssertionError("no CSRF token on " + pagePath);
        }
        return input.attr("value");
    }

    /** Posts a form from {@code pagePath} to {@code action} with its CSRF token, not following the redirect. */
    public Response submit(String pagePath, String action, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("csrf-token", csrfToken(pagePath));
        return postForm(action, form);
    }

    /** Posts exactly these fields: no token is added. */
    public Response postForm(String action, Map<String, String> fields) {
        return request().redirects().follow(false).contentType(ContentType.URLENC).formParams(fields).post(action);
    }

    public static Document html(Response response) {
        return Jsoup.parse(response.asString());
    }
}
