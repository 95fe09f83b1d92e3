package app.bravo.config;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import app.bravo.support.DemoUser;
import io.quarkus.test.junit.TestProfile;

/** A start without demo data on an empty database: only the configured first admin exists. */
@QuarkusTest
@TestProfile(FirstAdminTest.WithoutDemo.class)
class FirstAdminTest {

    public static class WithoutDemo implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("bravo.demo.enabled", "false",
                    "bravo.bootstrap.admin-email", "It.Admin@Example.org",
                    "bravo.bootstrap.admin-password", "a-strong-first-password");
        }
    }

    @Test
    void firstAdminIsCreatedAndNoDemoDataIsLoaded() {
        given().auth().preemptive().basic("it.admin@example.org", "a-strong-first-password")
                .get("/api/people").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].role", equalTo("ADMIN"));
        given().auth().preemptive().basic("it.admin@example.org", "a-strong-first-password")
                .get("/api/behaviours").then().statusCode(200).body("size()", equalTo(0));
        assertEquals(401, given().auth().preemptive().basic(DemoUser.HR.email, "bravo-demo").get("/api/people")
                .statusCode(), "no demo accounts");
    }
}
