package app.bravo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.bravo.support.Api;
import app.bravo.support.Mailbox;
import app.bravo.support.WebSession;
import app.bravo.security.Role;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CsrfTest {

    private static long teamsNamed(String name) {
        return Api.as(Role.HR).get("/api/teams").then().extract().jsonPath()
                .getList("findAll { it.name == '" + name + "' }").size();
    }

    @Test
    void crossSiteFormPostWithoutTokenIsRefusedAndChangesNothing() {
        WebSession hr = WebSession.as(Role.HR);
        hr.get("/teams/new");
        String name = "Csrf " + UUID.randomUUID().toString().substring(0, 6);
        // What a foreign page can send: the victim's cookies, but no token.
        assertEquals(400, hr.postForm("/teams", Map.of("name", name, "department", "Evil")).statusCode());
        assertEquals(0, teamsNamed(name));
    }

    @Test
    void aBodylessPostCannotSlipPastTheTokenCheck() {
        long id = Api.newPerson("Bodyless Target", "EMPLOYEE");
        String email = Api.emailOf(id);
        WebSession admin = WebSession.as(Role.ADMIN);
        admin.get("/people/" + id);
        int status = admin.request().redirects().follow(false).noContentType().post("/people/" + id + "/password")
                .statusCode();
        assertEquals(415, status);
        int plain = admin.request().redirects().follow(false).contentType("text/plain").body("")
                .post("/people/" + id + "/password").statusCode();
        assertEquals(415, plain);
        int json = admin.request().redirects().follow(false).contentType("application/json").body("{}")
                .post("/logout").statusCode();
        assertEquals(415, json);
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> Mailbox.lastPasswordSentTo(email),
                "no password was reset or mailed");
    }

    @Test
    void refusedFormExplainsItself() {
        WebSession hr = WebSession.as(Role.HR).language("sr");
        hr.get("/teams/new");
        io.restassured.response.Response refused = hr.postForm("/teams", Map.of("name", "X", "department", "Y"));
        assertEquals(400, refused.statusCode());
        assertEquals("Ovaj obrazac je istekao", WebSession.html(refused).selectFirst("h1").text());
    }

    @Test
    void mangledTokenIsARefusalNotAServerError() {
        WebSession hr = WebSession.as(Role.HR);
        hr.get("/teams/new");
        io.restassured.response.Response refused = hr.postForm("/teams", Map.of("name", "X", "department", "Y",
                "csrf-token", "a"));
        assertEquals(400, refused.statusCode());
        assertEquals("This form has expired", WebSession.html(refused).selectFirst("h1").text());
    }

    @Test
    void tokenFromAnotherSessionIsRefused() {
        String foreignToken = WebSession.as(Role.EMPLOYEE).csrfToken("/");
        WebSession hr = WebSession.as(Role.HR);
        hr.get("/teams/new");
        String name = "Csrf " + UUID.randomUUID().toString().substring(0, 6);
        assertEquals(400, hr.postForm("/teams", Map.of("name", name, "department", "Evil", "csrf-token",
                foreignToken)).statusCode());
        assertEquals(0, teamsNamed(name));
    }

    @Test
    void sameFormWithItsTokenWorks() {
        WebSession hr = WebSession.as(Role.HR);
        String name = "Csrf " + UUID.randomUUID().toString().substring(0, 6);
        assertEquals(303, hr.submit("/teams/new", "/teams", Map.of("name", name, "department", "Fine")).statusCode());
        assertEquals(1, teamsNamed(name));
    }

    @Test
    void logoutAndLanguageNeedTheTokenToo() {
        WebSession ana = WebSession.as(Role.EMPLOYEE);
        ana.get("/");
        assertEquals(400, ana.postForm("/logout", Map.of()).statusCode());
        assertEquals(200, ana.get("/people").statusCode(), "still logged in");
        // A visitor, so that a regression here cannot leave a demo account switched to Serbian for other tests.
        WebSession visitor = WebSession.anonymous();
        visitor.get("/login");
        assertEquals(400, visitor.postForm("/language", Map.of("lang", "sr")).statusCode());
        assertEquals("en", visitor.page("/login").selectFirst("html").attr("lang"));
    }
}
