package app.bravo.quality;

import static app.bravo.quality.FeedbackFixtures.count;
import static app.bravo.quality.FeedbackFixtures.freshTeam;
import static app.bravo.quality.FeedbackFixtures.rows;
import static app.bravo.quality.FeedbackFixtures.score;
import static app.bravo.quality.FeedbackFixtures.tag;
import static app.bravo.quality.FeedbackFixtures.teamId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import app.bravo.security.Role;
import app.bravo.support.Api;
import app.bravo.support.DemoUser;
import app.bravo.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The staff's quick form, the list of what came in and clearing a comment. */
@QuarkusTest
class FeedbackPagesTest {

    @Inject
    DataSource dataSource;

    private static long personId(DemoUser user) {
        return Api.as(Role.HR).get("/api/people?q=" + user.email).then().extract().jsonPath().getLong("items[0].id");
    }

    @Test
    void anEmployeeRecordsACustomersScoreForTheirTeam() throws Exception {
        WebSession ana = WebSession.as(Role.EMPLOYEE);
        long frontDesk = teamId("Front Desk");
        Document form = ana.page("/quality/feedback/new");
        assertNotNull(form.selectFirst("#f-teamId option[value=" + frontDesk + "][selected]"), "their own team first");
        long anaId = personId(DemoUser.EMPLOYEE);
        assertNotNull(form.selectFirst("#f-personId option[value=" + anaId + "]"), "the team's people are offered");
        assertNotNull(form.selectFirst("nav a[href=/quality/feedback/new]"), "in the navigation");

        String words = "Form " + tag() + " explained the new tariff well.";
        Map<String, String> fields = Map.of("teamId", String.valueOf(frontDesk), "personId", String.valueOf(anaId),
                "scale", "CSAT", "score", "5", "channel", "COUNTER", "comment", words,
                "entry", form.selectFirst("input[name=entry]").val());
        Response saved = ana.submit("/quality/feedback/new", "/quality/feedback", fields);
        assertEquals(303, saved.statusCode());
        assertEquals(303, ana.submit("/quality/feedback/new", "/quality/feedback", fields).statusCode(),
                "the same form sent twice");
        assertEquals(1, count(dataSource, "select count(*) from feedback_score where comment = ?", words),
                "counted once");
        assertEquals("/quality/feedback/new", java.net.URI.create(saved.getHeader("Location")).getPath());
        assertTrue(ana.page("/quality/feedback/new").select(".flash").text().contains("recorded"));
        Object[] row = rows(dataSource, "select source, entered_by_id, person_id, team_id, received_on from"
                + " feedback_score where comment = ?", words).get(0);
        assertEquals("FORM", row[0]);
        assertEquals(anaId, ((Number) row[1]).longValue(), "who typed it in");
        assertEquals(anaId, ((Number) row[2]).longValue());
        assertEquals(frontDesk, ((Number) row[3]).longValue());
        assertEquals(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Belgrade")), ((java.sql.Date) row[4]).toLocalDate());
    }

    @Test
    void aBadScoreComesBackWithTheFieldMarkedAndNothingSaved() throws Exception {
        WebSession ana = WebSession.as(Role.EMPLOYEE);
        String tag = tag();
        long team = freshTeam(tag);
        long marko = personId(DemoUser.COLLEAGUE); // Front Desk, not the fresh team
        Response refused = ana.submit("/quality/feedback/new", "/quality/feedback", Map.of("teamId",
                String.valueOf(team), "personId", String.valueOf(marko), "scale", "CSAT", "score", "7",
                "channel", "PHONE", "comment", "Kept " + tag));
        assertEquals(400, refused.statusCode());
        Document page = WebSession.html(refused);
        assertNotNull(page.selectFirst("#e-score"), "the score is off the scale");
        assertTrue(page.selectFirst("#e-score").text().contains("1 to 5"));
        assertEquals("true", page.selectFirst("#f-score").attr("aria-invalid"));
        assertNotNull(page.selectFirst("#e-personId"), "not a member of that team");
        assertEquals("7", page.selectFirst("#f-score").val(), "what was typed is kept");
        assertTrue(page.selectFirst("#f-comment").text().contains("Kept " + tag));
        assertEquals(0, count(dataSource, "select count(*) from feedback_score where team_id = ?", team));

        Response missing = ana.submit("/quality/feedback/new", "/quality/feedback", Map.of("teamId", "",
                "scale", "NPS", "score", "", "channel", ""));
        assertEquals(400, missing.statusCode());
        Document empty = WebSession.html(missing);
        assertNotNull(empty.selectFirst("#e-teamId"));
        assertNotNull(empty.selectFirst("#e-score"));
        assertNotNull(empty.selectFirst("#e-channel"));
    }

    @Test
    void choosingAnotherTeamOffersItsPeopleWithoutSaving() throws Exception {
        WebSession ana = WebSession.as(Role.EMPLOYEE);
        long billing = teamId("Billing");
        long before = count(dataSource, "select count(*) from feedback_score where team_id = ?", billing);
        Response shown = ana.submit("/quality/feedback/new", "/quality/feedback", Map.of("teamId",
                String.valueOf(billing), "scale", "CSAT", "score", "4", "channel", "EMAIL", "refresh", "people"));
        assertEquals(200, shown.statusCode());
        List<String> people = WebSession.html(shown).select("#f-personId option").eachText();
        assertTrue(people.contains("Zoran Simić"), people.toString());
        assertFalse(people.contains("Ana Petrović"));
        assertEquals(before, count(dataSource, "select count(*) from feedback_score where team_id = ?", billing));
    }

    @Test
    void hrAndModeratorsSeeWhatCameInNewestFirstPageByPage() {
        String tag = tag();
        long team = freshTeam(tag);
        List<Map<String, Object>> batch = new ArrayList<>();
        Instant start = Instant.now().minusSeconds(3600);
        for (int i = 0; i < 45; i++) {
            Map<String, Object> item = score("CSAT", 1 + i % 5, team, "list-" + tag + "-" + i);
            item.put("receivedAt", start.plusSeconds(i * 60L).toString());
            batch.add(item);
        }
        Api.as(Role.HR).contentType(ContentType.JSON).body(batch).post("/api/feedback").then().statusCode(200);
        WebSession hr = WebSession.as(Role.HR);
        List<String> seen = new ArrayList<>();
        String next = "/quality/feedback?team=" + team;
        int pages = 0;
        while (next != null) {
            Document page = hr.page(next);
            page.select("#feedback tbody tr td:nth-child(8)").eachText().forEach(seen::add);
            Element older = page.selectFirst("a[rel=next]");
            next = older == null ? null : older.attr("href");
            pages++;
        }
        assertEquals(3, pages, "20 a page");
        List<String> expected = new ArrayList<>();
        for (int i = 44; i >= 0; i--) {
            expected.add("list-" + tag + "-" + i);
        }
        assertEquals(expected, seen, "newest first, each once");
        assertEquals(200, WebSession.as(Role.MODERATOR).get("/quality/feedback").statusCode());
        assertEquals(403, WebSession.as(Role.EMPLOYEE).get("/quality/feedback").statusCode());
        assertEquals(200, hr.get("/quality/feedback?after=garbage").statusCode(), "a foreign cursor is the first page");
    }

    @Test
    void aModeratorClearsACommentAndItIsAudited() throws Exception {
        String tag = tag();
        long team = freshTeam(tag);
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Map<String, Object> item = score("CSAT", 2, team, "clear-" + tag + "-" + i);
            item.put("comment", "Waited too long " + tag);
            batch.add(item);
        }
        long first = Api.as(Role.HR).contentType(ContentType.JSON).body(batch).post("/api/feedback").then()
                .statusCode(200).extract().jsonPath().getLong("items[0].id");
        WebSession moderator = WebSession.as(Role.MODERATOR);
        String listPage = "/quality/feedback?team=" + team;
        assertNotNull(moderator.page(listPage).selectFirst("#feedback-" + first + " form"));
        moderator.submit(listPage, "/quality/feedback/" + first + "/comment/clear", Map.of()).then().statusCode(303);
        Object[] row = rows(dataSource, "select comment, comment_erased_at from feedback_score where id = ?", first).get(0);
        assertNull(row[0]);
        assertNotNull(row[1]);
        assertTrue(moderator.page(listPage).selectFirst("#feedback-" + first).text().contains("comment erased"));

        Api.as(Role.EMPLOYEE).delete("/api/feedback/comment?externalId=clear-" + tag + "-1").then().statusCode(403);
        Api.as(Role.HR).delete("/api/feedback/comment?externalId=clear-" + tag + "-1").then().statusCode(200);
        Api.as(Role.HR).delete("/api/feedback/comment?externalId=none-" + tag).then().statusCode(404);
        assertEquals(0, count(dataSource, "select count(*) from feedback_score where comment like ?", "%" + tag));
        assertTrue(WebSession.as(Role.HR).page("/audit").text().contains("Customer feedback comment cleared"));
        WebSession employee = WebSession.as(Role.EMPLOYEE);
        assertEquals(403, employee.submit("/quality/feedback/new", "/quality/feedback/" + first + "/comment/clear",
                Map.of()).statusCode());
    }
}
