package app.bravo.awards;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import app.bravo.security.Role;
import app.bravo.support.Api;
import app.bravo.support.DemoUser;
import app.bravo.support.Posts;
import app.bravo.support.WebSession;
import io.quarkus.arc.Arc;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

@QuarkusTest
class AwardRoundsTest {

    @Inject
    AwardCalls calls;

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static long programme(String cadence) {
        return Api.as(Role.HR).contentType(ContentType.JSON)
                .body(Map.of("nameEn", unique("Service Star"), "emblem", "star", "cadence", cadence))
                .post("/api/awards/programmes").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Map<String, Object> category(Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("nameEn", unique("Hero"), "nominees", "PEOPLE",
                "finalists", 2, "winners", 1, "method", "PLURALITY"));
        body.putAll(overrides);
        return body;
    }

    static long category(long programmeId, Map<String, Object> overrides) {
        return Api.as(Role.HR).contentType(ContentType.JSON).body(category(overrides))
                .post("/api/awards/programmes/" + programmeId + "/categories").then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    static long round(long programmeId, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("programmeId", programmeId, "title", unique("Round")));
        body.putAll(extra);
        return Api.as(Role.HR).contentType(ContentType.JSON).body(body).post("/api/awards/rounds").then()
                .statusCode(201).body("phase", equalTo("DRAFT")).extract().jsonPath().getLong("id");
    }

    static Response move(long roundId, String from, String to) {
        return Api.as(Role.HR).contentType(ContentType.JSON).body(Map.of("from", from, "to", to))
                .post("/api/awards/rounds/" + roundId + "/phase");
    }

    /** A programme with one category (overrides) and a round open for nominations: [round, category]. */
    static long[] nominating(Map<String, Object> overrides) {
        long programme = programme("ONE_OFF");
        long category = category(programme, overrides);
        long round = round(programme, Map.of());
        move(round, "DRAFT", "NOMINATING").then().statusCode(200).body("phase", equalTo("NOMINATING"));
        return new long[] { round, category };
    }

    static Response nominate(DemoUser who, long round, Map<String, Object> body) {
        return Api.as(who).contentType(ContentType.JSON).body(body).post("/api/awards/rounds/" + round + "/nominations");
    }

    @Test
    void categoryRulesAnswer400WithTheField() {
        long programme = programme("QUARTERLY");
        Api.as(Role.HR).contentType(ContentType.JSON).body(category(Map.of("finalists", 2, "winners", 3)))
                .post("/api/awards/programmes/" + programme + "/categories").then().statusCode(400)
                .body("errors.winners", notNullValue());
        Api.as(Role.HR).contentType(ContentType.JSON)
                .body(category(Map.of("method", "APPROVAL", "finalists", 3, "maxChoices", 4)))
                .post("/api/awards/programmes/" + programme + "/categories").then().statusCode(400)
                .body("errors.maxChoices", notNullValue());
        Api.as(Role.HR).contentType(ContentType.JSON).body(Map.of("nameEn", "x", "emblem", "skull", "cadence", "YEARLY"))
                .post("/api/awards/programmes").then().statusCode(400).body("errors.emblem", notNullValue());

        WebSession hr = WebSession.as(Role.HR);
        String page = "/awards/programmes/" + programme + "/categories/new";
        Response form = hr.submit(page, "/awards/programmes/" + programme + "/categories", Map.of("nameEn", "Too many",
                "nominees", "PEOPLE", "finalists", "2", "winners", "5", "method", "PLURALITY"));
        assertEquals(400, form.statusCode());
        Document html = WebSession.html(form);
        assertNotNull(html.selectFirst("#e-winners"));
        assertEquals("Too many", html.selectFirst("#f-nameEn").val());
    }

    @Test
    void onlyHrWritesAndFormsNeedTheirToken() {
        Api.as(Role.EMPLOYEE).contentType(ContentType.JSON)
                .body(Map.of("nameEn", unique("Mine"), "emblem", "star", "cadence", "YEARLY"))
                .post("/api/awards/programmes").then().statusCode(403);
        long programme = programme("YEARLY");
        long round = round(programme, Map.of());
        Api.as(Role.EMPLOYEE).contentType(ContentType.JSON).body(Map.of("from", "DRAFT", "to", "NOMINATING"))
                .post("/api/awards/rounds/" + round + "/phase").then().statusCode(403);
        Api.as(Role.EMPLOYEE).get("/api/awards/rounds/" + round).then().statusCode(404);
        Api.as(Role.EMPLOYEE).get("/api/awards/programmes").then().statusCode(200);
        assertEquals(200, WebSession.as(Role.EMPLOYEE).get("/awards").statusCode());

        WebSession hr = WebSession.as(Role.HR);
        Response noToken = hr.postForm("/awards/programmes", Map.of("nameEn", unique("No token"), "emblem", "star",
                "cadence", "YEARLY"));
        assertEquals(400, noToken.statusCode());
        Response created = hr.submit("/awards/programmes/new", "/awards/programmes",
                Map.of("nameEn", unique("With token"), "emblem", "trophy", "cadence", "YEARLY"));
        assertEquals(303, created.statusCode());
    }

