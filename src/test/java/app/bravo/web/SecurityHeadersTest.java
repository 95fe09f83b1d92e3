package app.bravo.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import app.bravo.support.Api;
import app.bravo.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import app.bravo.security.Role;
import app.bravo.support.DemoUser;
import io.restassured.response.Response;

@QuarkusTest
class SecurityHeadersTest {

    @ParameterizedTest
    @ValueSource(strings = { "/", "/people", "/no-such-page", "/people/import" })
    void pagesForbidInlineScriptAndFraming(String path) {
        Response response = WebSession.as(Role.EMPLOYEE).get(path);
        response.then()
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("same-origin"));
        org.jsoup.nodes.Document page = WebSession.html(response);
        assertTrue(page.select("script:not([src])").isEmpty(), "no inline script");
        assertTrue(page.select("style, [style]").isEmpty(), "no inline style");
        assertTrue(page.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                .noneMatch(a -> a.getKey().toLowerCase().startsWith("on")), "no on* handlers");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/login", "/api/people", "/css/bravo.css" })
    void everyOtherResponseToo(String path) {
        Api.as(Role.EMPLOYEE).get(path).then()
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }

    @org.junit.jupiter.api.Test
    void swaggerUiGetsItsOwnPolicyForItsInlineScript() {
        Api.as(Role.ADMIN).accept("text/html").get("/q/swagger-ui/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("'unsafe-inline'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }

    @org.junit.jupiter.api.Test
    void sessionCookieIsHttpOnlyAndSameSite() {
        Response login = WebSession.anonymous().request().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded")
                .formParam("j_username", DemoUser.EMPLOYEE.email).formParam("j_password", "bravo-demo")
                .post("/j_security_check");
        String cookie = login.getHeader("Set-Cookie");
        assertTrue(cookie.contains("quarkus-credential="), cookie);
        assertTrue(cookie.toLowerCase().contains("httponly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
    }
}
