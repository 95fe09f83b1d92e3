package app.bravo.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import app.bravo.posts.Post;
import app.bravo.posts.Reaction;
import app.bravo.security.Role;
import app.bravo.support.Api;
import app.bravo.support.DemoUser;
import app.bravo.support.FreshPerson;
import app.bravo.support.Posts;
import app.bravo.support.SqlStatements;
import app.bravo.support.WebSession;
import io.quarkus.arc.Arc;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Recognising colleagues and the board that shows it: the form's rules, escaping, the 24-hour edit window,
 * applause that counts once, keyset pages and filters, and a fixed number of statements per board page.
 */
@QuarkusTest
class RecognitionTest {

    @Inject
    SessionFactory sessionFactory;

    static List<Long> behaviourIds() {
        return Posts.behaviourIds();
    }

    static long personId(DemoUser user) {
        return Posts.personId(user);
    }

    /** Posts the recognise form as a browser would, repeated fields included. */
    static Response recognise(WebSession author, List<Long> recipients, Long teamId, List<Long> behaviours,
            String story) {
        RequestSpecification form = author.request().redirects().follow(false)
                .contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParam("csrf-token", author.csrfToken("/recognitions/new")).formParam("story", story);
        recipients.forEach(id -> form.formParam("recipientIds", id));
        behaviours.forEach(id -> form.formParam("behaviourIds", id));
        if (teamId != null) {
            form.formParam("teamId", teamId);
        }
        return form.post("/recognitions");
    }

    static long created(Response response) {
        assertEquals(303, response.statusCode(), response.asString());
        String location = response.getHeader("Location");
        return Long.parseLong(location.substring(location.indexOf("#post-") + 6));
    }