    @Test
    void phasesMoveInOrderAndARaceHasOneWinner() throws Exception {
        long programme = programme("ONE_OFF");
        category(programme, Map.of());
        long round = round(programme, Map.of());
        move(round, "DRAFT", "SHORTLISTING").then().statusCode(400);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    calls.move(round, Phase.DRAFT, Phase.NOMINATING);
                    return "won";
                } catch (PhaseConflictException e) {
                    return "lost";
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get());
        }
        pool.shutdown();
        assertEquals(1, outcomes.stream().filter("won"::equals).count(), outcomes.toString());
        assertEquals(Phase.NOMINATING, calls.round(round).phase);
        assertEquals(1, calls.audits("award.round.phase", "award-round:" + round));
        assertEquals(1, calls.eventsFor(round));
        // The API's loser sees 409.
        move(round, "DRAFT", "NOMINATING").then().statusCode(409);
    }

    @Test
    void theSchedulerMovesADueRoundThroughTheSameMethod() {
        long[] open = nominating(Map.of());
        calls.schedule(open[0], Instant.now().minusSeconds(5));
        calls.schedule();
        assertEquals(Phase.SHORTLISTING, calls.round(open[0]).phase);
        List<String> actors = calls.auditActors("award.round.phase", "award-round:" + open[0]);
        assertEquals(2, actors.size());
        assertTrue(actors.contains("system"), actors.toString());
    }

    @Test
    void twoSchedulersAtOnceMoveADueRoundOnce() throws Exception {
        long[] open = nominating(Map.of());
        calls.schedule(open[0], Instant.now().minusSeconds(5));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(pool.submit(() -> {
                start.await();
                calls.schedule();
                return null;
            }));
        }
        start.countDown();
        for (Future<?> run : runs) {
            run.get();
        }
        pool.shutdown();
        assertEquals(Phase.SHORTLISTING, calls.round(open[0]).phase);
        assertEquals(2, calls.audits("award.round.phase", "award-round:" + open[0]), "DRAFT→NOMINATING, then one more");
        assertEquals(2, calls.eventsFor(open[0]));
    }

    @Test
    void aRecurringProgrammeOpensItsNextRoundOnce() {
        long programme = programme("MONTHLY");
        category(programme, Map.of());
        long round = round(programme, Map.of("title", "2031-01", "periodStart", "2031-01-01", "periodEnd", "2031-01-31"));
        move(round, "DRAFT", "NOMINATING").then().statusCode(200);
        nominate(DemoUser.EMPLOYEE, round, Map.of("categoryId", categoryOf(programme), "personId",
                Posts.personId(DemoUser.COLLEAGUE), "citation", "Always there for customers")).then().statusCode(201);
        move(round, "NOMINATING", "SHORTLISTING").then().statusCode(200);
        move(round, "SHORTLISTING", "VOTING").then().statusCode(200);
        move(round, "VOTING", "CLOSED").then().statusCode(200);
        move(round, "CLOSED", "ANNOUNCED").then().statusCode(200);
        move(round, "CLOSED", "ANNOUNCED").then().statusCode(409);
        List<Map<String, Object>> rounds = Api.as(Role.HR).get("/api/awards/rounds").then().statusCode(200).extract()
                .jsonPath().getList("findAll { it.programmeId == " + programme + " }");
        assertEquals(2, rounds.size());
        assertTrue(rounds.stream().anyMatch(r -> "2031-02".equals(r.get("title")) && "2031-02-01".equals(
                r.get("periodStart")) && "DRAFT".equals(r.get("phase"))), rounds.toString());
    }

    static long categoryOf(long programme) {
        return Api.as(Role.EMPLOYEE).get("/api/awards/programmes/" + programme).then().extract().jsonPath()
                .getLong("categories[0].id");
    }

    static long teamId(String name) {
        return Api.as(Role.HR).get("/api/teams").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.name == '" + name + "' }.id");
    }

    @Test
    void nominationRules() {
        long[] open = nominating(Map.of());
        long ana = Posts.personId(DemoUser.EMPLOYEE);
        nominate(DemoUser.EMPLOYEE, open[0], Map.of("categoryId", open[1], "personId", ana, "citation", "Me"))
                .then().statusCode(400).body("errors.nominee", notNullValue());
        nominate(DemoUser.EMPLOYEE, open[0], Map.of("categoryId", open[1], "teamId", teamId("Billing"),
                "citation", "A team")).then().statusCode(400).body("errors.nominee", notNullValue());
        nominate(DemoUser.EMPLOYEE, open[0], Map.of("categoryId", open[1], "personId", Posts.personId(DemoUser.COLLEAGUE)))
                .then().statusCode(400).body("errors.citation", notNullValue());

        long gone = Api.newPerson("Gone Person", "EMPLOYEE");
        JsonPath person = Api.as(Role.HR).get("/api/people/" + gone).then().extract().jsonPath();
        Api.as(Role.ADMIN).contentType(ContentType.JSON).body(Map.of("fullName", "Gone Person", "email",
                person.getString("email"), "teamId", teamId("Front Desk"), "role", "EMPLOYEE", "active", false))
                .put("/api/people/" + gone).then().statusCode(200);
        nominate(DemoUser.EMPLOYEE, open[0], Map.of("categoryId", open[1], "personId", gone, "citation", "x"))
                .then().statusCode(400).body("errors.nominee", notNullValue());

        long[] teams = nominating(Map.of("nominees", "TEAMS"));
        long anasTeam = Api.as(Role.HR).get("/api/people/" + ana).then().extract().jsonPath().getLong("teamId");
        nominate(DemoUser.EMPLOYEE, teams[0], Map.of("categoryId", teams[1], "teamId", anasTeam, "citation", "Us"))
                .then().statusCode(400).body("errors.nominee", notNullValue());
        nominate(DemoUser.EMPLOYEE, teams[0], Map.of("categoryId", teams[1], "personId",
                Posts.personId(DemoUser.COLLEAGUE), "citation", "A person")).then().statusCode(400);

        long[] billingOnly = nominating(Map.of("nomineeTeamIds", List.of(teamId("Billing"))));
        long frontDesk = Api.newPerson("Front Desker", "EMPLOYEE");
        nominate(DemoUser.EMPLOYEE, billingOnly[0], Map.of("categoryId", billingOnly[1], "personId", frontDesk,
                "citation", "Out of scope")).then().statusCode(400).body("errors.nominee", notNullValue());
    }

    @Test
    void parallelNominationsOfOneNomineeMerge() throws Exception {
        long[] open = nominating(Map.of());
        long nominee = Api.newPerson("Popular Person", "EMPLOYEE");
        List<Long> nominators = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            nominators.add(Api.newPerson("Nominator " + i, "EMPLOYEE"));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<NominationService.Outcome>> results = new ArrayList<>();
        for (long nominator : nominators) {
            Callable<NominationService.Outcome> call = () -> {
                start.await();
                return calls.nominate(open[0], nominator, new NominationInput(open[1], nominee, null,
                        "Because " + nominator, null));
            };
            results.add(pool.submit(call));
        }
        start.countDown();
        long nomination = -1;
        for (Future<NominationService.Outcome> result : results) {
            NominationService.Outcome outcome = result.get();
            assertTrue(outcome.newCitation());
            assertTrue(nomination == -1 || nomination == outcome.nominationId());
            nomination = outcome.nominationId();
        }
        pool.shutdown();
        JsonPath list = Api.as(Role.EMPLOYEE).get("/api/awards/rounds/" + open[0] + "/nominations").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(1, list.getList("$").size());
        assertEquals(10, list.getInt("[0].citationCount"));
        assertEquals(10, list.getList("[0].citations").size());

        // The nominee was told once.
        String email = Api.emailOf(nominee);
        assertEquals(1, Arc.container().instance(MockMailbox.class).get().getMailsSentTo(email).size());
    }

    @Test
    void aSecondCitationByTheSameNominatorReplacesTheFirst() {
        long[] open = nominating(Map.of());
        long marko = Posts.personId(DemoUser.COLLEAGUE);
        nominate(DemoUser.EMPLOYEE, open[0], Map.of("categoryId", open[1], "personId", marko, "citation", "First"))
                .then().statusCode(201);
        nominate(DemoUser.EMPLOYEE, open[0], Map.of("categoryId", open[1], "personId", marko, "citation", "Second"))
                .then().statusCode(200).body("citationCount", equalTo(1)).body("citations[0].citation",
                        equalTo("Second"));
    }

    @Test
    void defaultShortlistTakesMostCitedThenEarliestAndWithdrawIsAudited() {
        long[] open = nominating(Map.of("finalists", 2));
        long a = Api.newPerson("Early Bird", "EMPLOYEE");
        long b = Api.newPerson("Late Bird", "EMPLOYEE");
        long c = Api.newPerson("Most Cited", "EMPLOYEE");
        long w = Api.newPerson("Withdrawn One", "EMPLOYEE");
        nominate(DemoUser.EMPLOYEE, open[0], Map.of("categoryId", open[1], "personId", a, "citation", "a")).then().statusCode(201);
        nominate(DemoUser.EMPLOYEE, open[0], Map.of("categoryId", open[1], "personId", b, "citation", "b")).then().statusCode(201);
        nominate(DemoUser.EMPLOYEE, open[0], Map.of("categoryId", open[1], "personId", c, "citation", "c")).then().statusCode(201);
        nominate(DemoUser.COLLEAGUE, open[0], Map.of("categoryId", open[1], "personId", c, "citation", "c2")).then().statusCode(201);
        long withdrawn = nominate(DemoUser.COLLEAGUE, open[0], Map.of("categoryId", open[1], "personId", w,
                "citation", "w")).then().statusCode(201).extract().jsonPath().getLong("id");
        nominate(DemoUser.EMPLOYEE, open[0], Map.of("categoryId", open[1], "personId", w, "citation", "w2")).then().statusCode(201);

        Api.as(Role.HR).contentType(ContentType.JSON).body(Map.of("reason", "Not eligible this quarter"))
                .post("/api/awards/rounds/" + open[0] + "/nominations/" + withdrawn + "/withdraw").then().statusCode(204);
        assertEquals(1, calls.audits("award.nomination.withdrawn", "award-nomination:" + withdrawn));

        move(open[0], "NOMINATING", "SHORTLISTING").then().statusCode(200);
        move(open[0], "SHORTLISTING", "VOTING").then().statusCode(200);
        JsonPath list = Api.as(Role.HR).get("/api/awards/rounds/" + open[0] + "/nominations").then().extract().jsonPath();
        List<Long> finalists = list.getList("findAll { it.finalist }.personId", Long.class);
        assertEquals(List.of(c, a), finalists);
        assertEquals("Not eligible this quarter", list.getString("find { it.id == " + withdrawn + " }.withdrawnReason"));
        List<Object> employeeView = Api.as(Role.EMPLOYEE).get("/api/awards/rounds/" + open[0] + "/nominations").then()
                .extract().jsonPath().getList("id");
        assertTrue(!employeeView.contains((int) withdrawn) && !employeeView.contains(withdrawn));
    }

    @Test
    void aRecognitionIsPutForwardWithItsStory() {
        long[] open = nominating(Map.of());
        long marko = Posts.personId(DemoUser.COLLEAGUE);
        String story = "Marko stayed late to fix a customer's billing mess " + UUID.randomUUID();
        long post = Posts.recognition(Api.as(DemoUser.EMPLOYEE), marko, story);
        Document page = WebSession.as(Role.EMPLOYEE).page("/posts/" + post);
        assertNotNull(page.selectFirst("a[href=/awards/rounds/" + open[0] + "/nominate?post=" + post + "]"));

        WebSession ana = WebSession.as(Role.EMPLOYEE);
        Response sent = ana.submit("/awards/rounds/" + open[0] + "/nominate?post=" + post,
                "/awards/rounds/" + open[0] + "/nominate", Map.of("categoryId", Long.toString(open[1]),
                        "postId", Long.toString(post), "nominee", "", "citation", ""));
        assertEquals(303, sent.statusCode());
        Api.as(Role.EMPLOYEE).get("/api/awards/rounds/" + open[0] + "/nominations").then().statusCode(200)
                .body("[0].personId", equalTo((int) marko)).body("[0].citations[0].citation", equalTo(story))
                .body("[0].citations[0].postId", equalTo((int) post));
        assertTrue(ana.page("/awards/rounds/" + open[0]).text().contains(story));
    }
}
