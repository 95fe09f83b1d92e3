package app.bravo.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import app.bravo.support.Api;
import app.bravo.support.FreshPerson;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Many wrong passwords from one address, each for another name (password spraying), block the address. The
 * default limit is high (offices share addresses); this profile lowers it so the test stays short.
 */
@QuarkusTest
@TestProfile(AddressThrottlingTest.LowAddressLimit.class)
class AddressThrottlingTest {

    public static class LowAddressLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("bravo.login-throttle.address-failures", "3");
        }
    }

    @Test
    void sprayingManyAccountsFromOneAddressBlocksTheAddress() {
        FreshPerson victim = FreshPerson.of(Role.EMPLOYEE);
        for (int i = 0; i < 3; i++) {
            Api.basic("sprayed-" + i + "-" + System.nanoTime() + "@test.bravo", "Spring2026!").get("/api/behaviours")
                    .then().statusCode(401);
        }
        assertEquals(429, Api.basic(victim.email(), victim.password()).get("/api/behaviours").statusCode(),
                "the address is blocked, whatever name it tries next");
    }
}
