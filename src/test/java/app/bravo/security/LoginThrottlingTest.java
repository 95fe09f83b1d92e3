package app.bravo.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import app.bravo.support.Api;
import app.bravo.support.FreshPerson;
import app.bravo.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Password guessing is slowed down, on the login form and on the API alike. */
@QuarkusTest
class LoginThrottlingTest {

    @Test
    void fiftyWrongPasswordsAreThrottledAndTheRightOneIsRefusedDuringTheBlock() {
        FreshPerson person = FreshPerson.of(Role.EMPLOYEE);
        WebSession attacker = WebSession.anonymous();
        attacker.get("/login");
        for (int i = 0; i < 50; i++) {
            Response guess = attacker.postLogin(person.email(), "guess-number-" + i);
            assertEquals(302, guess.statusCode());
            assertTrue(guess.getHeader("Location").contains("/login?error=true"));
        }
        Response right = attacker.postLogin(person.email(), person.password());
        assertTrue(right.getHeader("Location").contains("error"), "the right password is refused while blocked");
        assertNull(attacker.cookie(WebSession.SESSION_COOKIE), "no session was started");

        Response page = attacker.get("/login?error=true");
        assertEquals(401, page.statusCode());
        String message = WebSession.html(page).select(".alert--error").text();
        assertTrue(message.contains("Too many wrong passwords"), message);
        assertTrue(message.contains("try again in"), message);
    }

    @Test
    void theApiAnswers429WithRetryAfterAndKeepsRefusingTheRightPassword() {
        FreshPerson person = FreshPerson.of(Role.EMPLOYEE);
        for (int i = 0; i < 4; i++) {
            Api.basic(person.email(), "wrong-" + i).get("/api/behaviours").then().statusCode(401)
                    .header("WWW-Authenticate", containsString("Basic"));
        }
        // The fifth wrong password is checked and counted; from then on the name is blocked.
        Api.basic(person.email(), "wrong-5").get("/api/behaviours").then().statusCode(401);
        Response blocked = Api.basic(person.email(), person.password()).get("/api/behaviours");
        assertEquals(429, blocked.statusCode());
        long retryAfter = Long.parseLong(blocked.getHeader("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 60, "the first block is a minute: " + retryAfter);
    }

    @Test
    void aBlockOnTheFormHoldsOnTheApiToo() {
        FreshPerson person = FreshPerson.of(Role.EMPLOYEE);
        WebSession attacker = WebSession.anonymous();
        for (int i = 0; i < 5; i++) {
            attacker.postLogin(person.email(), "wrong-" + i);
        }
        assertEquals(429, Api.basic(person.email(), person.password()).get("/api/behaviours").statusCode(),
                "the count is kept in the database, not in one mechanism or one instance");
    }

    @Test
    void theRightPasswordBeforeTheLimitClearsTheCount() {
        FreshPerson person = FreshPerson.of(Role.EMPLOYEE);
        WebSession browser = WebSession.anonymous();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                browser.postLogin(person.email(), "typo-" + round + i);
            }
            assertFalse(person.login().cookie(WebSession.SESSION_COOKIE).isEmpty(), "round " + round);
        }
    }

    @Test
    void unknownNamesAreCountedToo() {
        String nobody = "nobody-" + System.nanoTime() + "@test.bravo";
        for (int i = 0; i < 5; i++) {
            Api.basic(nobody, "x-" + i).get("/api/behaviours").then().statusCode(401);
        }
        Api.basic(nobody, "x").get("/api/behaviours").then().statusCode(429);
    }

    @Test
    void implausibleNamesAreRefusedPlainly() {
        given().auth().preemptive().basic("nul\u0000byte@test.bravo", "whatever").get("/api/behaviours").then()
                .statusCode(401);
        given().auth().preemptive().basic("x".repeat(300) + "@test.bravo", "whatever").get("/api/behaviours").then()
                .statusCode(401);
    }
}
