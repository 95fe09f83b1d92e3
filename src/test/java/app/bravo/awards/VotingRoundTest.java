package app.bravo.awards;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import app.bravo.awards.AwardFixtures.Voter;
import app.bravo.awards.tally.PublishedBallots;
import app.bravo.awards.tally.Tally;
import app.bravo.awards.tally.TallyResult;
import app.bravo.awards.tally.TallyRound;
import app.bravo.awards.tally.VotingMethod;
import app.bravo.awards.voting.VoterKeys;
import app.bravo.security.Role;
import app.bravo.support.Api;
import app.bravo.support.WebSession;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A whole round over HTTP: notices, voting by API and page, turnout, a tie HR must resolve before announcing,
 * results, published ballots that recount to the result, receipts, the hall of fame, and secrecy throughout.
 */
@QuarkusTest
class VotingRoundTest {

    @Inject
    AwardFixtures fixtures;

    @Inject
    VoterKeys voterKeys;

    @Inject
    MockMailbox mailbox;

    private static String key(Voter voter) {
        return "person:" + voter.id();
    }

    private static String cast(Voter voter, long round, long category, String... choices) {
        return Api.basic(voter.email(), AwardFixtures.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("category", category, "choices", List.of(choices)))
                .post("/api/awards/rounds/" + round + "/ballots")
                .then().statusCode(201).extract().path("receipt");
    }

