package app.bravo.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import app.bravo.support.Api;
import app.bravo.support.FreshPerson;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;

/**
 * Throttling by client address: a guesser at one address cannot lock the owner out from another, guesses
 * spread over many addresses still block the name, and spraying one address over many names blocks the
 * address. The limits are lowered so the tests stay short, and the client address is taken from
 * {@code X-Forwarded-For} as behind the README's proxy settings, so one test client can stand at several.
 */
@QuarkusTest
@TestProfile(AddressThrottlingTest.LowLimitsBehindProxy.class)
class AddressThrottlingTest {

    public static class LowLimitsBehindProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("bravo.login-throttle.account-failures", "2",
                    "bravo.login-throttle.account-wide-failures", "4",
                    "bravo.login-throttle.address-failures", "3",
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true");
        }
    }

    private static RequestSpecification from(String address, String username, String password) {
        return Api.basic(username, password).header("X-Forwarded-For", address);
    }

    @Test
    void aGuesserAtOneAddressDoesNotLockTheOwnerOutElsewhere() {
        FreshPerson victim = FreshPerson.of(Role.EMPLOYEE);
        for (int i = 0; i < 2; i++) {
            from("203.0.113.7", victim.email(), "guess-" + i).get("/api/behaviours").then().statusCode(401);
        }
        assertEquals(429, from("203.0.113.7", victim.email(), victim.password()).get("/api/behaviours").statusCode(),
                "the guesser's address is blocked for this name, even with the right password");
        assertEquals(200, from("198.51.100.20", victim.email(), victim.password()).get("/api/behaviours")
                .statusCode(), "the owner, at another address, gets in");
    }

    @Test
    void guessesSpreadOverManyAddressesStillBlockTheName() {
        FreshPerson victim = FreshPerson.of(Role.EMPLOYEE);
        for (int i = 0; i < 4; i++) {
            from("192.0.2." + (10 + i), victim.email(), "guess-" + i).get("/api/behaviours").then().statusCode(401);
        }
        assertEquals(429, from("198.51.100.21", victim.email(), victim.password()).get("/api/behaviours")
                .statusCode(), "the name as a whole is blocked after the account-wide limit");
    }

    @Test
    void sprayingManyAccountsFromOneAddressBlocksTheAddress() {
        FreshPerson victim = FreshPerson.of(Role.EMPLOYEE);
        for (int i = 0; i < 3; i++) {
            from("203.0.113.99", "sprayed-" + i + "-" + System.nanoTime() + "@test.bravo", "Spring2026!")
                    .get("/api/behaviours").then().statusCode(401);
        }
        assertEquals(429, from("203.0.113.99", victim.email(), victim.password()).get("/api/behaviours")
                .statusCode(), "the address is blocked, whatever name it tries next");
        assertEquals(200, from("198.51.100.22", victim.email(), victim.password()).get("/api/behaviours")
                .statusCode(), "the same name from another address is not");
    }
}
