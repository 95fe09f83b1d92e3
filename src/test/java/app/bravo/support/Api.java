package app.bravo.support;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** API calls as a demo account, over HTTP Basic like a real API client. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, WebSession.DEMO_PASSWORD).accept(ContentType.JSON);
    }

    /** Creates a new employee in the Front Desk team through the API and returns the id. */
    public static long newPerson(String fullName, String role) {
        String email = "t-" + UUID.randomUUID().toString().substring(0, 8) + "@test.bravo";
        return newPerson(fullName, email, role);
    }

    public static long newPerson(String fullName, String email, String role) {
        long teamId = as("hr@demo.bravo").get("/api/teams").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.name == 'Front Desk' }.id");
        return as("admin@demo.bravo").contentType(ContentType.JSON)
                .body(Map.of("fullName", fullName, "email", email, "teamId", teamId, "role", role, "active", true))
                .post("/api/people")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static String emailOf(long personId) {
        return as("hr@demo.bravo").get("/api/people/" + personId).then().statusCode(200).extract().path("email");
    }
}