    @Test
    void aWholeRound() {
        String dept = AwardFixtures.unique("Dept");
        String mark = AwardFixtures.unique("").trim();
        Voter alice = fixtures.person("Alice Star " + mark, AwardFixtures.unique("Team"), dept);
        Voter bob = fixtures.person("Bob Star " + mark, AwardFixtures.unique("Team"), dept);
        List<Voter> voters = new ArrayList<>();
        String votersTeam = AwardFixtures.unique("Team");
        for (int i = 1; i <= 5; i++) {
            voters.add(fixtures.person("Vera Voter" + i + " " + mark, votersTeam, dept));
        }
        Voter v1 = voters.get(0), v2 = voters.get(1), v3 = voters.get(2), v4 = voters.get(3), v5 = voters.get(4);
        fixtures.noticesOff(v5.id());
        String bobsTeam = "team:" + bob.teamId();

        long programme = fixtures.programme(AwardFixtures.unique("Service Star"));
        long plurality = fixtures.category(programme, "Colleague of the quarter", VotingMethod.PLURALITY, 1, 1);
        long ranked = fixtures.category(programme, "Customer hero", VotingMethod.INSTANT_RUNOFF, 1, 1);
        String title = "Round " + mark;
        long round = fixtures.round(programme, title, Phase.SHORTLISTING);
        fixtures.finalists(round, plurality, key(alice), key(bob));
        fixtures.finalists(round, ranked, key(alice), key(bob), bobsTeam);

        // Voting opens: one notice each, none for who turned them off.
        assertTrue(fixtures.move(round, Phase.SHORTLISTING, Phase.VOTING));
        assertEquals(1, mailsTo(v1.email(), "Voting is open: " + title));
        assertEquals(0, mailsTo(v5.email(), "Voting is open: " + title));

        // Results are not shown while voting, not even to HR.
        Api.as(Role.HR).get("/api/awards/rounds/" + round + "/results").then().statusCode(409);

        // Plurality: 2 : 2, a tie. Ranked: Alice 2, Bob 2, team 1; the team goes, its ballot passes to Bob.
        cast(v1, round, plurality, key(alice));
        cast(v2, round, plurality, key(alice));
        cast(v3, round, plurality, key(bob));
        cast(v4, round, plurality, key(bob));
        String replaced = cast(v1, round, ranked, key(alice));
        String v1Receipt = cast(v1, round, ranked, bobsTeam, key(bob));
        cast(v2, round, ranked, key(alice));
        cast(v3, round, ranked, key(bob), key(alice));
        cast(v4, round, ranked, key(bob), bobsTeam);

        // The ballot page: finalists and citations; after a cast, the receipt once, and the day voted.
        WebSession page = WebSession.login(v5.email(), AwardFixtures.PASSWORD);
        String ballotPage = page.get("/awards/ballots/" + round).then().statusCode(200).extract().asString();
        assertTrue(ballotPage.contains("Alice Star " + mark) && ballotPage.contains("Because " + key(alice)));
        String cast = page.submit("/awards/ballots/" + round, "/awards/ballots/" + round + "/" + ranked,
                Map.of("choice", key(alice))).then().statusCode(200).extract().asString();
        String pageReceipt = WebSession.html(page.get("/awards/ballots/" + round)).select("[data-receipt]").text();
        assertTrue(pageReceipt.isEmpty(), "the receipt is shown only once");
        assertTrue(WebSession.html(page.get("/awards/ballots/" + round)).text().contains("You voted on"));
        String v5Receipt = Jsoup.parse(cast).select("[data-receipt]").text();
        assertEquals(14, v5Receipt.length(), v5Receipt);

        // Refusals carry a reason.
        Api.basic(alice.email(), AwardFixtures.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("category", plurality, "choices", List.of(key(alice))))
                .post("/api/awards/rounds/" + round + "/ballots").then().statusCode(422)
                .body("type", equalTo("urn:bravo:awards:vote_self"));

        // Turnout for HR: counts only.
        JsonPath turnout = Api.as(Role.HR).get("/api/awards/rounds/" + round + "/turnout").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(4, turnout.getInt("categories.find { it.id == " + plurality + " }.departments.find { it.department == '"
                + dept + "' }.voted"));
        assertEquals(7, turnout.getInt("categories.find { it.id == " + plurality + " }.departments.find { it.department == '"
                + dept + "' }.eligible"));
        assertEquals(5, turnout.getInt("categories.find { it.id == " + ranked + " }.departments.find { it.department == '"
                + dept + "' }.voted"));
        Api.basic(v1.email(), AwardFixtures.PASSWORD).get("/api/awards/rounds/" + round + "/turnout").then()
                .statusCode(403);

        // Close: tallied in the close's transaction; HR sees the results and the tie, employees do not yet.
        assertTrue(fixtures.move(round, Phase.VOTING, Phase.CLOSED));
        assertEquals(1, mailsTo(v2.email(), "Voting has closed: " + title));
        Api.basic(v1.email(), AwardFixtures.PASSWORD).get("/api/awards/rounds/" + round + "/results").then()
                .statusCode(409);
        JsonPath closed = Api.as(Role.HR).get("/api/awards/rounds/" + round + "/results").then().statusCode(200)
                .extract().jsonPath();
        String tie = "categories.find { it.id == " + plurality + " }";
        assertTrue(closed.getBoolean(tie + ".tied"));
        assertEquals(java.util.Set.of(key(alice), key(bob)), sorted(closed.getList(tie + ".tiedCandidates.key")));
        assertEquals("PLURALITY", closed.getString(tie + ".method"));

        // An unresolved tie stops the announcement (the move rolls back).
        assertThrows(RuntimeException.class, () -> fixtures.move(round, Phase.CLOSED, Phase.ANNOUNCED));
        assertEquals(Phase.CLOSED, fixtures.phaseOf(round));
        Api.basic(v1.email(), AwardFixtures.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("resolution", "SHARED")).post("/api/awards/rounds/" + round + "/results/categories/"
                        + plurality + "/resolution").then().statusCode(403);
        Api.as(Role.HR).contentType(ContentType.JSON).body(Map.of("resolution", "SHARED", "note", "Both earned it"))
                .post("/api/awards/rounds/" + round + "/results/categories/" + plurality + "/resolution")
                .then().statusCode(200);
        assertTrue(fixtures.move(round, Phase.CLOSED, Phase.ANNOUNCED));

        // Announced: everyone reads the results; the tie and its resolution stay visible.
        JsonPath results = Api.basic(v2.email(), AwardFixtures.PASSWORD).get("/api/awards/rounds/" + round + "/results")
                .then().statusCode(200).extract().jsonPath();
        assertTrue(results.getBoolean(tie + ".tied"));
        assertEquals("SHARED", results.getString(tie + ".resolution"));
        assertEquals(java.util.Set.of(key(alice), key(bob)), sorted(results.getList(tie + ".winners.key")));
        String irv = "categories.find { it.id == " + ranked + " }";
        assertFalse(results.getBoolean(irv + ".tied"));
        assertEquals(List.of(key(bob)), results.getList(irv + ".winners.key"));
        assertEquals(2, results.getList(irv + ".rounds").size());
        assertEquals(1, results.getInt(irv + ".rounds[0].counts.find { it.key == '" + bobsTeam + "' }.votes"));
        assertEquals(5, results.getInt(irv + ".ballots"));

        // Published ballots: as many as receipts; the CSV recounts to the announced result.
        JsonPath published = Api.basic(v2.email(), AwardFixtures.PASSWORD)
                .get("/api/awards/rounds/" + round + "/published-ballots").then().statusCode(200).extract().jsonPath();
        JsonPath receipts = Api.basic(v2.email(), AwardFixtures.PASSWORD)
                .get("/api/awards/rounds/" + round + "/receipts").then().statusCode(200).extract().jsonPath();
        for (long category : List.of(plurality, ranked)) {
            int ballots = published.getList("find { it.id == " + category + " }.ballots").size();
            assertEquals(ballots, receipts.getList("find { it.id == " + category + " }.receipts").size());
        }
        assertEquals(4, published.getList("find { it.id == " + plurality + " }.ballots").size());
        byte[] csv = Api.basic(v2.email(), AwardFixtures.PASSWORD).accept("text/csv")
                .get("/api/awards/rounds/" + round + "/published-ballots/" + ranked + ".csv").then().statusCode(200)
                .extract().asByteArray();
        assertEquals((byte) 0xEF, csv[0], "UTF-8 with a byte order mark");
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        TallyResult recount = Tally.count(VotingMethod.INSTANT_RUNOFF, 1, List.of(key(alice), key(bob), bobsTeam),
                PublishedBallots.fromCsv(text));
        assertEquals(results.getList(irv + ".winners.key"), recount.winners());
        assertEquals(results.getBoolean(irv + ".tied"), recount.tied());
        for (int i = 0; i < recount.rounds().size(); i++) {
            TallyRound counted = recount.rounds().get(i);
            Map<String, Long> announced = new HashMap<>();
            for (Map<String, Object> count : results.<Map<String, Object>>getList(irv + ".rounds[" + i + "].counts")) {
                announced.put((String) count.get("key"), ((Number) count.get("votes")).longValue());
            }
            assertEquals(counted.counts(), announced, "round " + (i + 1));
        }

        // Receipts: the last one counted, a replaced one not; the page says so too.
        checkReceipt(round, v1Receipt, true);
        checkReceipt(round, replaced, false);
        checkReceipt(round, v5Receipt.toLowerCase(), true);
        checkReceipt(round, "NOT-A-CODE", false);
        String checked = page.submit("/awards/results/" + round, "/awards/results/" + round + "/receipt",
                Map.of("receipt", v5Receipt)).then().statusCode(200).extract().asString();
        assertTrue(Jsoup.parse(checked).select("#check-outcome").text().startsWith("Counted"));

        // Hall of fame: the winners, newest first.
        JsonPath hall = Api.basic(v3.email(), AwardFixtures.PASSWORD).get("/api/awards/hall-of-fame").then()
                .statusCode(200).extract().jsonPath();
        assertTrue(hall.getList("entries.name").containsAll(List.of("Alice Star " + mark, "Bob Star " + mark)));
        assertTrue(page.get("/awards/hall-of-fame").then().statusCode(200).extract().asString()
                .contains("Bob Star " + mark));

        // Secrecy: nothing HR or an admin can read ties a voter to a choice.
        List<String> secrets = new ArrayList<>();
        for (Voter voter : voters) {
            secrets.add(voter.email());
            secrets.add("Vera Voter" + (voters.indexOf(voter) + 1) + " " + mark);
            secrets.add(voterKeys.voterKey(round, plurality, voter.id()));
            secrets.add(voterKeys.voterKey(round, ranked, voter.id()));
        }
        for (Role role : List.of(Role.HR, Role.ADMIN)) {
            List<String> answers = new ArrayList<>();
            for (String path : List.of("/results", "/published-ballots", "/receipts", "/turnout",
                    "/published-ballots/" + ranked + ".csv")) {
                answers.add(Api.as(role).accept("*/*").get("/api/awards/rounds/" + round + path).then().statusCode(200)
                        .extract().asString());
            }
            answers.add(Api.as(role).get("/api/awards/hall-of-fame").then().statusCode(200).extract().asString());
            WebSession session = WebSession.as(role);
            for (String path : List.of("/awards/results/" + round, "/awards/turnout/" + round, "/awards/hall-of-fame",
                    "/audit")) {
                answers.add(session.get(path).then().statusCode(200).extract().asString());
            }
            for (String answer : answers) {
                for (String secret : secrets) {
                    assertFalse(answer.contains(secret), role + " read " + secret);
                }
            }
        }
        assertEquals(0, fixtures.count("award_ballot", round), "the keyed ballots are gone once published");
        assertTrue(fixtures.column("select lower(column_name) from information_schema.columns"
                + " where lower(table_name) = 'award_ballot' and ?1 = ?1", round).stream()
                .noneMatch(column -> column.contains("person")), "the ballot table holds no person id");
    }

    private void checkReceipt(long round, String code, boolean counted) {
        Api.as(Role.EMPLOYEE).contentType(ContentType.JSON).body(Map.of("receipt", code))
                .post("/api/awards/rounds/" + round + "/receipts/check").then().statusCode(200)
                .body("counted", equalTo(counted));
    }

    private long mailsTo(String email, String subject) {
        List<Mail> mails = mailbox.getMailsSentTo(email);
        return mails == null ? 0 : mails.stream().filter(m -> subject.equals(m.getSubject())).count();
    }

    private static java.util.Set<String> sorted(List<String> keys) {
        return java.util.Set.copyOf(keys);
    }
}
