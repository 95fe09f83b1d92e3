package app.bravo.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import app.bravo.security.Role;
import app.bravo.support.Api;
import app.bravo.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Personal data stays out of caches; static files stay cacheable; cookies say where they may go. */
@QuarkusTest
class CachingTest {

    @ParameterizedTest
    @ValueSource(strings = { "/", "/people", "/teams", "/behaviours", "/no-such-page", "/account/password" })
    void pagesAreNeverStored(String path) {
        Response response = WebSession.as(Role.EMPLOYEE).get(path);
        assertEquals("no-store", response.getHeader("Cache-Control"), path);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/people", "/api/teams", "/api/behaviours", "/api/people/987654" })
    void apiAnswersAreNeverStored(String path) {
        Api.as(Role.EMPLOYEE).get(path).then().header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void refusalsAreNotStoredEither() {
        io.restassured.RestAssured.given().get("/api/people").then().statusCode(401)
                .header("Cache-Control", equalTo("no-store"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/css/bravo.css", "/js/bravo.js", "/favicon.svg", "/_static/htmx.org/dist/htmx.min.js" })
    void staticFilesStayCacheable(String path) {
        Response response = io.restassured.RestAssured.given().get(path);
        assertEquals(200, response.statusCode(), path);
        String cache = response.getHeader("Cache-Control");
        assertFalse(cache != null && cache.contains("no-store"), path + ": " + cache);
    }

    @Test
    void csrfCookieIsSameSiteLax() {
        Response login = WebSession.anonymous().get("/login");
        String cookie = login.getHeaders().getValues("Set-Cookie").stream().filter(c -> c.startsWith("bravo-csrf="))
                .findFirst().orElseThrow(() -> new AssertionError("no CSRF cookie: " + login.getHeaders()));
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
        assertTrue(cookie.toLowerCase().contains("httponly"), cookie);
        assertFalse(cookie.toLowerCase().contains("secure"), "plain HTTP without a proxy: " + cookie);
    }

    @Test
    void noHstsOverPlainHttp() {
        WebSession.anonymous().request().get("/login").then().header("Strict-Transport-Security",
                not(containsString("max-age")));
    }
}
