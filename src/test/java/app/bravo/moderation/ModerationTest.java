package app.bravo.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import app.bravo.posts.Post;
import app.bravo.security.Role;
import app.bravo.support.Api;
import app.bravo.support.DemoUser;
import app.bravo.support.FreshPerson;
import app.bravo.support.Posts;
import app.bravo.support.SqlStatements;
import app.bravo.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The moderation queue: who may use it, approve and reject (with a reason the author reads), a race of two
 * moderators, reports dismissed or acted on, an audit entry for every decision, and a fixed statement count.
 */
@QuarkusTest
class ModerationTest {

    @Inject
    SessionFactory sessionFactory;

    @Test
    void anEmployeeCannotSeeTheQueueNorDecide() {
        long post = Posts.pending(Api.as(DemoUser.COLLEAGUE), Posts.personId(DemoUser.HR), "Waiting for a moderator, long enough.");
        WebSession employee = WebSession.as(Role.EMPLOYEE);
        assertEquals(403, employee.get("/moderation").statusCode());
        String token = employee.csrfToken("/");
        assertEquals(403, employee.postForm("/moderation/posts/" + post + "/approve", Map.of("csrf-token", token))
                .statusCode());
        assertEquals(403, employee.postForm("/moderation/posts/" + post + "/reject",
                Map.of("csrf-token", token, "reason", "No.")).statusCode());
        assertEquals(403, employee.postForm("/moderation/reports/1/dismiss", Map.of("csrf-token", token)).statusCode());
        assertEquals(403, employee.postForm("/moderation/reports/1/remove", Map.of("csrf-token", token)).statusCode());
        assertNull(employee.page("/").selectFirst("a[href='/moderation']"), "no queue in the navigation");

        Api.as(Role.EMPLOYEE).get("/api/moderation/queue").then().statusCode(403);
        Api.as(Role.EMPLOYEE).contentType(ContentType.JSON).post("/api/moderation/posts/" + post + "/approve").then().statusCode(403);
        Api.as(Role.EMPLOYEE).contentType(ContentType.JSON).body(Map.of("reason", "No."))
                .post("/api/moderation/posts/" + post + "/reject").then().statusCode(403);
        Api.as(Role.EMPLOYEE).contentType(ContentType.JSON).post("/api/moderation/reports/1/dismiss").then().statusCode(403);
        Api.as(Role.EMPLOYEE).contentType(ContentType.JSON).post("/api/moderation/reports/1/remove").then().statusCode(403);
        assertEquals(Post.Status.PENDING, Posts.status(post), "nothing changed");

        assertNotNull(WebSession.as(Role.MODERATOR).page("/").selectFirst("a[href='/moderation']"));
        assertNotNull(queued(WebSession.as(Role.HR), post), "HR moderates too");
        Api.as(Role.ADMIN).get("/api/moderation/queue").then().statusCode(200);
    }

    @Test
    void approvingPublishesAndIsAudited() {
        FreshPerson star = FreshPerson.of(Role.EMPLOYEE);
        long post = Posts.pending(Api.as(DemoUser.COLLEAGUE), star.id(), "Pending until a moderator approves it.");
        assertFalse(Posts.onBoard(star.id()).contains(post), "not on the board while pending");
        List<Long> queued = Api.as(Role.MODERATOR).get("/api/moderation/queue?size=100").then().statusCode(200)
                .extract().jsonPath().getList("pending.id", Long.class);
        assertTrue(queued.contains(post));

        WebSession moderator = WebSession.as(Role.MODERATOR);
        Element item = queued(moderator, post);
        assertNotNull(item, "in the queue");
        assertTrue(item.text().contains("Pending until a moderator approves it."), "shown readably");
        assertNotNull(item.selectFirst("a[href='/recognitions/" + post + "/edit']"), "the moderator can edit it");
        Response approved = moderator.submit("/moderation", "/moderation/posts/" + post + "/approve", Map.of());
        assertEquals(303, approved.statusCode());
        assertTrue(moderator.page("/moderation").selectFirst(".flash").text().contains("Approved"));

        assertTrue(Posts.onBoard(star.id()).contains(post), "on the board now");
        assertEquals(Post.Status.APPROVED, Posts.status(post));
        var audit = Posts.audit("moderation.approved", "post:" + post);
        assertEquals(1, audit.size());
        assertEquals(DemoUser.MODERATOR.email, audit.get(0).actor);

        assertEquals(409, Api.as(Role.MODERATOR).contentType(ContentType.JSON).post("/api/moderation/posts/" + post + "/approve").then()
                .contentType("application/problem+json").extract().statusCode(), "approved already");
        Response again = moderator.submit("/moderation", "/moderation/posts/" + post + "/approve", Map.of());
        assertEquals(303, again.statusCode());
        assertTrue(moderator.page("/moderation").selectFirst(".flash").text().contains("already decided"));
    }

