package app.bravo.awards;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import app.bravo.awards.AwardFixtures.Voter;
import app.bravo.awards.tally.VotingMethod;
import app.bravo.awards.voting.BallotService;
import app.bravo.security.Role;
import app.bravo.support.Api;
import app.bravo.support.WebSession;
import io.quarkus.arc.Arc;
import io.quarkus.qute.Engine;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** HR's side of results: recount, a run-off decision, the audit log, the ballot page's refusals, the strip. */
@QuarkusTest
class ResultsAdminTest {

    @Inject
    AwardFixtures fixtures;

    @Inject
    BallotService ballots;

    @Test
    void aRunOffDecisionLeavesTheTiedPlaceOpenAndIsAudited() {
        String dept = AwardFixtures.unique("Dept");
        Voter ann = fixtures.person("Ann Tied", AwardFixtures.unique("Team"), dept);
        Voter ben = fixtures.person("Ben Tied", AwardFixtures.unique("Team"), dept);
        Voter outsider = fixtures.person("Oscar Outside", AwardFixtures.unique("Team"), AwardFixtures.unique("Dept"));
        long programme = fixtures.programme(AwardFixtures.unique("Runoff programme"));
        long category = fixtures.category(programme, "Helper", VotingMethod.APPROVAL, 2, 1, ann.departmentId());
        long round = fixtures.round(programme, AwardFixtures.unique("Round"), Phase.VOTING);
        fixtures.finalists(round, category, "person:" + ann.id(), "person:" + ben.id());
        ballots.cast(ann.id(), round, category, List.of("person:" + ben.id()));
        ballots.cast(ben.id(), round, category, List.of("person:" + ann.id()));

        // The ballot page refuses an outsider with the reason, and shows them no category.
        WebSession page = WebSession.login(outsider.email(), AwardFixtures.PASSWORD);
        assertTrue(page.get("/awards/ballots/" + round).then().statusCode(200).extract().asString()
                .contains("no category in this round that you may vote in"));
        WebSession annPage = WebSession.login(ann.email(), AwardFixtures.PASSWORD);
        String refused = annPage.submit("/awards/ballots/" + round, "/awards/ballots/" + round + "/" + category,
                Map.of("choice", "person:" + ann.id())).then().statusCode(422).extract().asString();
        assertTrue(refused.contains("You cannot vote for yourself."), refused);

        Api.as(Role.HR).contentType(ContentType.JSON).post("/api/awards/rounds/" + round + "/results/tally").then()
                .statusCode(409);
        assertTrue(fixtures.move(round, Phase.VOTING, Phase.CLOSED));
        Api.as(Role.HR).contentType(ContentType.JSON).post("/api/awards/rounds/" + round + "/results/tally").then()
                .statusCode(200).body("categories[0].tied", equalTo(true));
        String closedPage = WebSession.as(Role.HR).get("/awards/results/" + round).then().statusCode(200).extract()
                .asString();
        assertTrue(closedPage.contains("Resolve the tie") && closedPage.contains("Count again"), closedPage);
        WebSession.as(Role.EMPLOYEE).get("/awards/results/" + round).then().statusCode(409);
        Api.as(Role.HR).contentType(ContentType.JSON).body(Map.of("resolution", "RUNOFF", "note", "Vote again in May"))
                .post("/api/awards/rounds/" + round + "/results/categories/" + category + "/resolution")
                .then().statusCode(200).body("categories[0].resolution", equalTo("RUNOFF"));
        String audit = WebSession.as(Role.HR).get("/audit").then().statusCode(200).extract().asString();
        assertTrue(audit.contains("Resolved a tie") && audit.contains("Vote again in May"), "audited");
        assertFalse(audit.contains("person:" + ann.id()), "the audit log holds no choices");

        assertTrue(fixtures.move(round, Phase.CLOSED, Phase.ANNOUNCED));
        Api.as(Role.EMPLOYEE).get("/api/awards/rounds/" + round + "/results").then().statusCode(200)
                .body("categories[0].tied", equalTo(true)).body("categories[0].winners.size()", equalTo(0));
        String results = WebSession.as(Role.EMPLOYEE).get("/awards/results/" + round).then().statusCode(200)
                .extract().asString();
        assertTrue(results.contains("There was a tie.") && results.contains("run-off round"), results);
        Api.as(Role.HR).contentType(ContentType.JSON).post("/api/awards/rounds/" + round + "/results/tally").then()
                .statusCode(409);
        assertEquals(0, fixtures.count("award_winner", round));
    }

    @Test
    void theWinnersStripShowsTheLatestRoundAndTheBadgesAPersonsAwards() {
        String dept = AwardFixtures.unique("Dept");
        Voter winner = fixtures.person("Wanda Winner", AwardFixtures.unique("Team"), dept);
        Voter voter = fixtures.person("Victor Voter", AwardFixtures.unique("Team"), dept);
        long programme = fixtures.programme(AwardFixtures.unique("Strip programme"));
        long category = fixtures.category(programme, "Strip category", VotingMethod.PLURALITY, 1, 1);
        long round = fixtures.round(programme, AwardFixtures.unique("Strip round"), Phase.VOTING);
        fixtures.finalists(round, category, "person:" + winner.id(), "person:" + voter.id());
        ballots.cast(voter.id(), round, category, List.of("person:" + winner.id()));
        assertTrue(fixtures.move(round, Phase.VOTING, Phase.CLOSED));
        assertTrue(fixtures.move(round, Phase.CLOSED, Phase.ANNOUNCED));

        String strip = app.bravo.support.WebSession.as(app.bravo.security.Role.EMPLOYEE).page("/")
                .selectFirst(".award-winners").text();
        assertTrue(strip.contains("Wanda Winner") && strip.contains("Strip category"), strip);
        String badges = render("{#awardBadges personId=personId /}", Map.of("personId", winner.id()));
        assertTrue(badges.contains("Strip category"), badges);
        assertTrue(render("{#awardBadges personId=personId /}", Map.of("personId", voter.id())).isBlank());
    }

    /** A template as the board or a profile would include it, rendered in a request like theirs. */
    private static String render(String template, Map<String, Object> data) {
        var context = Arc.container().requestContext();
        context.activate();
        try {
            var instance = Arc.container().instance(Engine.class).get().parse(template).instance();
            data.forEach(instance::data);
            return instance.render();
        } finally {
            context.terminate();
        }
    }
}
