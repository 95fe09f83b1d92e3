package app.bravo.support;

import java.util.Map;
import java.util.UUID;

import app.bravo.security.Role;

/**
 * A new person of a role who can log in, for tests that change an account (password, sessions, throttling)
 * and so must not touch the shared demo accounts. HR creates them; an admin mails them a password.
 */
public record FreshPerson(long id, String email, String password) {

    public static FreshPerson of(Role role) {
        return named("Fresh " + role.name().toLowerCase(), role);
    }

    public static FreshPerson named(String fullName, Role role) {
        String email = "t-" + UUID.randomUUID().toString().substring(0, 8) + "@test.bravo";
        long id = Api.newPerson(fullName, email, role.name());
        WebSession.as(Role.ADMIN).submit("/people/" + id, "/people/" + id + "/password", Map.of()).then()
                .statusCode(303);
        return new FreshPerson(id, email, Mailbox.lastPasswordSentTo(email));
    }

    public WebSession login() {
        return WebSession.login(email, password);
    }
}
