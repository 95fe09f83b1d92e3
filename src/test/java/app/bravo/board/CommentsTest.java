package app.bravo.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import app.bravo.posts.Comment;
import app.bravo.security.Role;
import app.bravo.support.Api;
import app.bravo.support.DemoUser;
import app.bravo.support.FreshPerson;
import app.bravo.support.Posts;
import app.bravo.support.SqlStatements;
import app.bravo.support.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Congratulations under a post: the post page, length limits through the form, escaping, who may delete, the
 * count on the board card, htmx in place, reports of comments, and a fixed number of statements per page.
 */
@QuarkusTest
class CommentsTest {

    @Inject
    SessionFactory sessionFactory;

    private static Response comment(WebSession who, long post, String body) {
        return who.request().redirects().follow(false).contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParam("csrf-token", who.csrfToken("/posts/" + post)).formParam("body", body)
                .post("/posts/" + post + "/comments");
    }

    private static long apiComment(DemoUser who, long post, String body) {
        return Api.as(who).contentType(ContentType.JSON).body(Map.of("body", body))
                .post("/api/posts/" + post + "/comments").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String countOnCard(long post, long recipient) {
        Element card = WebSession.as(Role.EMPLOYEE).page("/?person=" + recipient).selectFirst("#post-" + post);
        return card.selectFirst(".post-card__comments").text();
    }

    @Test
    void lengthLimitsThroughTheFormAndTheApi() {
        FreshPerson star = FreshPerson.of(Role.EMPLOYEE);
        long post = Posts.recognition(Api.as(DemoUser.COLLEAGUE), star.id(), "A story to congratulate, long enough.");
        WebSession ana = WebSession.as(Role.EMPLOYEE);

        Response empty = comment(ana, post, "  \r\n ");
        assertEquals(400, empty.statusCode());
        assertNotNull(WebSession.html(empty).selectFirst("#comment-form .field--error #e-body"), "the field is marked");
        String tooLong = "Čestitam! ".repeat(51).substring(0, 501);
        Response over = comment(ana, post, tooLong);
        assertEquals(400, over.statusCode());
        Document refused = WebSession.html(over);
        assertNotNull(refused.selectFirst("#e-body"));
        assertEquals(tooLong, refused.selectFirst("#f-body").text(), "what was typed stays");

        String longest = ("Čestitam Đorđu — šćućureni ljiljan žubori! ".repeat(20)).substring(0, 500);
        Response accepted = comment(ana, post, longest + "\r\n");
        assertEquals(303, accepted.statusCode(), "500 Serbian characters through the form");
        List<String> bodies = Api.as(Role.EMPLOYEE).get("/api/posts/" + post + "/comments").then().statusCode(200)
                .extract().jsonPath().getList("items.body", String.class);
        assertEquals(List.of(longest.strip()), bodies);

        Api.as(DemoUser.EMPLOYEE).contentType(ContentType.JSON).body(Map.of("body", ""))
                .post("/api/posts/" + post + "/comments").then().statusCode(400)
                .body("errors.body", org.hamcrest.Matchers.notNullValue());
        Api.as(DemoUser.EMPLOYEE).contentType(ContentType.JSON).body(Map.of("body", "x".repeat(501)))
                .post("/api/posts/" + post + "/comments").then().statusCode(400);
        assertEquals("1 congratulation", countOnCard(post, star.id()));
    }

    @Test
    void markupInACommentOrStoryIsShownAsText() {
        FreshPerson star = FreshPerson.of(Role.EMPLOYEE);
        String story = "<script>alert('story')</script> {inject:me.name} and more than twenty";
        long post = Posts.recognition(Api.as(DemoUser.COLLEAGUE), star.id(), story);
        String body = "<script>alert('x')</script> {inject:me.name} <b>bold</b>\n\nSecond paragraph";
        assertEquals(303, comment(WebSession.as(DemoUser.COLLEAGUE), post, body).statusCode());

        Response page = WebSession.as(Role.EMPLOYEE).get("/posts/" + post);
        Document html = WebSession.html(page);
        Element comment = html.selectFirst(".comment");
        assertEquals(2, comment.select(".comment__body p").size(), "paragraphs kept");
        assertEquals("<script>alert('x')</script> {inject:me.name} <b>bold</b>",
                comment.selectFirst(".comment__body p").text());
        assertEquals(story, html.selectFirst(".post-card__story").text());
        assertTrue(html.select("main script, main b").isEmpty());
        assertTrue(page.asString().contains("&lt;script&gt;alert("), "escaped, not dropped");
        Element card = WebSession.as(Role.EMPLOYEE).page("/?person=" + star.id()).selectFirst("#post-" + post);
        assertEquals(story, card.selectFirst(".post-card__story").text());
        assertTrue(card.select("script").isEmpty());
    }

    @Test
    void authorsDeleteTheirOwnModeratorsAnyAndTheCountFollows() {
        FreshPerson star = FreshPerson.of(Role.EMPLOYEE);
        long post = Posts.recognition(Api.as(DemoUser.HR), star.id(), "A story with comments, long enough.");
        long ana = apiComment(DemoUser.EMPLOYEE, post, "Bravo!");
        long marko = apiComment(DemoUser.COLLEAGUE, post, "Well done!");
        apiComment(DemoUser.COLLEAGUE, post, "Really well done!");
        assertEquals("3 congratulations", countOnCard(post, star.id()));

        Api.as(DemoUser.COLLEAGUE).delete("/api/comments/" + ana).then().statusCode(403);
        WebSession markoBrowser = WebSession.as(DemoUser.COLLEAGUE);
        assertEquals(403, markoBrowser.submit("/posts/" + post, "/comments/" + ana + "/delete", Map.of()).statusCode());
        Document asMarko = markoBrowser.page("/posts/" + post);
        assertNull(asMarko.selectFirst("#comment-" + ana + " form[action$=delete]"), "no delete button on others'");
        assertNotNull(asMarko.selectFirst("#comment-" + marko + " form[action$=delete]"));

        assertEquals(303, markoBrowser.submit("/posts/" + post, "/comments/" + marko + "/delete", Map.of())
                .statusCode());
        Api.as(Role.MODERATOR).delete("/api/comments/" + ana).then().statusCode(204);
        Api.as(Role.MODERATOR).delete("/api/comments/" + ana).then().statusCode(404);
        assertEquals("1 congratulation", countOnCard(post, star.id()));
        Document page = WebSession.as(Role.EMPLOYEE).page("/posts/" + post);
        assertEquals(1, page.select(".comment").size());
        assertEquals(Comment.Status.REMOVED, QuarkusTransaction.requiringNew().call(
                () -> Comment.<Comment> findById(ana).status), "kept, marked, for reports");
        assertEquals(1, Posts.audit("comment.removed", "comment:" + ana).size(), "a moderator's removal is audited");
    }

    @Test
    void htmxAddsTheCommentInPlace() {
        long post = Posts.recognition(Api.as(DemoUser.COLLEAGUE), Posts.personId(DemoUser.HR), "An htmx story, long enough.");
        WebSession ana = WebSession.as(Role.EMPLOYEE);
        String token = ana.csrfToken("/posts/" + post);
        Response added = ana.request().header("HX-Request", "true").contentType(ContentType.URLENC)
                .formParam("csrf-token", token).formParam("body", "In place!").post("/posts/" + post + "/comments");
        assertEquals(200, added.statusCode());
        Document fragment = WebSession.html(added);
        assertNull(fragment.selectFirst("header.site-header"), "a fragment");
        assertEquals("In place!", fragment.selectFirst("li.comment .comment__body").text());
        Element form = fragment.selectFirst("form#comment-form[hx-swap-oob]");
        assertNotNull(form, "a fresh form replaces the sent one");
        assertEquals("", form.selectFirst("#f-body").text());

        Response refused = ana.request().header("HX-Request", "true").contentType(ContentType.URLENC)
                .formParam("csrf-token", token).formParam("body", "").post("/posts/" + post + "/comments");
        assertEquals("#comment-form", refused.getHeader("HX-Retarget"));
        assertNotNull(WebSession.html(refused).selectFirst("#e-body"));
        assertEquals(400, ana.postForm("/posts/" + post + "/comments", Map.of("body", "No token")).statusCode(),
                "no CSRF token, no comment");
    }

    @Test
    void hiddenPostsTakeNoCommentsNorReportsAndACommentIsReportedOnce() {
        long pending = Posts.pending(Api.as(DemoUser.COLLEAGUE), Posts.personId(DemoUser.HR), "Pending, not for comments.");
        Api.as(DemoUser.EMPLOYEE).contentType(ContentType.JSON).body(Map.of("body", "Hi"))
                .post("/api/posts/" + pending + "/comments").then().statusCode(404);
        Api.as(DemoUser.EMPLOYEE).contentType(ContentType.JSON).body(Map.of("reason", "Hm"))
                .post("/api/posts/" + pending + "/reports").then().statusCode(404);
        assertEquals(404, WebSession.as(Role.EMPLOYEE).get("/posts/" + pending).statusCode());

        long post = Posts.recognition(Api.as(DemoUser.COLLEAGUE), Posts.personId(DemoUser.HR), "A story, long enough here.");
        long rude = apiComment(DemoUser.COLLEAGUE, post, "Something rude");
        WebSession ana = WebSession.as(Role.EMPLOYEE);
        Response blank = ana.submit("/posts/" + post, "/comments/" + rude + "/report", Map.of("reason", " "));
        assertEquals(400, blank.statusCode());
        assertNotNull(WebSession.html(blank).selectFirst("#comment-" + rude + " #e-reason-" + rude));
        assertNull(WebSession.html(blank).selectFirst("#report .field--error"), "only the form that was sent");
        assertEquals(303, ana.submit("/posts/" + post, "/comments/" + rude + "/report",
                Map.of("reason", "Rude.")).statusCode());
        Api.as(DemoUser.EMPLOYEE).contentType(ContentType.JSON).body(Map.of("reason", "Rude, again."))
                .post("/api/comments/" + rude + "/reports").then().statusCode(409);

        List<Map<String, Object>> reports = Api.as(Role.MODERATOR).get("/api/moderation/queue?size=100").then()
                .statusCode(200).extract().jsonPath().getList("reports");
        long report = reports.stream().filter(r -> r.get("commentId") != null
                && ((Number) r.get("commentId")).longValue() == rude).map(r -> ((Number) r.get("id")).longValue())
                .findFirst().orElseThrow();
        Element row = WebSession.as(Role.MODERATOR).page("/moderation").selectFirst("#report-" + report);
        assertTrue(row.text().contains("Something rude") && row.text().contains("Rude."), "the comment and the reason");
        Api.as(Role.MODERATOR).contentType(ContentType.JSON).post("/api/moderation/reports/" + report + "/remove").then().statusCode(200);
        assertNull(WebSession.as(Role.EMPLOYEE).page("/posts/" + post).selectFirst("#comment-" + rude), "removed");
        assertEquals(0, Api.as(Role.EMPLOYEE).get("/api/posts/" + post + "/comments").then().extract().jsonPath()
                .getList("items").size());
    }

    @Test
    void thePostPageRunsAFixedNumberOfStatements() {
        long post = Posts.recognition(Api.as(DemoUser.COLLEAGUE), Posts.personId(DemoUser.HR), "A busy story, long enough.");
        apiComment(DemoUser.EMPLOYEE, post, "First!");
        WebSession reader = WebSession.as(Role.EMPLOYEE);
        long one = SqlStatements.of(sessionFactory, () -> reader.get("/posts/" + post).then().statusCode(200));
        for (int i = 0; i < 24; i++) {
            apiComment(i % 2 == 0 ? DemoUser.COLLEAGUE : DemoUser.HR, post, "Congratulations number " + i);
        }
        long many = SqlStatements.of(sessionFactory, () -> reader.get("/posts/" + post).then().statusCode(200));
        assertEquals(one, many, "no statement per comment or author");
        assertTrue(many <= 12, many + " statements");

        Document first = reader.page("/posts/" + post);
        assertEquals(20, first.select(".comment").size());
        assertEquals("First!", first.selectFirst(".comment .comment__body").text(), "oldest first");
        // The link's #comments stays in the browser; it is not sent.
        String next = first.selectFirst("#comments a[rel=next]").attr("href").replaceAll("#.*", "");
        Document second = reader.page(next);
        assertEquals(5, second.select(".comment").size());
        assertEquals("Congratulations number 23", second.select(".comment .comment__body").last().text());
        long nextStatements = SqlStatements.of(sessionFactory, () -> reader.get(next).then().statusCode(200));
        assertTrue(nextStatements <= one + 1, "a later page adds only its cursor");
    }
}
