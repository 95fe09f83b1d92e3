package app.bravo.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.bravo.audit.AuditEntry;
import app.bravo.config.BravoConfig;
import app.bravo.posts.Post;
import app.bravo.security.Role;
import app.bravo.support.Api;
import app.bravo.support.DemoUser;
import app.bravo.support.SqlStatements;
import app.bravo.support.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Pinning posts to the board's spotlight: who may, how many, for how long, and what the board shows. */
@QuarkusTest
class SpotlightTest {

    @Inject
    SessionFactory sessionFactory;

    @Inject
    BravoConfig config;

    @BeforeEach
    @AfterEach
    void emptySpotlight() {
        QuarkusTransaction.requiringNew().run(() -> Post.update("pinnedUntil = null where pinnedUntil is not null"));
    }

    static long post(String story) {
        return RecognitionTest.apiRecognition(Api.as(DemoUser.COLLEAGUE),
                List.of(RecognitionTest.personId(DemoUser.EMPLOYEE)), RecognitionTest.behaviourIds().subList(0, 1),
                story + " — a story long enough for the board.");
    }

    static Response apiPin(Role role, long id, String until) {
        return Api.as(role).contentType(ContentType.JSON).body(until == null ? Map.of() : Map.of("until", until))
                .put("/api/posts/" + id + "/pin");
    }

    LocalDate today() {
        return LocalDate.now(config.timeZone());
    }

