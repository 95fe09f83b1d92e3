package app.bravo.quality.pulse;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import app.bravo.board.BoardCache;
import app.bravo.quality.FeedbackReceived;
import app.bravo.quality.FeedbackScore.Scale;
import app.bravo.security.Role;
import app.bravo.support.Api;
import app.bravo.support.EventStream;
import app.bravo.support.FreshPerson;
import app.bravo.support.SqlStatements;
import app.bravo.support.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The pulse where people see it: board, team page, kiosk (live), print view, and the API. */
@QuarkusTest
class PulsePagesTest {

    static final String NASTY = "<b>&\"x'";

    @Inject
    PulseService service;

    @Inject
    BoardCache boardCache;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    Event<FeedbackReceived> received;

    @TestHTTPResource("/")
    URL base;

    private void arrived(long teamId) {
        QuarkusTransaction.requiringNew()
                .run(() -> received.fire(new FeedbackReceived(1, Set.of(service.today()), Set.of(teamId))));
    }

    @Test
    void theBoardShowsTheOrganisationsPulseWithItsTrend() {
        Document page = WebSession.as(Role.EMPLOYEE).page("/");
        Element panel = page.selectFirst("#pulse-board");
        assertNotNull(panel, "the pulse panel");
        assertEquals("Customer satisfaction", panel.selectFirst(".pulse__title").text());
        assertEquals(2, panel.select(".pulse__period").size(), "today and this week");
        Element svg = panel.selectFirst("svg.pulse-chart");
        assertNotNull(svg);
        assertEquals("img", svg.attr("role"));
        assertTrue(svg.selectFirst("title").text().contains("the whole organisation"), svg.selectFirst("title").text());
        Document serbian = WebSession.as(Role.EMPLOYEE).language("sr").page("/");
        assertEquals("Zadovoljstvo korisnika", serbian.selectFirst("#pulse-board .pulse__title").text());
    }

    @Test
    void aWarmBoardRunsNoneOfThePulsesStatements() {
        WebSession reader = WebSession.as(Role.EMPLOYEE);
        reader.get("/").then().statusCode(200);
        long warm = SqlStatements.of(sessionFactory, () -> reader.get("/").then().statusCode(200));
        service.clear();
        boardCache.clear();
        long before = sessionFactory.getStatistics().getPrepareStatementCount();
        reader.get("/").then().statusCode(200);
        long cold = sessionFactory.getStatistics().getPrepareStatementCount() - before;
        boardCache.clear();
        long boardCold = SqlStatements.of(sessionFactory, () -> {
            boardCache.clear();
            reader.get("/").then().statusCode(200);
        });
        assertTrue(cold > boardCold, "a cold pulse costs statements (" + cold + " > " + boardCold + ")");
        assertTrue(warm < boardCold, "the warm board, pulse included, pays only its reader's part: " + warm);
    }

    @Test
    void aPersonPraisedByCustomersThisWeekGetsAnAutomaticShoutOut() {
        long team = Feedback.team("Pulse praise");
        FreshPerson star = FreshPerson.of(Role.EMPLOYEE);
        // Many praising scores, so the demo's people cannot push this one out of the three.
        Instant now = Instant.now();
        Feedback.scoresFor(team, star.id(), Scale.CSAT, now, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4,
                5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4);
        Feedback.scoresFor(team, star.id(), Scale.NPS, now, 9, 10, 8);
        arrived(team);
        String name = QuarkusTransaction.requiringNew()
                .call(() -> app.bravo.people.Person.<app.bravo.people.Person> findById(star.id()).fullName);
        Element strip = WebSession.as(Role.EMPLOYEE).page("/").selectFirst("#pulse-board .shoutouts");
        assertNotNull(strip, "shout-outs");
        assertTrue(strip.text().contains("Automatic"), "marked as automatic: " + strip.text());
        assertTrue(strip.select(".shoutout--praised").stream().anyMatch(li -> li.text().contains(name)
                && li.text().contains("praised by 52 customers this week")), strip.text());
        assertTrue(strip.select("li").size() <= 3, "three at most");
    }

