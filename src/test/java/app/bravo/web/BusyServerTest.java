package app.bravo.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import app.bravo.security.Role;
import app.bravo.support.Api;
import app.bravo.support.EdgeResource;
import app.bravo.support.LogCapture;
import app.bravo.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * A server whose connection pool is empty answers 503 with Retry-After and a page that renders (no identity is
 * asked for on the I/O thread), instead of a 500. The pool here has two connections, both held by a slow request.
 */
@QuarkusTest
@TestProfile(BusyServerTest.TinyPool.class)
class BusyServerTest {

    public static class TinyPool implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Two: Flyway needs both at start-up.
            return Map.of("quarkus.datasource.jdbc.max-size", "2",
                    "quarkus.datasource.jdbc.acquisition-timeout", "1S",
                    // A public page that reads the database, so the failure also reaches the exception mappers.
                    "quarkus.http.auth.permission.test-edge.paths", "/test-only/edge/count",
                    "quarkus.http.auth.permission.test-edge.policy", "permit");
        }
    }

    @Test
    void anEmptyPoolIsA503ThatRenders() throws Exception {
        WebSession ana = WebSession.as(Role.EMPLOYEE).language("sl");
        WebSession hr = WebSession.as(Role.HR);
        assertEquals(200, ana.get("/people").statusCode());
        EdgeResource.holding = new CountDownLatch(1);
        // Held until the checks below are done, however slow a loaded machine makes them.
        EdgeResource.release = new CountDownLatch(1);
        CompletableFuture<Response> slow = CompletableFuture.supplyAsync(() -> hr.get("/test-only/edge/hold?connections=2&ms=60000"));
        assertTrue(EdgeResource.holding.await(10, TimeUnit.SECONDS), "the slow request holds the connection");

        try (LogCapture logs = LogCapture.start()) {
            Response page = ana.get("/people");
            assertEquals(503, page.statusCode());
            assertEquals("5", page.getHeader("Retry-After"));
            assertEquals("Bravo je trenutno zaseden", WebSession.html(page).selectFirst("h1").text());
            assertEquals(java.util.List.of(), page.getHeaders().getValues("Set-Cookie"), "the session is kept");
            assertTrue(page.getHeader("Content-Security-Policy").contains("script-src 'self'"));

            Api.as(Role.EMPLOYEE).get("/api/people").then().statusCode(503)
                    .header("Retry-After", equalTo("5"))
                    .contentType(containsString("application/problem+json"))
                    .body("status", equalTo(503));

            Response mapped = given().redirects().follow(false).get("/test-only/edge/count");
            assertEquals(503, mapped.statusCode());
            assertEquals("5", mapped.getHeader("Retry-After"));
            assertTrue(WebSession.html(mapped).selectFirst("h1").text().contains("busy"));

            assertEquals(200, WebSession.anonymous().get("/login").statusCode(), "what needs no database still works");
            assertTrue(logs.stackTraces().isEmpty(), "no stack trace: " + logs.stackTraces());
        } finally {
            EdgeResource.release.countDown();
        }

        assertEquals(200, slow.get(20, TimeUnit.SECONDS).statusCode());
        assertEquals(200, ana.get("/people").statusCode(), "and once the connection is free, all is well again");
    }
}