    static long audited(String action, long postId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> AuditEntry.count("action = ?1 and subject = ?2", action, "post:" + postId));
    }

    static List<Long> spotlightIds(Role reader) {
        return Api.as(reader).get("/api/board").then().statusCode(200).extract().jsonPath()
                .getList("spotlight.id", Long.class);
    }

    @Test
    void anEmployeeCannotPin() {
        long id = post("Employee pin");
        assertEquals(403, apiPin(Role.EMPLOYEE, id, null).statusCode());
        assertEquals(403, Api.as(Role.EMPLOYEE).delete("/api/posts/" + id + "/pin").statusCode());
        WebSession ana = WebSession.as(Role.EMPLOYEE);
        assertEquals(403, ana.submit("/", "/posts/" + id + "/pin", Map.of()).statusCode());
        assertEquals(403, ana.get("/posts/" + id + "/pin").statusCode());
        assertNull(ana.page("/").selectFirst("form[action=/posts/" + id + "/pin]"), "no pin form for employees");
        assertTrue(spotlightIds(Role.EMPLOYEE).isEmpty());
        assertEquals(0, audited("post.pinned", id));
    }

    @Test
    void aModeratorPinsFromTheCardAndUnpins() {
        long id = post("Moderator pin");
        WebSession moderator = WebSession.as(Role.MODERATOR);
        Element form = moderator.page("/").selectFirst("#post-" + id + " form[action=/posts/" + id + "/pin]");
        assertNotNull(form, "the card has a pin form for moderators");
        assertNotNull(form.selectFirst("input[name=csrf-token]"));

        String until = today().plusDays(10).toString();
        Response pinned = moderator.submit("/", "/posts/" + id + "/pin", Map.of("until", until));
        assertEquals(303, pinned.statusCode());
        assertEquals(1, audited("post.pinned", id));

        Document board = WebSession.as(Role.EMPLOYEE).page("/");
        Element card = board.selectFirst(".spotlight #spotlight-" + id);
        assertNotNull(card, "pinned at the top");
        assertTrue(card.hasClass("post-card--spotlight"));
        assertTrue(card.selectFirst(".post-card__pinned").text().contains(until), card.text());
        assertNotNull(board.selectFirst(".feed #post-" + id), "still in the feed, under its own id");
        assertTrue(board.selectFirst(".spotlight").elementSiblingIndex()
                < board.selectFirst("form.filters").elementSiblingIndex(), "above the filters");
        assertEquals(List.of(id), spotlightIds(Role.EMPLOYEE));
        String apiUntil = Api.as(Role.EMPLOYEE).get("/api/board").then().extract().jsonPath()
                .getString("spotlight[0].pinnedUntil");
        assertEquals(today().plusDays(11).atStartOfDay(config.timeZone()).toInstant(), Instant.parse(apiUntil));
        assertNull(WebSession.as(Role.EMPLOYEE).page("/?period=WEEK").selectFirst(".spotlight"),
                "a filtered board has no spotlight");
        assertTrue(Api.as(Role.EMPLOYEE).get("/api/board?period=WEEK").then().extract().jsonPath()
                .getList("spotlight").isEmpty());

        assertNotNull(moderator.page("/").selectFirst("#spotlight-" + id + " form[action=/posts/" + id + "/pin/remove]"));
        assertEquals(303, moderator.submit("/", "/posts/" + id + "/pin/remove", Map.of()).statusCode());
        assertTrue(spotlightIds(Role.EMPLOYEE).isEmpty());
        assertNull(WebSession.as(Role.EMPLOYEE).page("/").selectFirst(".spotlight"));
        assertEquals(1, audited("post.unpinned", id));
        String log = WebSession.as(Role.HR).page("/audit").text();
        assertTrue(log.contains("Pinned to the spotlight") && log.contains("Taken out of the spotlight"), log);

        // HR may too, through the API; with no day given, a week.
        Instant before = Instant.now();
        String end = apiPin(Role.HR, id, null).then().statusCode(200).extract().jsonPath().getString("pinnedUntil");
        Duration length = Duration.between(before, Instant.parse(end));
        assertTrue(length.compareTo(Duration.ofDays(7).minusMinutes(1)) > 0
                && length.compareTo(Duration.ofDays(7).plusMinutes(1)) < 0, length.toString());
        Api.as(Role.HR).delete("/api/posts/" + id + "/pin").then().statusCode(204);
        Api.as(Role.HR).delete("/api/posts/" + id + "/pin").then().statusCode(204);
        assertEquals(2, audited("post.unpinned", id), "unpinning what is not pinned records nothing");
    }

    @Test
    void aFourthPinIsRefusedUntilOneIsUnpinned() {
        long first = post("Pin one");
        long second = post("Pin two");
        long third = post("Pin three");
        long fourth = post("Pin four");
        for (long id : List.of(first, second, third)) {
            apiPin(Role.MODERATOR, id, null).then().statusCode(200);
        }
        Response refused = apiPin(Role.MODERATOR, fourth, null);
        assertEquals(400, refused.statusCode());
        assertTrue(refused.jsonPath().getString("errors.post").contains("Three posts"), refused.asString());
        Response page = WebSession.as(Role.MODERATOR).submit("/", "/posts/" + fourth + "/pin", Map.of());
        assertEquals(400, page.statusCode());
        assertTrue(WebSession.html(page).selectFirst("#e-post").text().contains("Unpin one"));
        assertEquals(0, audited("post.pinned", fourth));

        apiPin(Role.MODERATOR, second, today().plusDays(3).toString()).then().statusCode(200);
        assertEquals(3, spotlightIds(Role.EMPLOYEE).size(), "a new end day for a pinned post is not a fourth pin");
        assertEquals(3, WebSession.as(Role.EMPLOYEE).page("/").select(".spotlight .post-card").size());

        Api.as(Role.MODERATOR).delete("/api/posts/" + first + "/pin").then().statusCode(204);
        apiPin(Role.MODERATOR, fourth, null).then().statusCode(200);
        assertTrue(spotlightIds(Role.EMPLOYEE).containsAll(List.of(second, third, fourth)));
    }

    @Test
    void anExpiredPinLeavesTheSpotlightAndFreesItsPlace() {
        long expired = post("Expired pin");
        apiPin(Role.MODERATOR, expired, null).then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> Post.update("pinnedUntil = ?1 where id = ?2",
                Instant.now().minusSeconds(1), expired));
        assertTrue(spotlightIds(Role.EMPLOYEE).isEmpty());
        assertNull(WebSession.as(Role.EMPLOYEE).page("/").selectFirst(".spotlight"));
        assertNull(WebSession.as(Role.EMPLOYEE).page("/").selectFirst("#post-" + expired + " .post-card__pinned"));
        for (int i = 0; i < 3; i++) {
            apiPin(Role.MODERATOR, post("Fresh pin " + i), null).then().statusCode(200);
        }
    }

    @Test
    void onlyAnApprovedPostCanBePinnedAndARemovedOneLeaves() {
        long removed = post("Removed before pinning");
        Api.as(Role.MODERATOR).delete("/api/recognitions/" + removed).then().statusCode(204);
        assertEquals(404, apiPin(Role.MODERATOR, removed, null).statusCode());
        assertEquals(404, apiPin(Role.MODERATOR, 999_999_999L, null).statusCode());

        long pending = post("Waiting for moderation");
        QuarkusTransaction.requiringNew().run(() -> Post.update("status = ?1 where id = ?2", Post.Status.PENDING, pending));
        Response refused = apiPin(Role.MODERATOR, pending, null);
        assertEquals(400, refused.statusCode());
        assertNotNull(refused.jsonPath().getString("errors.post"));
        assertEquals(0, audited("post.pinned", pending));

        long later = post("Removed while pinned");
        apiPin(Role.MODERATOR, later, null).then().statusCode(200);
        Api.as(Role.MODERATOR).delete("/api/recognitions/" + later).then().statusCode(204);
        assertTrue(spotlightIds(Role.EMPLOYEE).isEmpty(), "a removed post leaves the spotlight");
    }

    @Test
    void theEndDayIsTodayToSixtyDaysAhead() {
        long id = post("End day");
        for (String bad : List.of(today().minusDays(1).toString(), today().plusDays(61).toString())) {
            Response refused = apiPin(Role.MODERATOR, id, bad);
            assertEquals(400, refused.statusCode(), bad);
            assertNotNull(refused.jsonPath().getString("errors.until"), bad);
        }
        Response form = WebSession.as(Role.MODERATOR).submit("/", "/posts/" + id + "/pin", Map.of("until", "31.12.2026"));
        assertEquals(400, form.statusCode());
        Document page = WebSession.html(form);
        assertNotNull(page.selectFirst(".field--error #f-until"));
        assertEquals("31.12.2026", page.selectFirst("#f-until").attr("value"));
        assertTrue(spotlightIds(Role.EMPLOYEE).isEmpty());
        apiPin(Role.MODERATOR, id, today().plusDays(60).toString()).then().statusCode(200);
        apiPin(Role.MODERATOR, id, today().toString()).then().statusCode(200);
        assertEquals(List.of(id), spotlightIds(Role.EMPLOYEE), "through the end of today");
    }

    @Test
    void theUnfilteredBoardRunsAsManyStatementsWithThreePinsAsWithNone() {
        WebSession reader = WebSession.as(Role.EMPLOYEE);
        long none = SqlStatements.of(sessionFactory, () -> reader.get("/").then().statusCode(200));
        for (int i = 0; i < 3; i++) {
            apiPin(Role.MODERATOR, post("Counted pin " + i), null).then().statusCode(200);
        }
        long three = SqlStatements.of(sessionFactory, () -> reader.get("/").then().statusCode(200));
        assertEquals(none, three, "the spotlight's cards share the feed's statements");
        assertEquals(3, reader.page("/").select(".spotlight .post-card").size());
    }
}
