package app.bravo.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import app.bravo.support.Api;
import app.bravo.support.FreshPerson;
import app.bravo.support.Mailbox;
import app.bravo.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** A session ends when it should, and a copied cookie (a second device, a thief) ends with it. */
@QuarkusTest
class SessionEndingTest {

    private static Map<String, String> personForm(FreshPerson person, String role, boolean active) {
        long teamId = Api.as(Role.HR).get("/api/people/" + person.id()).then().extract().jsonPath().getLong("teamId");
        Map<String, String> form = new java.util.HashMap<>(Map.of("fullName", "Fresh person", "email",
                person.email(), "teamId", String.valueOf(teamId), "role", role));
        if (active) {
            form.put("active", "true");
        }
        return form;
    }

    @Test
    void logoutEndsTheSessionAndEveryCopyOfItsCookie() {
        WebSession browser = FreshPerson.of(Role.EMPLOYEE).login();
        WebSession thief = browser.copy();
        assertTrue(thief.isLoggedIn(), "a copied cookie works while the session lasts");

        Response logout = browser.submit("/account", "/logout", Map.of());
        assertEquals(303, logout.statusCode());
        assertFalse(browser.isLoggedIn());
        assertFalse(thief.isLoggedIn(), "the copy is refused after logout");
    }

    @Test
    void logoutEndsOnlyItsOwnSession() {
        FreshPerson person = FreshPerson.of(Role.EMPLOYEE);
        WebSession laptop = person.login();
        WebSession phone = person.login();
        laptop.submit("/account", "/logout", Map.of()).then().statusCode(303);
        assertFalse(laptop.isLoggedIn());
        assertTrue(phone.isLoggedIn(), "logging out on the laptop leaves the phone signed in");
    }

    @Test
    void changingThePasswordEndsEverySession() {
        FreshPerson person = FreshPerson.of(Role.EMPLOYEE);
        WebSession browser = person.login();
        WebSession other = person.login();
        WebSession copy = browser.copy();

        Response changed = browser.submit("/account/password", "/account/password", Map.of("current",
                person.password(), "next", "an-entirely-new-secret", "confirm", "an-entirely-new-secret"));
        assertEquals(303, changed.statusCode());
        assertTrue(changed.getHeader("Location").endsWith("/login"), "asked to log in with the new password");
        assertFalse(other.isLoggedIn());
        assertFalse(copy.isLoggedIn());
        assertTrue(WebSession.login(person.email(), "an-entirely-new-secret").isLoggedIn());
    }

    @Test
    void anAdminsPasswordResetEndsEverySession() {
        FreshPerson person = FreshPerson.of(Role.EMPLOYEE);
        WebSession browser = person.login();
        WebSession.as(Role.ADMIN).submit("/people/" + person.id(), "/people/" + person.id() + "/password", Map.of())
                .then().statusCode(303);
        assertFalse(browser.isLoggedIn());
        assertTrue(WebSession.login(person.email(), Mailbox.lastPasswordSentTo(person.email())).isLoggedIn());
    }

    @Test
    void deactivationEndsEverySessionAndReactivationDoesNotRevive() {
        FreshPerson person = FreshPerson.of(Role.EMPLOYEE);
        WebSession browser = person.login();
        WebSession copy = browser.copy();
        WebSession hr = WebSession.as(Role.HR);
        String page = "/people/" + person.id() + "/edit";
        hr.submit(page, "/people/" + person.id(), personForm(person, "EMPLOYEE", false)).then().statusCode(303);
        assertFalse(copy.isLoggedIn());
        hr.submit(page, "/people/" + person.id(), personForm(person, "EMPLOYEE", true)).then().statusCode(303);
        assertFalse(browser.isLoggedIn(), "an old cookie stays dead after reactivation");
        assertTrue(person.login().isLoggedIn(), "a new login works again");
    }

    @Test
    void aRoleChangeEndsEverySession() {
        FreshPerson person = FreshPerson.of(Role.EMPLOYEE);
        WebSession browser = person.login();
        WebSession.as(Role.HR).submit("/people/" + person.id() + "/edit", "/people/" + person.id(),
                personForm(person, "MODERATOR", true)).then().statusCode(303);
        assertFalse(browser.isLoggedIn());
    }

    @Test
    void signOutEverywhereEndsEverySessionOfTheAccount() {
        FreshPerson person = FreshPerson.of(Role.EMPLOYEE);
        WebSession laptop = person.login();
        WebSession phone = person.login();
        WebSession stolen = phone.copy();
        Response ended = laptop.submit("/account", "/account/sessions", Map.of());
        assertEquals(303, ended.statusCode());
        assertTrue(ended.getHeader("Location").endsWith("/login"));
        assertFalse(laptop.isLoggedIn());
        assertFalse(phone.isLoggedIn());
        assertFalse(stolen.isLoggedIn());
        assertTrue(person.login().isLoggedIn(), "the person logs in again as usual");
    }

    @Test
    void anEndedSessionGetsTheLoginPageNotALoop() {
        WebSession browser = FreshPerson.of(Role.EMPLOYEE).login();
        WebSession copy = browser.copy();
        browser.submit("/account", "/logout", Map.of()).then().statusCode(303);
        assertEquals(302, copy.get("/people").statusCode());
        assertEquals(200, copy.get("/login").statusCode(), "the dead cookie was deleted, the login page shows");
        assertEquals(null, copy.cookie(WebSession.SESSION_COOKIE));
    }
}
