package app.bravo.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import app.bravo.support.Api;
import app.bravo.support.Mailbox;
import app.bravo.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import app.bravo.security.Role;
import io.restassured.response.Response;

@QuarkusTest
class PasswordTest {

    @Test
    void newPeopleCannotLogInUntilAnAdminMailsThemAPassword() {
        long id = Api.newPerson("Nova Osoba", "EMPLOYEE");
        String email = Api.emailOf(id);
        assertThrows(AssertionError.class, () -> WebSession.login(email, "bravo-demo"));

        WebSession admin = WebSession.as(Role.ADMIN);
        Response sent = admin.submit("/people/" + id, "/people/" + id + "/password", Map.of());
        assertEquals(303, sent.statusCode());
        String password = Mailbox.lastPasswordSentTo(email);
        assertEquals(200, WebSession.login(email, password).get("/").statusCode());
    }

    @Test
    void peopleChangeTheirOwnPassword() {
        long id = Api.newPerson("Promena Lozinke", "EMPLOYEE");
        String email = Api.emailOf(id);
        WebSession.as(Role.ADMIN).submit("/people/" + id, "/people/" + id + "/password", Map.of());
        String temporary = Mailbox.lastPasswordSentTo(email);
        WebSession person = WebSession.login(email, temporary);

        Response wrong = person.submit("/account/password", "/account/password",
                Map.of("current", "not-it", "next", "short", "confirm", "other"));
        assertEquals(400, wrong.statusCode());
        Document page = WebSession.html(wrong);
        assertTrue(page.selectFirst("#e-current").text().contains("not your current password"));
        assertTrue(page.selectFirst("#e-next").text().contains("10"));
        assertTrue(page.selectFirst("#e-confirm").text().contains("do not match"));
        assertEquals("", page.selectFirst("#f-current").val(), "passwords are never echoed back");

        Response changed = person.submit("/account/password", "/account/password",
                Map.of("current", temporary, "next", "a-much-better-secret", "confirm", "a-much-better-secret"));
        assertEquals(303, changed.statusCode());
        assertEquals(200, WebSession.login(email, "a-much-better-secret").get("/").statusCode());
        assertThrows(AssertionError.class, () -> WebSession.login(email, temporary));
    }
}
