package app.bravo.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import app.bravo.security.Role;
import app.bravo.support.Api;
import app.bravo.support.WebSession;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The demo's awards on a first start: a round a new user can vote in at once, and an announced round with its
 * winners on the board and in the hall of fame, and its ballots published. Other tests run rounds of their own;
 * this one reads only the demo programme's.
 */
@QuarkusTest
class AwardsDemoTest {

    @Test
    void anEmployeeCanVoteAtOnceAndTheLastRoundIsAnnounced() {
        JsonPath rounds = Api.as(Role.EMPLOYEE).get("/api/awards/rounds").then().statusCode(200).extract().jsonPath();
        long voting = rounds.getLong("find { it.title == '2026 Q4' && it.phase == 'VOTING' }.id");
        long announced = rounds.getLong("find { it.title == '2026 Q3' && it.phase == 'ANNOUNCED' }.id");

        JsonPath ballot = Api.as(Role.EMPLOYEE).get("/api/awards/rounds/" + voting + "/ballots").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(3, ballot.getList("categories").size(), "Ana may vote in every category");
        assertEquals(3, ballot.getList("categories[0].finalists").size());
        assertNull(ballot.get("categories[0].votedOn"), "and has not voted yet");

        JsonPath results = Api.as(Role.EMPLOYEE).get("/api/awards/rounds/" + announced + "/results").then()
                .statusCode(200).extract().jsonPath();
        List<String> winners = results.getList("categories.winners.name.flatten()", String.class);
        assertTrue(winners.contains("Maja Kovač"), "plurality: " + winners);
        assertTrue(winners.contains("Marija Ristić"), "instant-runoff: Marija wins in round two: " + winners);
        assertEquals(2, results.getList("categories[1].rounds").size(), "two rounds of counts");
        List<Map<String, Object>> published = Api.as(Role.EMPLOYEE)
                .get("/api/awards/rounds/" + announced + "/published-ballots").then().statusCode(200).extract()
                .jsonPath().getList("");
        assertEquals(3, published.size());
        assertEquals(20, ((List<?>) published.get(0).get("ballots")).size(), "the announced round's 20 voters");

        Document board = WebSession.as(Role.EMPLOYEE).page("/");
        assertNotNull(board.selectFirst(".award-winners"), "the winners strip on the board (other tests' rounds may be newer)");
    }
}