    @Test
    void twoModeratorsApprovingAtOnceExactlyOneWins() throws Exception {
        long post = Posts.pending(Api.as(DemoUser.COLLEAGUE), Posts.personId(DemoUser.HR), "Raced by moderators, long enough.");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<CompletableFuture<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                DemoUser who = i % 2 == 0 ? DemoUser.MODERATOR : DemoUser.HR;
                answers.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return Api.as(who).contentType(ContentType.JSON).post("/api/moderation/posts/" + post + "/approve").statusCode();
                }, pool));
            }
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            for (CompletableFuture<Integer> answer : answers) {
                codes.add(answer.get());
            }
            assertEquals(1, codes.stream().filter(c -> c == 200).count(), codes.toString());
            assertEquals(7, codes.stream().filter(c -> c == 409).count(), codes.toString());
        } finally {
            pool.shutdown();
        }
        assertEquals(1, Posts.audit("moderation.approved", "post:" + post).size(), "one decision, one entry");
    }

    @Test
    void rejectingNeedsAReasonAndTheAuthorReadsIt() {
        FreshPerson author = FreshPerson.of(Role.EMPLOYEE);
        long post = Posts.pending(Api.basic(author.email(), author.password()), Posts.personId(DemoUser.COLLEAGUE),
                "A story that names a customer, long enough.");
        WebSession moderator = WebSession.as(Role.MODERATOR);
        Response blank = moderator.submit("/moderation", "/moderation/posts/" + post + "/reject",
                Map.of("reason", "   "));
        assertEquals(400, blank.statusCode());
        Element field = WebSession.html(blank).selectFirst("#pending-" + post + " .field--error");
        assertNotNull(field, "the reason field is marked");
        assertNotNull(field.selectFirst("#e-reason"));
        Api.as(Role.MODERATOR).contentType(ContentType.JSON).body(Map.of("reason", "x".repeat(501)))
                .post("/api/moderation/posts/" + post + "/reject").then().statusCode(400)
                .contentType("application/problem+json").body("errors.reason", org.hamcrest.Matchers.notNullValue());
        assertEquals(Post.Status.PENDING, Posts.status(post));

        String reason = "Molimo izostavite ime kupca — šćućureni Đorđe.";
        assertEquals(303, moderator.submit("/moderation", "/moderation/posts/" + post + "/reject",
                Map.of("reason", reason)).statusCode());
        assertEquals(Post.Status.REJECTED, Posts.status(post));
        assertEquals(1, Posts.audit("moderation.rejected", "post:" + post).size());

        WebSession browser = author.login();
        Element own = browser.page("/posts/mine").selectFirst("#post-" + post).parent();
        assertTrue(own.selectFirst(".status-note").text().contains(reason), "the author reads the reason");
        assertEquals(200, browser.get("/posts/" + post).statusCode(), "the author still opens it");
        assertEquals(404, WebSession.as(Role.EMPLOYEE).get("/posts/" + post).statusCode(), "nobody else");
        Api.as(Role.EMPLOYEE).get("/api/posts/" + post + "/comments").then().statusCode(404);
        assertEquals(409, Api.as(Role.MODERATOR).contentType(ContentType.JSON).body(Map.of("reason", "Again."))
                .post("/api/moderation/posts/" + post + "/reject").statusCode(), "decided already");
    }

    @Test
    void myPostsShowsPendingItemsAndPagesByKeyset() {
        FreshPerson author = FreshPerson.of(Role.EMPLOYEE);
        var api = Api.basic(author.email(), author.password());
        long pending = Posts.pending(api, Posts.personId(DemoUser.COLLEAGUE), "My pending story, long enough.");
        for (int i = 0; i < 21; i++) {
            Posts.recognition(api, Posts.personId(DemoUser.COLLEAGUE), "My story number " + i + ", long enough.");
        }
        WebSession browser = author.login();
        Document first = browser.page("/posts/mine");
        assertEquals(20, first.select(".post-card").size());
        Element next = first.selectFirst(".pager a[rel=next]");
        assertNotNull(next);
        Document second = browser.page(next.attr("href"));
        assertEquals(2, second.select(".post-card").size());
        Element own = second.selectFirst("#post-" + pending).parent();
        assertTrue(own.selectFirst(".status-note").text().contains("Waiting for a moderator"));
        assertEquals(404, WebSession.as(Role.EMPLOYEE).get("/posts/" + pending).statusCode(), "pending: 404 for others");
        assertEquals(200, WebSession.as(Role.MODERATOR).get("/posts/" + pending).statusCode(), "moderators see it");
    }

    @Test
    void aReportIsDismissedOrActedOnAndAudited() {
        FreshPerson star = FreshPerson.of(Role.EMPLOYEE);
        long post = Posts.recognition(Api.as(DemoUser.COLLEAGUE), star.id(), "A story someone will report, long enough.");
        WebSession reporter = WebSession.as(Role.EMPLOYEE);
        Response sent = reporter.submit("/posts/" + post, "/posts/" + post + "/report",
                Map.of("reason", "It names a customer."));
        assertEquals(303, sent.statusCode());
        assertTrue(reporter.page("/posts/" + post).selectFirst(".flash").text().contains("Thank you"));
        Response twice = reporter.submit("/posts/" + post, "/posts/" + post + "/report", Map.of("reason", "Again."));
        assertEquals(303, twice.statusCode());
        assertTrue(reporter.page("/posts/" + post).selectFirst(".flash").text().contains("already reported"));
        Api.as(DemoUser.EMPLOYEE).contentType(ContentType.JSON).body(Map.of("reason", "Once more."))
                .post("/api/posts/" + post + "/reports").then().statusCode(409)
                .contentType("application/problem+json");
        assertTrue(Posts.onBoard(star.id()).contains(post), "stays on the board until a moderator acts");

        long report = openReport(post);
        Element row = WebSession.as(Role.MODERATOR).page("/moderation").selectFirst("#report-" + report);
        assertTrue(row.text().contains("It names a customer."), "the reason");
        assertNotNull(row.selectFirst("#post-" + post), "and the reported post");

        Api.as(Role.MODERATOR).contentType(ContentType.JSON).post("/api/moderation/reports/" + report + "/dismiss").then().statusCode(200);
        Api.as(Role.MODERATOR).contentType(ContentType.JSON).post("/api/moderation/reports/" + report + "/dismiss").then().statusCode(409);
        assertTrue(Posts.onBoard(star.id()).contains(post), "a dismissed report leaves the post");
        assertEquals(1, Posts.audit("moderation.report-dismissed", "report:" + report).size());

        Api.as(DemoUser.EMPLOYEE).contentType(ContentType.JSON).body(Map.of("reason", "Still names a customer."))
                .post("/api/posts/" + post + "/reports").then().statusCode(201);
        Api.as(DemoUser.COLLEAGUE).contentType(ContentType.JSON).body(Map.of("reason", "Agreed."))
                .post("/api/posts/" + post + "/reports").then().statusCode(201);
        long second = openReport(post);
        WebSession moderator = WebSession.as(Role.MODERATOR);
        assertEquals(303, moderator.submit("/moderation", "/moderation/reports/" + second + "/remove", Map.of())
                .statusCode());
        assertFalse(Posts.onBoard(star.id()).contains(post), "removed from the board");
        Api.as(Role.EMPLOYEE).get("/api/recognitions/" + post).then().statusCode(404);
        assertEquals(404, WebSession.as(Role.EMPLOYEE).get("/posts/" + post).statusCode());
        assertEquals(List.of(), openReports(post), "every report of it closed");
        var audit = Posts.audit("moderation.report-removed", "report:" + second);
        assertEquals(1, audit.size());
        assertEquals(String.valueOf(post), audit.get(0).arguments().get("post"));
        assertTrue(WebSession.as(Role.HR).page("/audit").text().contains("Reported item taken off the board"));
    }

    @Test
    void theQueueRunsAFixedNumberOfStatements() {
        FreshPerson star = FreshPerson.of(Role.EMPLOYEE);
        var colleague = Api.as(DemoUser.COLLEAGUE);
        Posts.pending(colleague, star.id(), "One pending story, long enough.");
        report(Posts.recognition(colleague, star.id(), "One reported story, long enough."));
        WebSession moderator = WebSession.as(Role.MODERATOR);
        long one = SqlStatements.of(sessionFactory, () -> moderator.get("/moderation").then().statusCode(200));
        for (int i = 0; i < 21; i++) {
            Posts.pending(colleague, star.id(), "Pending story " + i + ", long enough.");
            report(Posts.recognition(colleague, star.id(), "Reported story " + i + ", long enough."));
        }
        long full = SqlStatements.of(sessionFactory, () -> moderator.get("/moderation").then().statusCode(200));
        assertEquals(one, full, "no statement per post, report or card");
        assertTrue(full <= 20, full + " statements");
        Document page = moderator.page("/moderation");
        assertEquals(20, page.select("#pending .queue__item").size());
        assertEquals(20, page.select("#reports .queue__item").size());
        assertNotNull(page.selectFirst("#pending a[rel=next]"));
        // Leave a short queue for the other tests.
        for (Long post : Api.as(Role.MODERATOR).get("/api/moderation/queue?size=100").then().extract().jsonPath()
                .getList("pending.id", Long.class)) {
            Api.as(Role.MODERATOR).contentType(ContentType.JSON).body(Map.of("reason", "Cleared by the test."))
                    .post("/api/moderation/posts/" + post + "/reject");
        }
        for (Long report : Api.as(Role.MODERATOR).get("/api/moderation/queue?size=100").then().extract().jsonPath()
                .getList("reports.id", Long.class)) {
            Api.as(Role.MODERATOR).contentType(ContentType.JSON).post("/api/moderation/reports/" + report + "/dismiss");
        }
    }

    /** The post's item in the queue, on whichever page it is (pending posts are listed oldest first). */
    static Element queued(WebSession moderator, long post) {
        String path = "/moderation";
        for (int i = 0; i < 50 && path != null; i++) {
            Document page = moderator.page(path);
            Element item = page.selectFirst("#pending-" + post);
            if (item != null) {
                return item;
            }
            Element next = page.selectFirst("#pending a[rel=next]");
            path = next == null ? null : next.attr("href");
        }
        return null;
    }

    private static void report(long post) {
        Api.as(DemoUser.EMPLOYEE).contentType(ContentType.JSON).body(Map.of("reason", "Please look at it."))
                .post("/api/posts/" + post + "/reports").then().statusCode(201);
    }

    private static List<Long> openReports(long post) {
        List<Long> ids = new ArrayList<>();
        String reportsAfter = null;
        do {
            var page = Api.as(Role.MODERATOR).queryParam("size", 100)
                    .queryParam("reportsAfter", reportsAfter == null ? "" : reportsAfter)
                    .get("/api/moderation/queue").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> rows = page.getList("reports");
            rows.stream().filter(r -> ((Number) r.get("postId")).longValue() == post && r.get("commentId") == null)
                    .forEach(r -> ids.add(((Number) r.get("id")).longValue()));
            reportsAfter = page.getString("reportsNext");
        } while (reportsAfter != null);
        return ids;
    }

    private static long openReport(long post) {
        return openReports(post).get(0);
    }
}
