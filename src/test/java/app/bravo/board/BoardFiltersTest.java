package app.bravo.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.bravo.security.Role;
import app.bravo.support.Api;
import app.bravo.support.DemoUser;
import app.bravo.support.FreshPerson;
import app.bravo.support.Posts;
import io.quarkus.test.junit.QuarkusTest;

/** The board's team and department filters find a recipient's posts through the recipient's team. */
@QuarkusTest
class BoardFiltersTest {

    @Test
    void theTeamAndDepartmentFiltersAnswer() {
        FreshPerson star = FreshPerson.of(Role.EMPLOYEE);
        long post = Posts.recognition(Api.as(DemoUser.COLLEAGUE), star.id(), "A story for the team filter, long enough.");
        var person = Api.as(Role.HR).get("/api/people/" + star.id()).then().statusCode(200).extract().jsonPath();
        long team = person.getLong("teamId");
        List<Long> byTeam = Api.as(Role.EMPLOYEE).get("/api/board?size=100&team=" + team).then().statusCode(200)
                .extract().jsonPath().getList("items.id", Long.class);
        assertTrue(byTeam.contains(post));
        // Departments have no API of their own yet: any id must answer, not fail.
        assertEquals(200, Api.as(Role.EMPLOYEE).get("/api/board?department=1").statusCode());
        assertEquals(200, app.bravo.support.WebSession.as(Role.EMPLOYEE).get("/?team=" + team + "&department=1")
                .statusCode());
    }
}
