package app.bravo.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.bravo.security.Role;
import app.bravo.support.Api;
import app.bravo.support.DemoUser;
import app.bravo.support.LogCapture;
import app.bravo.support.RawHttp;
import app.bravo.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Every API refusal is problem details with the security headers; a 401 says how to authenticate. */
@QuarkusTest
class ApiErrorsTest {

    /** Basic credentials as a header line, for {@link RawHttp}. */
    static String basic(DemoUser user) {
        return "Authorization: Basic " + java.util.Base64.getEncoder()
                .encodeToString((user.email + ":" + DemoUser.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static long teamId() {
        return Api.as(Role.HR).get("/api/teams").then().statusCode(200).extract().jsonPath().getLong("[0].id");
    }

    private static String person(String teamId, String role) {
        return "{\"fullName\":\"Type Error\",\"email\":\"te-" + UUID.randomUUID().toString().substring(0, 6)
                + "@example.org\",\"teamId\":" + teamId + ",\"role\":" + role + "}";
    }

    @Test
    void aValueOfTheWrongTypeNamesItsField() {
        Api.as(Role.HR).contentType(ContentType.JSON).body(person("\"abc\"", "\"EMPLOYEE\"")).post("/api/people")
                .then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("status", equalTo(400))
                .body("errors.teamId", equalTo("This value is not valid."));
        Api.as(Role.HR).contentType(ContentType.JSON).body(person(Long.toString(teamId()), "\"GOD\""))
                .post("/api/people").then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors.role", equalTo("This value is not valid."))
                .body(not(containsString("GOD")))
                .body(not(containsString("jackson")));
    }

    @Test
    void aBrokenBodyIsProblemDetailsWithoutFields() {
        Api.as(Role.HR).contentType(ContentType.JSON).body("{\"fullName\":").post("/api/people").then()
                .statusCode(400).contentType(containsString("application/problem+json"))
                .body("title", equalTo("Something in the request is not right"));
    }

    @Test
    void anonymousCallerIsToldHowToAuthenticate() {
        given().accept(ContentType.JSON).get("/api/people").then().statusCode(401)
                .header("WWW-Authenticate", containsStringIgnoringCase("basic"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .contentType(containsString("application/problem+json"))
                .body("status", equalTo(401))
                .body("instance", equalTo("/api/people"));
    }

    @Test
    void wrongPasswordIsA401WithAChallengeAndABody() {
        Api.basic(DemoUser.EMPLOYEE.email, "not-the-password").get("/api/people").then().statusCode(401)
                .header("WWW-Authenticate", containsStringIgnoringCase("basic"))
                .contentType(containsString("application/problem+json"))
                .body("status", equalTo(401));
    }

    @Test
    void aPageSessionDoesNotOpenTheApiAndIsToldSo() {
        Response response = WebSession.as(Role.EMPLOYEE).request().accept(ContentType.JSON).get("/api/people");
        assertEquals(401, response.statusCode());
        assertNotNull(response.getHeader("WWW-Authenticate"));
        assertEquals(401, response.jsonPath().getInt("status"));
    }

    @Test
    void aRoleRefusedByAPathPolicyGetsABody() {
        Api.as(Role.EMPLOYEE).accept(ContentType.JSON).get("/q/metrics").then().statusCode(403)
                .body(not(equalTo("")));
        Response page = WebSession.as(Role.EMPLOYEE).get("/q/metrics");
        assertEquals(403, page.statusCode());
        assertEquals("You do not have access to this page", WebSession.html(page).selectFirst("h1").text());
    }

    /** Announced too large: refused before the body is read, with an explanation and the security headers. */
    @Test
    void aBodyOverTheLimitIsA413WithABody() {
        String request = "POST /api/people/import HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/csv\r\n"
                + "Content-Length: 13000000\r\nAccept: application/json\r\n" + basic(DemoUser.HR) + "\r\n\r\n";
        try (LogCapture logs = LogCapture.start()) {
            RawHttp.Answer api = RawHttp.send(request.getBytes(StandardCharsets.UTF_8));
            assertEquals(413, api.status());
            assertTrue(api.header("Content-Type").startsWith("application/problem+json"), api.header("Content-Type"));
            assertTrue(api.body().contains("\"status\":413"), api.body());
            assertEquals("nosniff", api.header("X-Content-Type-Options"));
            assertTrue(api.header("Content-Security-Policy").contains("default-src 'none'"));

            String pageRequest = "POST /people/import HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 13000000\r\nAccept-Language: sl\r\n\r\n";
            RawHttp.Answer page = RawHttp.send(pageRequest.getBytes(StandardCharsets.UTF_8));
            assertEquals(413, page.status());
            assertTrue(page.header("Content-Type").startsWith("text/html"), page.header("Content-Type"));
            assertEquals("To je preveč za eno pošiljanje",
                    org.jsoup.Jsoup.parse(page.body()).selectFirst("h1").text());
            assertTrue(page.header("Content-Security-Policy").contains("script-src 'self'"));
            logs.assertAtMostOneWarningEach(2);
        }
    }

    /** A form field over the field limit: the form's own 413, explained in the page's language. */
    @Test
    void aFormFieldOverTheLimitIsA413Page() {
        WebSession hr = WebSession.as(Role.HR).language("sr");
        Response response = hr.submit("/behaviours/new", "/behaviours", Map.of("nameEn", "Too long",
                "descriptionEn", "a".repeat(30_000)));
        assertEquals(413, response.statusCode());
        assertEquals("To je previše za jedno slanje", WebSession.html(response).selectFirst("h1").text());
        response.then().header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Cache-Control", notNullValue());
    }
}
