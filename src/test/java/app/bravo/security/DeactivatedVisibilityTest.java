package app.bravo.security;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.bravo.support.Api;
import app.bravo.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Deactivated people and teams and retired service standards are HR's to see, on pages and in the API alike;
 * for an employee or a service token they do not exist (404), whatever the query string asks for.
 */
@QuarkusTest
class DeactivatedVisibilityTest {

    private static String tag() {
        return "vis" + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void aDeactivatedPersonIsHiddenFromEmployeesAndTokens() {
        long id = Api.newPerson("Gone Person", "EMPLOYEE");
        String email = Api.emailOf(id);
        long teamId = Api.as(Role.HR).get("/api/people/" + id).then().extract().jsonPath().getLong("teamId");
        Api.as(Role.HR).contentType(ContentType.JSON).body(Map.of("fullName", "Gone Person", "email", email,
                "teamId", teamId, "role", "EMPLOYEE", "active", false)).put("/api/people/" + id).then()
                .statusCode(200);
        String token = ApiTokenTest.serviceToken("visibility " + tag(), "directory:read");

        assertEquals(404, WebSession.as(Role.EMPLOYEE).get("/people/" + id).statusCode());
        assertEquals(404, Api.as(Role.EMPLOYEE).get("/api/people/" + id).statusCode());
        assertEquals(404, ApiTokenTest.bearer(token).get("/api/people/" + id).statusCode());
        assertEquals(0, Api.as(Role.EMPLOYEE).get("/api/people?inactive=true&q=" + email).then().extract()
                .jsonPath().getList("items").size(), "inactive=true is HR's");
        assertFalse(WebSession.as(Role.EMPLOYEE).page("/people?inactive=true&q=" + email).text()
                .contains("Gone Person"));

        assertEquals(200, WebSession.as(Role.HR).get("/people/" + id).statusCode());
        assertEquals(200, Api.as(Role.HR).get("/api/people/" + id).statusCode());
        assertEquals(1, Api.as(Role.HR).get("/api/people?inactive=true&q=" + email).then().extract().jsonPath()
                .getList("items").size());
    }

    @Test
    void aDeactivatedTeamIsHiddenFromEmployeesAndTokens() {
        String name = "Closed " + tag();
        long id = Api.as(Role.HR).contentType(ContentType.JSON).body(Map.of("name", name, "department", "Vis dept"))
                .post("/api/teams").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(Role.HR).contentType(ContentType.JSON).body(Map.of("name", name, "department", "Vis dept",
                "active", false)).put("/api/teams/" + id).then().statusCode(200);
        String token = ApiTokenTest.serviceToken("visibility " + tag(), "directory:read");

        assertEquals(404, WebSession.as(Role.EMPLOYEE).get("/teams/" + id).statusCode());
        assertEquals(404, Api.as(Role.EMPLOYEE).get("/api/teams/" + id).statusCode());
        assertEquals(404, ApiTokenTest.bearer(token).get("/api/teams/" + id).statusCode());
        Api.as(Role.EMPLOYEE).get("/api/teams?all=true").then().body("name", not(hasItem(name)));
        ApiTokenTest.bearer(token).get("/api/teams?all=true").then().body("name", not(hasItem(name)));
        assertFalse(WebSession.as(Role.EMPLOYEE).page("/teams").text().contains(name));

        assertEquals(200, WebSession.as(Role.HR).get("/teams/" + id).statusCode());
        Api.as(Role.HR).get("/api/teams?all=true").then().body("name", hasItem(name));
        assertTrue(WebSession.as(Role.HR).page("/teams").text().contains(name));
    }

    @Test
    void aRetiredStandardIsHiddenFromEmployeesAndTokens() {
        String name = "Retired " + tag();
        long id = Api.as(Role.HR).contentType(ContentType.JSON).body(Map.of("nameEn", name, "descriptionEn",
                "Soon gone", "active", false)).post("/api/behaviours").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        String token = ApiTokenTest.serviceToken("visibility " + tag(), "directory:read");

        assertEquals(404, Api.as(Role.EMPLOYEE).get("/api/behaviours/" + id).statusCode());
        assertEquals(404, ApiTokenTest.bearer(token).get("/api/behaviours/" + id).statusCode());
        assertEquals(404, WebSession.as(Role.EMPLOYEE).get("/behaviours/" + id).statusCode());
        Api.as(Role.EMPLOYEE).get("/api/behaviours?all=true").then().body("name.en", not(hasItem(name)));
        assertFalse(WebSession.as(Role.EMPLOYEE).page("/behaviours").text().contains(name));

        assertEquals(200, Api.as(Role.HR).get("/api/behaviours/" + id).statusCode());
        Api.as(Role.HR).get("/api/behaviours?all=true").then().body("name.en", hasItem(name));
        assertTrue(WebSession.as(Role.HR).page("/behaviours").text().contains(name));
    }
}
