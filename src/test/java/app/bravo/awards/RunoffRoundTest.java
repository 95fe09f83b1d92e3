package app.bravo.awards;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import app.bravo.awards.AwardFixtures.Voter;
import app.bravo.awards.tally.VotingMethod;
import app.bravo.awards.voting.BallotService;
import app.bravo.awards.voting.VotingRefused;
import app.bravo.security.Role;
import app.bravo.support.Api;
import app.bravo.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A tie sent to a run-off round: the round is opened, voted in, counted and announced like any other. */
@QuarkusTest
class RunoffRoundTest {

    @Inject
    AwardFixtures fixtures;

    @Inject
    BallotService ballots;

    @Test
    void aTieSentToARunoffIsDecidedByARunoffRoundBetweenTheTiedOnly() {
        String dept = AwardFixtures.unique("Dept");
        String team = AwardFixtures.unique("Team");
        Voter ann = fixtures.person("Ann Runoff", team, dept);
        Voter ben = fixtures.person("Ben Runoff", team, dept);
        Voter cat = fixtures.person("Cat Runoff", team, dept);
        Voter dan = fixtures.person("Dan Runoff", team, dept);
        String a = "person:" + ann.id();
        String b = "person:" + ben.id();
        String c = "person:" + cat.id();
        long programme = fixtures.programme(AwardFixtures.unique("Runoff programme"));
        long tiedCategory = fixtures.category(programme, "Tied helper", VotingMethod.PLURALITY, 1, 1,
                ann.departmentId());
        long clearCategory = fixtures.category(programme, "Clear helper", VotingMethod.PLURALITY, 1, 1,
                ann.departmentId());
        String title = AwardFixtures.unique("Round");
        long round = fixtures.round(programme, title, Phase.VOTING);
        fixtures.finalists(round, tiedCategory, a, b, c);
        fixtures.finalists(round, clearCategory, a, b);
        ballots.cast(ann.id(), round, tiedCategory, List.of(b));
        ballots.cast(ben.id(), round, tiedCategory, List.of(a));
        ballots.cast(cat.id(), round, tiedCategory, List.of(b));
        ballots.cast(dan.id(), round, tiedCategory, List.of(a));
        ballots.cast(dan.id(), round, clearCategory, List.of(a));
        assertTrue(fixtures.move(round, Phase.VOTING, Phase.CLOSED));

        String resolution = "/api/awards/rounds/" + round + "/results/categories/" + tiedCategory + "/resolution";
        Api.as(Role.HR).contentType(ContentType.JSON).body(Map.of("resolution", "RUNOFF")).post(resolution)
                .then().statusCode(200);
        List<String> runoffs = fixtures.column("select id from award_round where runoff_of_id = ?1", round);
        assertEquals(1, runoffs.size(), "one run-off round");
        long runoff = Long.parseLong(runoffs.get(0));
        assertEquals(Phase.SHORTLISTING, fixtures.phaseOf(runoff), "HR opens its voting");
        assertEquals(List.of(title + " (run-off)"), fixtures.column("select title from award_round where id = ?1",
                runoff));
        assertEquals(sorted(a, b), sorted(fixtures.column("select nominee_key from award_nomination"
                + " where round_id = ?1 and finalist = true", runoff).toArray(String[]::new)),
                "the tied, not the candidate without votes");
        assertEquals(List.of("1"), fixtures.column("select seats from award_runoff_seat where round_id = ?1", runoff));
        assertEquals(2, citationsOf(runoff), "the citations go with the finalists");
        Api.as(Role.HR).contentType(ContentType.JSON).body(Map.of("resolution", "SHARED")).post(resolution)
                .then().statusCode(409).body("type", equalTo("urn:bravo:awards:runoff_opened"));
        Api.as(Role.HR).contentType(ContentType.JSON).post("/api/awards/rounds/" + round + "/results/tally").then()
                .statusCode(409).body("type", equalTo("urn:bravo:awards:runoff_opened"))
                .body("detail", containsString("not counted again"));

        // The round is announced with the tied place open; its results lead to the run-off.
        assertTrue(fixtures.move(round, Phase.CLOSED, Phase.ANNOUNCED));
        assertEquals(List.of("Clear helper"), fixtures.column("select c.name_en from award_winner w"
                + " join award_category c on c.id = w.category_id where w.round_id = ?1", round));
        String results = WebSession.as(Role.EMPLOYEE).get("/awards/results/" + round).then().statusCode(200)
                .extract().asString();
        assertTrue(results.contains("/awards/rounds/" + runoff), results);

        // The run-off votes in the tied category only, for the open place.
        assertTrue(fixtures.move(runoff, Phase.SHORTLISTING, Phase.VOTING));
        String ballotPage = WebSession.login(dan.email(), AwardFixtures.PASSWORD).get("/awards/ballots/" + runoff)
                .then().statusCode(200).extract().asString();
        assertTrue(ballotPage.contains("Tied helper") && !ballotPage.contains("Clear helper"), ballotPage);
        assertFalse(ballotPage.contains("Cat Runoff"), "not a finalist of the run-off");
        assertEquals(404, assertThrows(VotingRefused.class, () -> ballots.cast(ann.id(), runoff, clearCategory,
                List.of(b))).status(), "the run-off decides only the tied category");
        ballots.cast(ann.id(), runoff, tiedCategory, List.of(b));
        ballots.cast(ben.id(), runoff, tiedCategory, List.of(a));
        ballots.cast(cat.id(), runoff, tiedCategory, List.of(b));
        ballots.cast(dan.id(), runoff, tiedCategory, List.of(b));
        assertTrue(fixtures.move(runoff, Phase.VOTING, Phase.CLOSED));
        assertTrue(fixtures.move(runoff, Phase.CLOSED, Phase.ANNOUNCED));
        assertEquals(List.of(b), fixtures.column("select nominee_key from award_winner where round_id = ?1", runoff));
        String runoffResults = WebSession.as(Role.EMPLOYEE).get("/awards/results/" + runoff).then().statusCode(200)
                .extract().asString();
        assertTrue(runoffResults.contains("This run-off round decides a tie of")
                && runoffResults.contains("/awards/results/" + round), runoffResults);
        String audit = WebSession.as(Role.HR).get("/audit").then().statusCode(200).extract().asString();
        assertTrue(audit.contains("Run-off round opened for a tie") && audit.contains(title + " (run-off)"), audit);
    }

