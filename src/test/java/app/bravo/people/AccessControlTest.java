package app.bravo.people;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import app.bravo.support.Api;
import app.bravo.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import app.bravo.security.Role;
import app.bravo.support.DemoUser;
import io.restassured.http.ContentType;

@QuarkusTest
class AccessControlTest {

    @ParameterizedTest
    @ValueSource(strings = { "/people/new", "/people/1/edit", "/people/import", "/teams/new", "/teams/1/edit",
            "/behaviours/new", "/behaviours/1/edit", "/audit" })
    void employeeGetsAFriendly403OnHrPages(String path) {
        WebSession.as(Role.EMPLOYEE).get(path).then()
                .statusCode(403)
                .contentType(containsString("text/html"))
                .body(containsString("You do not have access to this page"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/people/new", "/people/1/edit", "/people/import", "/teams/new", "/behaviours/new",
            "/audit" })
    void hrOpensHrPages(String path) {
        WebSession.as(Role.HR).get(path).then().statusCode(200);
    }

    @Test
    void moderatorIsNotHr() {
        WebSession.as(Role.MODERATOR).get("/people/new").then().statusCode(403);
    }

    @Test
    void employeeCannotPostHrFormsEvenWithAValidToken() {
        WebSession ana = WebSession.as(Role.EMPLOYEE);
        ana.submit("/people", "/teams", Map.of("name", "Rogue team", "department", "Nowhere")).then().statusCode(403);
        Api.as(Role.HR).get("/api/teams").then().body("name", org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.hasItem("Rogue team")));
    }

    @Test
    void onlyAdminsSendPasswords() {
        WebSession hr = WebSession.as(Role.HR);
        hr.submit("/people/1", "/people/1/password", Map.of()).then().statusCode(403);
    }

    @Test
    void employeeGets403OnHrApiEndpoints() {
        Api.as(Role.EMPLOYEE).contentType(ContentType.JSON)
                .body(Map.of("name", "API team", "department", "Ops"))
                .post("/api/teams")
                .then().statusCode(403).contentType(containsString("application/problem+json"))
                .body("status", equalTo(403));
        Api.as(Role.EMPLOYEE).contentType("text/csv").body("name,email,team,department,role\n")
                .post("/api/people/import").then().statusCode(403);
        Api.as(Role.EMPLOYEE).contentType(ContentType.JSON).body(Map.of("nameEn", "X", "descriptionEn", "Y"))
                .post("/api/behaviours").then().statusCode(403);
    }

    @Test
    void employeeReadsTheDirectoryApi() {
        Api.as(Role.EMPLOYEE).get("/api/people?q=petrovic").then().statusCode(200)
                .body("items.email", org.hamcrest.Matchers.hasItem(DemoUser.EMPLOYEE.email));
        Api.as(Role.EMPLOYEE).get("/api/behaviours").then().statusCode(200);
    }

    @Test
    void apiWantsBasicAuthAndIgnoresTheSessionCookie() {
        given().get("/api/people").then().statusCode(401);
        WebSession ana = WebSession.as(Role.EMPLOYEE);
        assertEquals(401, ana.get("/api/people").statusCode(), "a page session must not open the API");
        given().auth().preemptive().basic(DemoUser.EMPLOYEE.email, "wrong").get("/api/people").then()
                .statusCode(401);
    }

    @Test
    void operationsEndpointsAreForAdmins() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem(containsString("Database")));
        Api.as(Role.EMPLOYEE).get("/q/metrics").then().statusCode(403);
        Api.as(Role.ADMIN).accept("text/plain").get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests"));
        Api.as(Role.ADMIN).accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/people"));
    }
}