    static long apiRecognition(RequestSpecification author, List<Long> recipients, List<Long> behaviours, String story) {
        return author.contentType(ContentType.JSON).body(Map.of("recipientIds", recipients, "behaviourIds", behaviours,
                "story", story)).post("/api/recognitions").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void aRecognitionThroughTheFormIsOnTheBoardAtOnce() {
        WebSession ana = WebSession.as(Role.EMPLOYEE);
        List<Long> behaviours = behaviourIds();
        String story = "Marko stayed after hours to fix a customer's double charge.\n\nThe customer called back to "
                + "thank him, and so do I.";
        long id = created(recognise(ana, List.of(personId(DemoUser.COLLEAGUE)), null, behaviours.subList(0, 2), story));
        Element card = WebSession.as(Role.HR).page("/").selectFirst("#post-" + id);
        assertNotNull(card, "on the board for everyone");
        assertTrue(card.selectFirst(".post-card__who").text().contains("Marko Jovanović"));
        assertEquals(2, card.select(".post-card__story p").size(), "paragraphs kept");
        assertEquals(2, card.select(".behaviour-chips .chip").size());
        assertTrue(card.text().contains("Ana Petrović"), "the author is named");
    }

    @Test
    void theFormRefusesWhatBreaksTheRulesAndKeepsWhatWasTyped() {
        WebSession ana = WebSession.as(Role.EMPLOYEE);
        List<Long> b = behaviourIds();
        long marko = personId(DemoUser.COLLEAGUE);
        String story = "A story long enough to pass the twenty characters.";

        Document none = WebSession.html(recognise(ana, List.of(marko), null, List.of(), story));
        assertNotNull(none.selectFirst("#e-behaviourIds"), "a standard is required");
        assertEquals(story, none.selectFirst("#f-story").text(), "what was typed stays");
        assertNotNull(WebSession.html(recognise(ana, List.of(marko), null, b.subList(0, 4), story))
                .selectFirst("#e-behaviourIds"), "three at most");
        assertNotNull(WebSession.html(recognise(ana, List.of(marko), null, b.subList(0, 1), "Too short"))
                .selectFirst("#e-story"));
        assertNotNull(WebSession.html(recognise(ana, List.of(), null, b.subList(0, 1), story))
                .selectFirst("#e-recipientIds"), "someone must be recognised");
        Response self = recognise(ana, List.of(personId(DemoUser.EMPLOYEE)), null, b.subList(0, 1), story);
        assertEquals(400, self.statusCode());
        assertTrue(WebSession.html(self).selectFirst("#e-recipientIds").text().contains("only yourself"));
        assertTrue(WebSession.html(recognise(ana, List.of(marko), null, b.subList(0, 1), story))
                .select(".field--error").isEmpty(), "and the same with a colleague is fine");
    }

    @Test
    void theLongestSerbianStoryGoesThroughTheFormWhole() {
        String story = ("Čestitam Đorđu što je rešio žalbu uz osmeh — šćućureni ljiljan! ".repeat(40)).substring(0, 2000);
        long id = created(recognise(WebSession.as(Role.EMPLOYEE), List.of(personId(DemoUser.COLLEAGUE)), null,
                behaviourIds().subList(0, 1), story));
        String shown = Api.as(Role.EMPLOYEE).get("/api/recognitions/" + id).then().extract().jsonPath().getString("story");
        assertEquals(story.strip(), shown);
        assertEquals(400, recognise(WebSession.as(Role.EMPLOYEE), List.of(personId(DemoUser.COLLEAGUE)), null,
                behaviourIds().subList(0, 1), story + "x").statusCode(), "2,001 characters is one too many");
    }

    @Test
    void markupInAStoryIsShownAsTextOnTheBoardAndInTheApi() {
        String story = "<script>alert('x')</script> {inject:me.name} <b>bold</b> & more than twenty";
        long id = apiRecognition(Api.as(DemoUser.COLLEAGUE), List.of(personId(DemoUser.EMPLOYEE)),
                behaviourIds().subList(0, 1), story);
        Response board = WebSession.as(Role.EMPLOYEE).get("/?person=" + personId(DemoUser.EMPLOYEE));
        Element card = WebSession.html(board).selectFirst("#post-" + id);
        assertEquals(story, card.selectFirst(".post-card__story").text());
        assertTrue(card.select("script, b").isEmpty());
        assertTrue(board.asString().contains("&lt;script&gt;"));
    }

    @Test
    void theAuthorChangesItFor24HoursThenOnlyAModerator() {
        FreshPerson author = FreshPerson.of(Role.EMPLOYEE);
        List<Long> b = behaviourIds();
        long id = apiRecognition(Api.basic(author.email(), author.password()), List.of(personId(DemoUser.COLLEAGUE)),
                b.subList(0, 1), "First version of the story, long enough.");
        Map<String, Object> change = Map.of("recipientIds", List.of(personId(DemoUser.COLLEAGUE)), "behaviourIds",
                b.subList(0, 2), "story", "Second version of the story, long enough.");
        Api.basic(author.email(), author.password()).contentType(ContentType.JSON).body(change)
                .put("/api/recognitions/" + id).then().statusCode(200);
        Api.as(DemoUser.EMPLOYEE).contentType(ContentType.JSON).body(change).put("/api/recognitions/" + id).then()
                .statusCode(403);
        assertEquals(403, WebSession.as(Role.EMPLOYEE).get("/recognitions/" + id + "/edit").statusCode());

        QuarkusTransaction.requiringNew().run(() -> Post.update("createdAt = ?1 where id = ?2",
                Instant.now().minus(Duration.ofHours(25)), id));
        Api.basic(author.email(), author.password()).contentType(ContentType.JSON).body(change)
                .put("/api/recognitions/" + id).then().statusCode(400);
        Api.as(Role.MODERATOR).contentType(ContentType.JSON).body(change).put("/api/recognitions/" + id).then()
                .statusCode(200);
        Api.as(Role.MODERATOR).delete("/api/recognitions/" + id).then().statusCode(204);
        Api.as(Role.EMPLOYEE).get("/api/recognitions/" + id).then().statusCode(404);
    }

    @Test
    void applauseCountsOncePerPersonHoweverManyClicksRace() throws Exception {
        long id = apiRecognition(Api.as(DemoUser.COLLEAGUE), List.of(personId(DemoUser.HR)),
                behaviourIds().subList(0, 1), "Applause test story, long enough.");
        FreshPerson fan = FreshPerson.of(Role.EMPLOYEE);
        Api.basic(fan.email(), fan.password()).put("/api/posts/" + id + "/applause").then().statusCode(200);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<CompletableFuture<Integer>> clicks = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                clicks.add(CompletableFuture.supplyAsync(() -> Api.basic(fan.email(), fan.password())
                        .put("/api/posts/" + id + "/applause").statusCode(), pool));
            }
            for (CompletableFuture<Integer> click : clicks) {
                assertEquals(200, click.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, Api.as(Role.EMPLOYEE).get("/api/recognitions/" + id).then().extract().jsonPath()
                .getInt("applause"));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Reaction.count("postId", id)));