    @Test
    void aTieThatChangesNoWinnerNeedsNoRunoffAndSharesNothing() {
        String dept = AwardFixtures.unique("Dept");
        String votersTeam = AwardFixtures.unique("Voters");
        List<Voter> voters = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            voters.add(fixtures.person("Voter " + i, votersTeam, dept));
        }
        String a = "team:" + fixtures.person("Alpha lead", AwardFixtures.unique("Alpha"), dept).teamId();
        String b = "team:" + fixtures.person("Beta lead", AwardFixtures.unique("Beta"), dept).teamId();
        String c = "team:" + fixtures.person("Gamma lead", AwardFixtures.unique("Gamma"), dept).teamId();
        long programme = fixtures.programme(AwardFixtures.unique("Needless programme"));
        long category = fixtures.category(programme, "Ranked team", VotingMethod.INSTANT_RUNOFF, 1, 1);
        long round = fixtures.round(programme, AwardFixtures.unique("Round"), Phase.VOTING);
        fixtures.finalists(round, category, a, b, c);
        // B and C tie for fewest and never differed, but either way A wins (InstantRunoffTest's example).
        for (int i = 0; i < 12; i++) {
            List<String> choice = i < 6 ? List.of(a) : i < 9 ? List.of(b, a) : List.of(c, a);
            ballots.cast(voters.get(i).id(), round, category, choice);
        }
        assertTrue(fixtures.move(round, Phase.VOTING, Phase.CLOSED));
        String resolution = "/api/awards/rounds/" + round + "/results/categories/" + category + "/resolution";
        Api.as(Role.HR).contentType(ContentType.JSON).body(Map.of("resolution", "RUNOFF")).post(resolution)
                .then().statusCode(409).body("type", equalTo("urn:bravo:awards:runoff_needless"));
        assertEquals(List.of(), fixtures.column("select id from award_round where runoff_of_id = ?1", round));
        Api.as(Role.HR).contentType(ContentType.JSON).body(Map.of("resolution", "SHARED")).post(resolution)
                .then().statusCode(200);
        assertTrue(fixtures.move(round, Phase.CLOSED, Phase.ANNOUNCED));
        assertEquals(List.of(a), fixtures.column("select nominee_key from award_winner where round_id = ?1", round),
                "the tie for last shares nothing");
        assertEquals(List.of("0"), fixtures.column("select count(*) from award_winner where shared = true"
                + " and round_id = ?1", round), "A wins outright");
    }

    private long citationsOf(long runoff) {
        return Long.parseLong(fixtures.column("select count(*) from award_citation c join award_nomination n"
                + " on n.id = c.nomination_id where n.round_id = ?1", runoff).get(0));
    }

    private static List<String> sorted(String... keys) {
        return java.util.Arrays.stream(keys).sorted().toList();
    }
}