    @Test
    void aTeamPageShowsItsPulseWithTheNameEscaped() {
        long team = Feedback.team(NASTY + " Pulse");
        Feedback.scores(team, Scale.CSAT, service.today(), 5, 5, 1);
        arrived(team);
        WebSession reader = WebSession.as(Role.EMPLOYEE);
        String html = reader.get("/teams/" + team).then().statusCode(200).extract().asString();
        Document page = Jsoup.parse(html);
        Element panel = page.selectFirst("#pulse-team");
        assertNotNull(panel, html);
        assertEquals("67%", panel.selectFirst(".pulse__csat .pulse__value").text(), "2 of 3 today");
        Element title = panel.selectFirst("svg title");
        assertTrue(title.text().contains(NASTY + " Pulse"), title.text());
        assertTrue(panel.select("b").isEmpty(), "the name is text, never markup");
        assertFalse(html.contains(NASTY), "escaped in the page source");
        assertNull(panel.selectFirst(".pulse-chart__target"), "no target, no target line");
        assertNull(panel.selectFirst(".shoutouts"), "shout-outs are the board's");
    }

    @Test
    void theKioskShowsThePulseAndUpdatesItOnItsOwnStream() {
        WebSession admin = WebSession.as(Role.ADMIN);
        String name = "Pulse screen " + UUID.randomUUID().toString().substring(0, 6);
        Document created = WebSession.html(admin.submit("/admin/kiosks", "/admin/kiosks", Map.of("name", name)));
        String url = created.selectFirst("#new-link").text();
        String token = url.substring(url.indexOf("token=") + 6);

        Document kiosk = Jsoup.parse(given().get("/kiosk?token=" + token).then().statusCode(200).extract().asString());
        assertNotNull(kiosk.selectFirst("#kiosk-pulse #pulse-kiosk svg.pulse-chart"), kiosk.html());
        assertEquals(401, given().redirects().follow(false).get("/api/quality/pulse?token=" + token).statusCode(),
                "the kiosk token opens no other address");

        try (EventStream events = EventStream.open(base.toString().replaceAll("/$", "") + "/kiosk/events?token=" + token)) {
            assertEquals(200, events.status);
            assertNotNull(events.await("beat", Duration.ofSeconds(5)));
            long team = Feedback.team("Pulse kiosk");
            Feedback.scores(team, Scale.NPS, service.today(), 10);
            arrived(team);
            assertNotNull(events.await("event:pulse", Duration.ofSeconds(15)), "a pulse event: " + events.lines());
            String data = events.lines().stream().filter(l -> l.contains("pulse-kiosk")).findFirst().orElseThrow();
            assertTrue(data.startsWith("data:"), data);
            assertNotNull(Jsoup.parse(data.substring(5)).selectFirst("#pulse-kiosk svg"), "the whole panel, one line");
        }
    }

    @Test
    void thePrintViewCarriesThePulse() {
        Element panel = WebSession.as(Role.EMPLOYEE).page("/board/print").selectFirst("#pulse-print");
        assertNotNull(panel);
        assertNotNull(panel.selectFirst("svg.pulse-chart"));
    }

    @Test
    void theApiGivesTheSeriesTodayWeekAndTargets() {
        long team = Feedback.team("Pulse API");
        LocalDate today = service.today();
        Feedback.scores(team, Scale.CSAT, today, 5, 1);
        Feedback.scores(team, Scale.NPS, today, 9, 9, 7, 3);
        arrived(team);
        JsonPath json = Api.as(Role.EMPLOYEE).get("/api/quality/pulse?scope=team:" + team).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("team:" + team, json.getString("scope"));
        assertEquals(today.toString(), json.getString("today"));
        List<Map<String, Object>> days = json.getList("days");
        assertEquals(30, days.size());
        assertEquals(today.toString(), days.get(29).get("day"));
        assertEquals(50, days.get(29).get("csatPercent"));
        assertEquals(25, days.get(29).get("nps"), "50 % - 25 %");
        assertNull(days.get(0).get("csatPercent"), "no data is null, never 0");
        assertEquals(50, json.getInt("todayFigures.csatPercent"));
        assertEquals(50, json.getInt("week.csatPercent"));
        assertNull(json.get("targets.csatPercent"));

        assertEquals(90, Api.as(Role.EMPLOYEE).get("/api/quality/pulse?scope=team:" + team + "&days=90").then()
                .statusCode(200).extract().jsonPath().getList("days").size());
        assertEquals(200, Api.as(Role.EMPLOYEE).get("/api/quality/pulse").statusCode(), "the organisation");
        assertEquals(400, Api.as(Role.EMPLOYEE).get("/api/quality/pulse?scope=galaxy").statusCode());
        assertEquals(400, Api.as(Role.EMPLOYEE).get("/api/quality/pulse?days=7").statusCode());
        assertEquals(404, Api.as(Role.EMPLOYEE).get("/api/quality/pulse?scope=team:999999999").statusCode());
        assertEquals(404, Api.as(Role.EMPLOYEE).get("/api/quality/pulse?scope=department:999999999").statusCode());
        assertEquals(401, given().get("/api/quality/pulse").statusCode());
    }
}
