package app.bravo.people;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.bravo.support.Api;
import app.bravo.support.Mailbox;
import app.bravo.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import app.bravo.security.Role;
import app.bravo.support.DemoUser;
import io.restassured.response.Response;

@QuarkusTest
class AuthenticationTest {

    @Test
    void anonymousVisitorIsSentToTheLoginPage() {
        Response response = WebSession.anonymous().get("/people");
        assertEquals(302, response.statusCode());
        assertTrue(response.getHeader("Location").endsWith("/login"), response.getHeader("Location"));
    }

    @Test
    void loginPageIsPublicAndHasTheForm() {
        Document page = WebSession.anonymous().page("/login");
        assertEquals(1, page.select("form[method=post][action=/j_security_check]").size());
        assertTrue(page.selectFirst("input[name=j_password]").hasAttr("required"));
    }

    @Test
    void wrongPasswordShowsTheLoginPageWithAMessage() {
        WebSession session = WebSession.anonymous();
        session.get("/login");
        Response response = session.request().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", DemoUser.EMPLOYEE.email).formParam("j_password", "wrong")
                .post("/j_security_check");
        assertEquals(302, response.statusCode());
        assertTrue(response.getHeader("Location").contains("/login?error=true"));
        session.get("/login?error=true").then().statusCode(401).body(containsString("do not match"));
    }

    @ParameterizedTest(name = "{0} sees HR links: {1}, admin links: {2}")
    @CsvSource({
            "EMPLOYEE, false, false",
            "MODERATOR, false, false",
            "HR, true, false",
            "ADMIN, true, true" })
    void navigationFollowsTheRole(Role role, boolean hrLinks, boolean adminLinks) {
        Document home = WebSession.as(role).page("/");
        assertTrue(home.select("nav.main-nav a[href=/people]").size() == 1, "everyone has the directory");
        // In the navigation or, for the less used ones, the user menu.
        assertEquals(hrLinks, !home.select("nav.main-nav a[data-role=hr], .user-menu a[data-role=hr]").isEmpty());
        assertEquals(adminLinks, !home.select(".user-menu a[data-role=admin]").isEmpty());
        assertFalse(home.select(".user-menu summary").text().isBlank(), "the user menu names the person");
    }

    @Test
    void logoutEndsTheSession() {
        WebSession session = WebSession.as(Role.EMPLOYEE);
        String token = session.csrfToken("/");
        Response logout = session.postForm("/logout", Map.of("csrf-token", token));
        assertEquals(303, logout.statusCode());
        assertEquals(302, session.get("/people").statusCode(), "after logout the directory asks for a login again");
    }

    @Test
    void deactivatedPeopleCannotLogInAndLoseTheirSession() {
        long id = Api.newPerson("Leaving Soon", "EMPLOYEE");
        String email = Api.emailOf(id);
        // The admin gives them a password so they could log in.
        WebSession admin = WebSession.as(Role.ADMIN);
        admin.submit("/people/" + id, "/people/" + id + "/password", Map.of()).then().statusCode(303);
        String password = Mailbox.lastPasswordSentTo(email);
        WebSession leaver = WebSession.login(email, password);
        assertEquals(200, leaver.get("/people").statusCode());

        WebSession hr = WebSession.as(Role.HR);
        Map<String, String> form = Map.of("fullName", "Leaving Soon", "email", email,
                "teamId", String.valueOf(teamOf(id)), "role", "EMPLOYEE");
        hr.submit("/people/" + id + "/edit", "/people/" + id, form).then().statusCode(303);

        assertEquals(302, leaver.get("/people").statusCode(), "the old session no longer works");
        assertEquals(200, leaver.get("/login").statusCode(), "and the login page shows instead of redirecting to itself");
        Response retry = WebSession.anonymous().request().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", email).formParam("j_password", password).post("/j_security_check");
        assertTrue(retry.getHeader("Location").contains("error"), "a deactivated person cannot log in");
    }

    @Test
    void changingSomeonesEmailEndsTheirSessionCleanly() {
        long id = Api.newPerson("Renamed Soon", "EMPLOYEE");
        String email = Api.emailOf(id);
        WebSession.as(Role.ADMIN).submit("/people/" + id, "/people/" + id + "/password", Map.of());
        WebSession person = WebSession.login(email, Mailbox.lastPasswordSentTo(email));
        assertEquals(200, person.get("/people").statusCode());

        Map<String, String> form = Map.of("fullName", "Renamed Soon", "email", "renamed." + email,
                "teamId", String.valueOf(teamOf(id)), "role", "EMPLOYEE", "active", "true");
        WebSession.as(Role.HR).submit("/people/" + id + "/edit", "/people/" + id, form).then()
                .statusCode(303);
        assertEquals(302, person.get("/people").statusCode());
        assertEquals(200, person.get("/login").statusCode(), "the stale cookie is gone, the login page shows");
    }

    static long teamOf(long personId) {
        return Api.as(Role.HR).get("/api/people/" + personId).then().extract().jsonPath().getLong("teamId");
    }

}