        WebSession browser = fan.login();
        Response fragment = browser.request().header("HX-Request", "true").contentType(ContentType.URLENC)
                .formParam("csrf-token", browser.csrfToken("/")).formParam("applaud", "false")
                .post("/posts/" + id + "/applause");
        assertEquals(200, fragment.statusCode());
        Element button = WebSession.html(fragment).selectFirst("button");
        assertEquals("false", button.attr("aria-pressed"));
        assertEquals("0", button.selectFirst(".applause__count").text());
    }

    @Test
    void theBoardPagesByKeysetAndFilters() {
        FreshPerson star = FreshPerson.of(Role.EMPLOYEE);
        List<Long> b = behaviourIds();
        for (int i = 0; i < 25; i++) {
            apiRecognition(Api.as(DemoUser.COLLEAGUE), List.of(star.id()), b.subList(i % 2, i % 2 + 1),
                    "Story number " + i + " about a fresh star, long enough.");
        }
        WebSession reader = WebSession.as(Role.EMPLOYEE);
        Document first = reader.page("/?person=" + star.id());
        assertEquals(20, first.select(".post-card").size());
        Element more = first.selectFirst(".feed__more a");
        assertNotNull(more);
        Response next = reader.request().header("HX-Request", "true").get(more.attr("href"));
        Document rest = WebSession.html(next);
        assertNull(rest.selectFirst("header.site-header"), "htmx gets the next cards only");
        assertEquals(5, rest.select(".post-card").size());
        assertNull(rest.selectFirst(".feed__more"), "nothing older");
        List<String> ids = new ArrayList<>(first.select(".post-card").eachAttr("id"));
        ids.addAll(rest.select(".post-card").eachAttr("id"));
        assertEquals(25, new HashSet<>(ids).size(), "every card once");
        assertTrue(first.selectFirst(".post-card").text().contains("Story number 24"), "newest first");

        assertEquals(13, reader.page("/?person=" + star.id() + "&behaviour=" + b.get(0)).select(".post-card").size());
        assertEquals(20, reader.page("/?person=" + star.id() + "&period=WEEK").select(".post-card").size());
        List<Object> api = Api.as(Role.EMPLOYEE).get("/api/board?size=50&person=" + star.id()).then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertEquals(25, api.size());
    }

    @Test
    void aBoardPageRunsAFixedNumberOfStatements() {
        FreshPerson star = FreshPerson.of(Role.EMPLOYEE);
        List<Long> b = behaviourIds();
        apiRecognition(Api.as(DemoUser.COLLEAGUE), List.of(star.id()), b.subList(0, 1), "One story, long enough here.");
        WebSession reader = WebSession.as(Role.EMPLOYEE);
        // Read afresh (the shared part of the page not kept): what the first reader after a change pays.
        long one = statements(() -> {
            boardCache.clear();
            reader.get("/?person=" + star.id()).then().statusCode(200);
        });
        for (int i = 0; i < 20; i++) {
            apiRecognition(Api.as(DemoUser.COLLEAGUE), List.of(star.id(), personId(DemoUser.HR)), b.subList(0, 3),
                    "Story " + i + " with three standards, long enough.");
        }
        long twenty = statements(() -> {
            boardCache.clear();
            reader.get("/?person=" + star.id()).then().statusCode(200);
        });
        assertEquals(one, twenty, "no statement per card, recipient, standard or reaction");
        assertTrue(twenty <= 16, twenty + " statements (with the demo's winners strip)");
        long kept = statements(() -> reader.get("/?person=" + star.id()).then().statusCode(200));
        assertTrue(kept <= twenty - 6, "a later reader pays for little more than signing in: " + kept + " of " + twenty);
    }

    @Test
    void recipientsAndTeamMembersGetOneMailEachUnlessTheyTurnedThemOff() {
        MockMailbox mailbox = Arc.container().instance(MockMailbox.class).get();
        FreshPerson named = FreshPerson.of(Role.EMPLOYEE);
        FreshPerson quiet = FreshPerson.of(Role.EMPLOYEE);
        WebSession quietBrowser = quiet.login();
        quietBrowser.submit("/account", "/account/notices", Map.of()).then().statusCode(303);
        assertNull(quietBrowser.page("/account").selectFirst("#f-notices[checked]"), "the box shows the choice");
        long frontDesk = Api.as(Role.HR).get("/api/people/" + named.id()).then().extract().jsonPath().getLong("teamId");
        mailbox.clear();

        Map<String, Object> body = Map.of("recipientIds", List.of(named.id(), quiet.id()), "teamId", frontDesk,
                "behaviourIds", behaviourIds().subList(0, 1), "story", "A story that goes out by mail, long enough.");
        Api.as(DemoUser.COLLEAGUE).contentType(ContentType.JSON).body(body).post("/api/recognitions").then()
                .statusCode(201);
        List<io.quarkus.mailer.Mail> mails = mailbox.getMailsSentTo(named.email());
        assertEquals(1, mails.size(), "named and in the team: one mail");
        assertTrue(mails.get(0).getSubject().contains("Marko Jovanović"));
        assertTrue(mails.get(0).getText().contains("A story that goes out by mail"));
        assertTrue(mailbox.getMailsSentTo(quiet.email()) == null || mailbox.getMailsSentTo(quiet.email()).isEmpty(),
                "turned off");
        assertEquals(1, mailbox.getMailsSentTo(DemoUser.EMPLOYEE.email).size(), "Ana, in the team, is told too");
        assertTrue(mailbox.getMailsSentTo(DemoUser.COLLEAGUE.email) == null
                || mailbox.getMailsSentTo(DemoUser.COLLEAGUE.email).isEmpty(), "not the author");
    }

    @Test
    void theEmptyFilteredBoardSaysSoAndAnUnknownPostIs404() {
        Document page = WebSession.as(Role.EMPLOYEE).page("/?person=999999999");
        assertNotNull(page.selectFirst(".board-empty"));
        assertEquals(404, Api.as(Role.EMPLOYEE).put("/api/posts/999999999/applause").statusCode());
        assertFalse(WebSession.as(Role.EMPLOYEE).page("/").select(".post-card").isEmpty(), "the demo board has cards");
    }

    @Inject
    BoardCache boardCache;

    private long statements(Runnable request) {
        return SqlStatements.of(sessionFactory, request);
    }
}
