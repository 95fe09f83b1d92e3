package app.bravo.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import org.junit.jupiter.api.Test;

import app.bravo.support.DemoUser;
import app.bravo.support.WebSession;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** A foreign page cannot log a visitor in under someone else's account (login CSRF). */
@QuarkusTest
class LoginCsrfTest {

    @TestHTTPResource("/")
    URL base;

    private static Response login(WebSession browser, String header, String value) {
        return browser.request().redirects().follow(false).header(header, value).contentType(ContentType.URLENC)
                .formParam("j_username", DemoUser.EMPLOYEE.email).formParam("j_password", DemoUser.PASSWORD)
                .post("/j_security_check");
    }

    @Test
    void aLoginPostedFromAnotherSiteIsRefused() {
        WebSession victim = WebSession.anonymous();
        Response refused = login(victim, "Origin", "https://evil.example");
        assertEquals(303, refused.statusCode());
        assertTrue(refused.getHeader("Location").endsWith("/login?refused=true"));
        assertNull(victim.cookie(WebSession.SESSION_COOKIE), "no session was started");
        String message = victim.page("/login?refused=true").select(".alert--error").text();
        assertTrue(message.contains("came from another website"), message);
    }

    @Test
    void theBrowsersCrossSiteMarkIsEnough() {
        WebSession victim = WebSession.anonymous();
        assertEquals(303, login(victim, "Sec-Fetch-Site", "cross-site").statusCode());
        assertNull(victim.cookie(WebSession.SESSION_COOKIE));
        assertEquals(303, login(WebSession.anonymous(), "Origin", "null").statusCode(), "a hidden origin too");
    }

    @Test
    void ourOwnLoginPageStillLogsIn() {
        String own = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        WebSession browser = WebSession.anonymous();
        Response ok = login(browser, "Origin", own);
        assertEquals(302, ok.statusCode());
        assertFalse(ok.getHeader("Location").contains("error"));
        assertTrue(browser.isLoggedIn());
        assertTrue(browser.copy().isLoggedIn());
        WebSession sameOrigin = WebSession.anonymous();
        assertEquals(302, login(sameOrigin, "Sec-Fetch-Site", "same-origin").statusCode());
        assertTrue(sameOrigin.isLoggedIn());
    }

    @Test
    void originsAreComparedBySchemeHostAndPort() {
        String own = "http://bravo.example:8080";
        assertFalse(LoginOriginGuard.isCrossSite(null, null, own, own), "no headers: a script, not a browser");
        assertFalse(LoginOriginGuard.isCrossSite("same-origin", "HTTP://Bravo.Example:8080", own, own));
        assertFalse(LoginOriginGuard.isCrossSite("none", null, own, own), "typed or bookmarked");
        assertFalse(LoginOriginGuard.isCrossSite(null, "https://bravo.example", "http://internal:8080",
                "https://bravo.example:443"), "the public address behind a proxy");
        assertTrue(LoginOriginGuard.isCrossSite(null, "http://bravo.example:9090", own, own), "another port");
        assertTrue(LoginOriginGuard.isCrossSite(null, "https://bravo.example:8080", own, own), "another scheme");
        assertTrue(LoginOriginGuard.isCrossSite(null, "http://bravo.example.evil.example:8080", own, own));
        assertTrue(LoginOriginGuard.isCrossSite("cross-site", own, own, own), "the browser knows better");
    }
}
