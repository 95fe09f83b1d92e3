package app.bravo.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.bravo.people.StaffImport;
import app.bravo.security.Role;
import app.bravo.support.Api;
import app.bravo.support.DemoUser;
import app.bravo.support.RawHttp;
import app.bravo.support.LogCapture;
import app.bravo.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Input a person or client got wrong (or forged) is the client's fault: 400 with the page in their language or
 * problem details, nothing written, and at most a one-line warning in the log, never a stack trace. Headers a
 * browser sends on its own (Accept, Accept-Language) and the flash cookie are read leniently instead: the page
 * still comes, in the best language that can be read.
 */
@QuarkusTest
class MalformedInputTest {

    private static String tag() {
        return "edge" + UUID.randomUUID().toString().substring(0, 6);
    }

    private static long teamsStartingWith(String prefix) {
        return Api.as(Role.HR).get("/api/teams").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.name.startsWith('" + prefix + "') }").size();
    }

    private static long peopleMatching(String text) {
        return Api.as(Role.HR).get("/api/people?q=" + text).then().statusCode(200).extract().jsonPath()
                .getLong("total");
    }

    /** A form body exactly as given, with the page's CSRF token appended. */
    private static Response postRaw(WebSession session, String page, String action, String body) {
        String token = session.csrfToken(page);
        return session.request().redirects().follow(false).contentType(ContentType.URLENC)
                .body(body + "&csrf-token=" + token).post(action);
    }

    @Test
    void badPercentEscapeInAFormFieldIsA400InTheReadersLanguage() {
        WebSession visitor = WebSession.anonymous().language("sr");
        try (LogCapture logs = LogCapture.start()) {
            Response response = postRaw(visitor, "/login", "/language", "lang=%zz&back=/login");
            assertEquals(400, response.statusCode());
            assertEquals("Nešto u zahtevu nije u redu", WebSession.html(response).selectFirst("h1").text());
            assertTrue(response.getHeaders().getValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("bravo-lang=")),
                    "the language was not changed");
            logs.assertAtMostOneWarningEach(1);
        }
    }

    @Test
    void badPercentEscapeInAWriteChangesNothing() {
        WebSession hr = WebSession.as(Role.HR);
        String name = tag();
        try (LogCapture logs = LogCapture.start()) {
            Response response = postRaw(hr, "/teams/new", "/teams", "name=" + name + "&department=Edge%zz");
            assertEquals(400, response.statusCode());
            logs.assertAtMostOneWarningEach(1);
        }
        assertEquals(0, teamsStartingWith(name));
    }

    @Test
    void mangledTokenEncodingIsARefusalNotAServerError() {
        WebSession hr = WebSession.as(Role.HR);
        hr.get("/teams/new");
        String name = tag();
        try (LogCapture logs = LogCapture.start()) {
            Response response = hr.request().redirects().follow(false).contentType(ContentType.URLENC)
                    .body("name=" + name + "&department=Edge&csrf-token=%%%%").post("/teams");
            assertEquals(400, response.statusCode());
            assertNotEquals(null, WebSession.html(response).selectFirst("h1"));
            logs.assertAtMostOneWarningEach(1);
        }
        assertEquals(0, teamsStartingWith(name));
    }

    /** The session cookie of a fresh login, for requests no client library will send (see {@link RawHttp}). */
    static String sessionCookie(DemoUser user) {
        Response login = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", user.email).formParam("j_password", DemoUser.PASSWORD)
                .post("/j_security_check");
        return "Cookie: quarkus-credential=" + login.getCookie("quarkus-credential");
    }

    static String basic(DemoUser user) {
        return "Authorization: Basic " + java.util.Base64.getEncoder()
                .encodeToString((user.email + ":" + DemoUser.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Quarkus checks the request target before any handler runs and answers one that is not a valid URI (a bad
     * escape in the query, raw quotes) with a bare 400 at once; no application code sees it.
     */
    @Test
    void badPercentEscapeInTheQueryIsA400() {
        try (LogCapture logs = LogCapture.start()) {
            assertEquals(400, RawHttp.get("/api/people?q=%zz", basic(DemoUser.EMPLOYEE)).status());
            assertEquals(400, RawHttp.get("/people?q=%zz", sessionCookie(DemoUser.EMPLOYEE)).status());
            logs.assertAtMostOneWarningEach(0);
        }
    }

    @Test
    void unreadableFlashCookieIsDroppedNotAServerError() {
        try (LogCapture logs = LogCapture.start()) {
            Response response = given().cookie("bravo-flash", "%zz").redirects().follow(false).get("/login");
            assertEquals(200, response.statusCode());
            assertTrue(response.getHeaders().getValues("Set-Cookie").stream()
                    .anyMatch(c -> c.startsWith("bravo-flash=;") && c.contains("Max-Age=0")), "and it is cleared");
            assertTrue(WebSession.html(response).select(".flash").isEmpty());
            logs.assertAtMostOneWarningEach(0);
        }
    }

    @ParameterizedTest(name = "Accept-Language \"{0}\" gives {1}")
    @CsvSource(delimiter = '|', value = {
            "en;q=abc|en|Log in to Bravo",
            "sl;q=abc, sr|sr-Latn|Prijava u Bravo",
            ";;;|en|Log in to Bravo",
            ",,,|en|Log in to Bravo",
            "en;q=|en|Log in to Bravo",
            "sl;q=2, sr;q=0.5|sr-Latn|Prijava u Bravo" })
    void malformedAcceptLanguageStillGetsThePage(String header, String lang, String heading) {
        try (LogCapture logs = LogCapture.start()) {
            Response response = given().header("Accept-Language", header).get("/login");
            assertEquals(200, response.statusCode(), header);
            Document page = WebSession.html(response);
            assertEquals(lang, page.selectFirst("html").attr("lang"));
            assertEquals(heading, page.selectFirst("h1").text());
            logs.assertAtMostOneWarningEach(0);
        }
    }

    @ParameterizedTest(name = "Accept \"{0}\"")
    @CsvSource(delimiter = '|', value = { "text/html;q=abc", ";;;", "text/html;q=2", "text/html, ;q=1" })
    void malformedAcceptStillGetsThePage(String header) {
        try (LogCapture logs = LogCapture.start()) {
            Response page = WebSession.as(Role.EMPLOYEE).request().header("Accept", header).get("/people");
            assertEquals(200, page.statusCode(), header);
            assertEquals("People", WebSession.html(page).selectFirst("h1").text());
            logs.assertAtMostOneWarningEach(0);
        }
    }

    @Test
    void nulInAFormFieldIsRefusedAndNothingIsWritten() {
        WebSession hr = WebSession.as(Role.HR);
        String name = tag();
        try (LogCapture logs = LogCapture.start()) {
            Response response = hr.submit("/teams/new", "/teams", Map.of("name", name + "\u0000x", "department", "Edge"));
            assertEquals(400, response.statusCode());
            logs.assertAtMostOneWarningEach(1);
        }
        assertEquals(0, teamsStartingWith(name));
    }

    @Test
    void nulInASearchIsRefused() {
        try (LogCapture logs = LogCapture.start()) {
            Api.as(Role.EMPLOYEE).urlEncodingEnabled(false).get("/api/people?q=a%00b").then().statusCode(400)
                    .contentType(containsString("application/problem+json"))
                    .body("errors.q", notNullValue());
            RawHttp.Answer page = RawHttp.get("/people?q=a%00b", sessionCookie(DemoUser.EMPLOYEE));
            assertEquals(400, page.status());
            logs.assertAtMostOneWarningEach(2);
        }
    }

    @Test
    void nulInAJsonStringIsRefusedWithTheFieldNamed() {
        long teamId = Api.as(Role.HR).get("/api/teams").then().extract().jsonPath().getLong("[0].id");
        String email = tag() + "@example.org";
        try (LogCapture logs = LogCapture.start()) {
            Api.as(Role.HR).contentType(ContentType.JSON)
                    .body("{\"fullName\":\"Nul\\u0000Name\",\"email\":\"" + email + "\",\"teamId\":" + teamId
                            + ",\"role\":\"EMPLOYEE\"}")
                    .post("/api/people").then().statusCode(400)
                    .contentType(containsString("application/problem+json"))
                    .body("errors.fullName", equalTo("Contains a character that cannot be stored (NUL)."));
            logs.assertAtMostOneWarningEach(1);
        }
        assertEquals(0, peopleMatching(email));
    }

    @Test
    void nulInACsvCellIsRefusedThroughTheApiAndThePage() {
        String tag = tag();
        String csv = StaffImport.HEADER + "\nNul\u0000Name," + tag + ".nul@example.org,T " + tag + ",D,EMPLOYEE\n";
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        try (LogCapture logs = LogCapture.start()) {
            Api.as(Role.HR).contentType("text/csv; charset=UTF-8").body(bytes).post("/api/people/import").then()
                    .statusCode(400).contentType(containsString("application/problem+json"));
            WebSession hr = WebSession.as(Role.HR);
            Response page = hr.request().redirects().follow(false)
                    .multiPart("csrf-token", hr.csrfToken("/people/import"))
                    .multiPart("file", "staff.csv", bytes, "application/vnd.ms-excel")
                    .post("/people/import");
            assertEquals(400, page.statusCode());
            logs.assertAtMostOneWarningEach(2);
        }
        assertEquals(0, peopleMatching(tag));
    }

    /** The login form is not a resource: the identity provider sees the name; it must never be a server error. */
    @Test
    void nulInALoginNameIsNoServerError() {
        try (LogCapture logs = LogCapture.start()) {
            WebSession visitor = WebSession.anonymous();
            visitor.get("/login");
            Response response = visitor.request().redirects().follow(false).contentType(ContentType.URLENC)
                    .body("j_username=ana%00x%40demo.bravo&j_password=whatever").post("/j_security_check");
            assertTrue(List.of(302, 400, 401).contains(response.statusCode()), "answered " + response.statusCode());
            assertTrue(logs.stackTraces().isEmpty(), "no stack trace: " + logs.stackTraces());
        }
    }
}
