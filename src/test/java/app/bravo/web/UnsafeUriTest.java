package app.bravo.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import app.bravo.support.DemoUser;
import app.bravo.support.LogCapture;
import app.bravo.support.RawHttp;
import app.bravo.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;

/**
 * Form login remembers the requested address in a cookie, and a cookie cannot hold every character an address
 * can: such a request used to get no answer at all. Every request is answered, quickly.
 */
@QuarkusTest
class UnsafeUriTest {

    /** A client that gives up after a second, so a request that is never answered fails the test. */
    private static RestAssuredConfig impatient() {
        return RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.connection.timeout", 1000).setParam("http.socket.timeout", 1000));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/audit;x", "/people;x", "/people?q=a,b", "/people?q=a;b", "/people?q=%22x%22" })
    void anonymousRequestToAProtectedPathIsSentToTheLoginPage(String path) {
        try (LogCapture logs = LogCapture.start()) {
            Response response = given().config(impatient()).urlEncodingEnabled(false).redirects().follow(false)
                    .get(path);
            assertEquals(302, response.statusCode(), path);
            assertTrue(response.getHeader("Location").endsWith("/login"), response.getHeader("Location"));
            String cookie = response.getHeader("Set-Cookie");
            assertTrue(cookie != null && cookie.startsWith("quarkus-redirect-location="), cookie);
            logs.assertAtMostOneWarningEach(0);
        }
    }

    /**
     * What no client library sends but a socket can. Vert.x itself refuses raw quotes, backslashes and UTF-8 bytes
     * in the request line with a 400 before any handler runs; the rest goes to the login page like any address.
     */
    @ParameterizedTest
    @ValueSource(strings = { "/people?q=\"x\"", "/people?q=a\\b", "/people/\u0160ef", "/audit;x,y", "/people;a=\"b\"" })
    void rawUnsafeCharactersAreAnsweredToo(String target) {
        try (LogCapture logs = LogCapture.start()) {
            RawHttp.Answer answer = RawHttp.get(target);
            assertTrue(answer.status() == 302 || answer.status() == 400, target + " answered " + answer.status());
            if (answer.status() == 302) {
                assertTrue(answer.header("Location").endsWith("/login"), answer.header("Location"));
            }
            logs.assertAtMostOneWarningEach(0);
        }
    }

    @org.junit.jupiter.api.Test
    void afterLoginThePersonLandsOnTheAddressTheyAskedFor() {
        WebSession visitor = WebSession.anonymous();
        Response first = visitor.request().config(impatient()).urlEncodingEnabled(false).redirects().follow(false)
                .get("/people?q=a,b");
        assertEquals(302, first.statusCode());
        visitor.get("/login");
        Response login = visitor.request().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", DemoUser.EMPLOYEE.email).formParam("j_password", DemoUser.PASSWORD)
                .post("/j_security_check");
        assertEquals(302, login.statusCode());
        assertTrue(login.getHeader("Location").endsWith("/people?q=a%2Cb"), login.getHeader("Location"));
        assertEquals(200, visitor.get("/people?q=a%2Cb").statusCode());
    }
}
