package app.bravo.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import app.bravo.support.Api;
import app.bravo.support.FreshPerson;
import app.bravo.support.SqlStatements;
import app.bravo.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What authenticating a request costs: one SQL statement, whatever the mechanism, and no bcrypt for a Basic
 * client that already proved its password a moment ago. The account page itself reads only the person's
 * tokens, so its statements are the authentication's plus one.
 */
@QuarkusTest
class RequestCostTest {

    @Inject
    SessionFactory sessionFactory;

    @Inject
    Logins logins;

    @Inject
    VerifiedCredentials verified;

    private long statements(Runnable request) {
        return SqlStatements.of(sessionFactory, request);
    }

    @Test
    void aPageRequestAuthenticatesWithOneStatement() {
        WebSession browser = WebSession.as(Role.EMPLOYEE);
        // The password page reads nothing itself: what is left is the session lookup.
        assertEquals(1, statements(() -> browser.get("/account/password").then().statusCode(200)));
    }

    @Test
    void basicAndBearerAuthenticateWithOneStatementEach() {
        FreshPerson person = FreshPerson.of(Role.EMPLOYEE);
        assertEquals(0, statements(() -> io.restassured.RestAssured.get("/q/health/live").then().statusCode(200)),
                "an anonymous request looks nothing up");
        long basic = statements(() -> Api.basic(person.email(), person.password()).get("/api/behaviours").then()
                .statusCode(200));
        String secret = ApiTokenTest.personalToken(person.login(), "cost");
        long bearer = statements(() -> ApiTokenTest.bearer(secret).get("/api/behaviours").then().statusCode(200));
        long page = statements(() -> WebSession.as(Role.HR).get("/audit"));
        assertEquals(basic, bearer, "Basic and bearer cost the same");
        assertEquals(2, basic, "one statement to authenticate, one to list the behaviours");
        assertTrue(page > 0);
    }

    @Test
    void aVerifiedBasicPasswordSkipsBcryptUntilThePasswordChanges() {
        FreshPerson person = FreshPerson.of(Role.EMPLOYEE);
        Api.basic(person.email(), person.password()).get("/api/behaviours").then().statusCode(200);
        Logins.Login login = logins.attempt(person.email(), List.of(), List.of()).login().orElseThrow();
        assertTrue(verified.isVerified(person.email(), person.password().toCharArray(), login, Instant.now()));
        assertFalse(verified.isVerified(person.email(), "another".toCharArray(), login, Instant.now()));

        person.login().submit("/account/password", "/account/password", Map.of("current", person.password(),
                "next", "a-changed-long-secret", "confirm", "a-changed-long-secret")).then().statusCode(303);
        Logins.Login changed = logins.attempt(person.email(), List.of(), List.of()).login().orElseThrow();
        assertFalse(verified.isVerified(person.email(), person.password().toCharArray(), changed, Instant.now()),
                "a new password hash ends the cached verification");
        Api.basic(person.email(), person.password()).get("/api/behaviours").then().statusCode(401);
    }
}
