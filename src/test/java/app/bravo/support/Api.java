package app.bravo.support;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;

import app.bravo.security.Role;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** API calls as a demo account, over HTTP Basic like a real API client. */
public final class Api {

    private Api() {
    }

    /** As the demo account of a role. */
    public static RequestSpecification as(Role role) {
        return as(DemoUser.of(role));
    }

    public static RequestSpecification as(DemoUser user) {
        return basic(user.email, DemoUser.PASSWORD);
    }

    /** As an integration with a service token (or a personal API token). */
    public static RequestSpecification bearer(String token) {
        return given().header("Authorization", "Bearer " + token).accept(ContentType.JSON);
    }

    public static RequestSpecification basic(String username, String password) {
        return given().auth().preemptive().basic(username, password).accept(ContentType.JSON);
    }

    /** Creates a new employee in the Front Desk team through the API and returns the id. */
    public static long newPerson(String fullName, String role) {
        String email = "t-" + UUID.randomUUID().toString().substring(0, 8) + "@test.bravo";
        return newPerson(fullName, email, role);
    }

    public static long newPerson(String fullName, String email, String role) {
        long teamId = as(Role.HR).get("/api/teams").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.name == 'Front Desk' }.id");
        return as(Role.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("fullName", fullName, "email", email, "teamId", teamId, "role", role, "active", true))
                .post("/api/people")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static String emailOf(long personId) {
        return as(Role.HR).get("/api/people/" + personId).then().statusCode(200).extract().path("email");
    }
}
