package app.bravo.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.bravo.support.DemoUser;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Behind a proxy that terminates TLS (the README's settings, switched on as BRAVO_PROXY and BRAVO_HSTS_MAX_AGE
 * would): every cookie is Secure and HSTS is sent on what the proxy reports as HTTPS, and not on plain HTTP.
 */
@QuarkusTest
@TestProfile(BehindProxyTest.Proxy.class)
class BehindProxyTest {

    public static class Proxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.enable-forwarded-host", "true",
                    "bravo.http.hsts-max-age", "31536000");
        }
    }

    /**
     * Through the "proxy": the test talks plain HTTP to the application and says, like the proxy would, that the
     * browser used HTTPS. REST Assured would keep Secure cookies to itself over plain HTTP, so they are carried
     * by hand, as the browser would over HTTPS.
     */
    private static RequestSpecification viaTls(Map<String, String> cookies) {
        return given().cookies(cookies).header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "bravo.example").redirects().follow(false);
    }

    private static Response keep(Map<String, String> cookies, Response response) {
        response.getDetailedCookies().forEach(c -> cookies.put(c.getName(), c.getValue()));
        return response;
    }

    private static List<String> setCookies(Response response) {
        return response.getHeaders().getValues("Set-Cookie");
    }

    private static void allSecure(Response response) {
        List<String> cookies = setCookies(response);
        assertFalse(cookies.isEmpty(), "the answer sets cookies");
        for (String cookie : cookies) {
            assertTrue(cookie.toLowerCase().matches(".*;\\s*secure(;.*|$)"), cookie);
        }
    }

    @Test
    void everyCookieIsSecureAndHstsIsSentOverTls() {
        Map<String, String> cookies = new java.util.HashMap<>();
        Response loginPage = keep(cookies, viaTls(cookies).get("/login"));
        assertEquals(200, loginPage.statusCode());
        assertEquals("max-age=31536000", loginPage.getHeader("Strict-Transport-Security"));
        allSecure(loginPage);
        String token = org.jsoup.Jsoup.parse(loginPage.asString()).selectFirst("input[name=csrf-token]").attr("value");

        Response language = keep(cookies, viaTls(cookies).contentType(ContentType.URLENC)
                .formParams(Map.of("lang", "sl", "back", "/login", "csrf-token", token)).post("/language"));
        assertEquals(303, language.statusCode());
        assertTrue(language.getHeader("Location").startsWith("https://bravo.example/"), language.getHeader("Location"));
        allSecure(language);

        Response login = viaTls(cookies).contentType(ContentType.URLENC)
                .formParam("j_username", DemoUser.EMPLOYEE.email).formParam("j_password", DemoUser.PASSWORD)
                .post("/j_security_check");
        assertEquals(302, login.statusCode());
        allSecure(login);
        assertEquals("max-age=31536000", login.getHeader("Strict-Transport-Security"));
    }

    @Test
    void plainHttpGetsNeitherHstsNorSecureCookies() {
        CookieFilter cookies = new CookieFilter();
        Response loginPage = given().filter(cookies).get("/login");
        assertNull(loginPage.getHeader("Strict-Transport-Security"));
        String token = org.jsoup.Jsoup.parse(loginPage.asString()).selectFirst("input[name=csrf-token]").attr("value");
        Response language = given().filter(cookies).redirects().follow(false).contentType(ContentType.URLENC)
                .formParams(Map.of("lang", "sl", "back", "/login", "csrf-token", token)).post("/language");
        assertTrue(setCookies(language).stream().noneMatch(c -> c.toLowerCase().contains("secure")), setCookies(language).toString());
    }
}
