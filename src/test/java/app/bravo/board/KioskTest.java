package app.bravo.board;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import app.bravo.audit.AuditEntry;
import app.bravo.security.Role;
import app.bravo.support.Api;
import app.bravo.support.DemoUser;
import app.bravo.support.EventStream;
import app.bravo.support.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Kiosk links: only an admin makes and revokes them (audited); the token opens the kiosk page and its live
 * stream and nothing else; a revoked token stops at once, open streams included; newly published recognitions
 * reach an open stream within 2 s, once each, escaped.
 */
@QuarkusTest
class KioskTest {

    @TestHTTPResource("/")
    URL base;

    /** A link made through the admin page: its id and token. */
    record Link(long id, String token, String name) {
    }

    /** Creates a kiosk link as the admin, through the page, and reads the URL shown once. */
    static Link createLink(WebSession admin) {
        String name = "Reception " + UUID.randomUUID().toString().substring(0, 6);
        Response created = admin.submit("/admin/kiosks", "/admin/kiosks", Map.of("name", name));
        assertEquals(200, created.statusCode(), created.asString());
        assertEquals("no-store", created.getHeader("Cache-Control"));
        Document page = WebSession.html(created);
        String url = page.selectFirst("#new-link").text();
        assertTrue(url.contains("/kiosk?token=kiosk_"), url);
        Element row = page.select("tr[id^=kiosk-]").stream().filter(r -> r.text().contains(name)).findFirst()
                .orElseThrow();
        return new Link(Long.parseLong(row.id().substring("kiosk-".length())), url.substring(url.indexOf("token=") + 6),
                name);
    }

    static Response revoke(WebSession admin, Link link) {
        return admin.submit("/admin/kiosks", "/admin/kiosks/" + link.id() + "/revoke", Map.of());
    }

    static long audited(String action, long linkId) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.count("action = ?1 and subject = ?2", action,
                "kiosk:" + linkId));
    }

    EventStream stream(String token) {
        return EventStream.open(base.toString().replaceAll("/$", "") + "/kiosk/events?token=" + token);
    }

    @Test
    void anAdminCreatesAndRevokesLinksAndBothAreAudited() {
        WebSession admin = WebSession.as(Role.ADMIN);
        Link link = createLink(admin);
        assertEquals(1, audited("kiosk.created", link.id()));
        Document list = admin.page("/admin/kiosks");
        assertNull(list.selectFirst("#new-link"), "the link is shown once, on creation");
        assertFalse(list.html().contains(link.token()), "only a hash is kept");
        assertTrue(admin.page("/audit").text().contains("Kiosk link created"));

        Response revoked = revoke(admin, link);
        assertEquals(303, revoked.statusCode());
        assertEquals(1, audited("kiosk.revoked", link.id()));
        assertNotNull(admin.page("/admin/kiosks").selectFirst("#kiosk-" + link.id() + ".inactive"));

        WebSession ana = WebSession.as(Role.EMPLOYEE);
        assertEquals(403, ana.get("/admin/kiosks").statusCode());
        assertEquals(403, ana.submit("/", "/admin/kiosks", Map.of("name", "Mine")).statusCode());
        assertEquals(403, ana.submit("/", "/admin/kiosks/" + link.id() + "/revoke", Map.of()).statusCode());
        assertEquals(400, admin.submit("/admin/kiosks", "/admin/kiosks", Map.of("name", " ")).statusCode(),
                "a name is required");
    }

    @Test
    void theTokenOpensTheKioskAndItsStreamAndNothingElse() {
        Link link = createLink(WebSession.as(Role.ADMIN));
        Response kiosk = given().redirects().follow(false).get("/kiosk?token=" + link.token());
        assertEquals(200, kiosk.statusCode());
        Document page = Jsoup.parse(kiosk.asString());
        assertFalse(page.select(".kiosk-slide").isEmpty(), "the newest highlights");
        assertTrue(page.select("a[href], nav, form, button").isEmpty(), "nothing to click, nowhere to go");
        assertTrue(page.select("script:not([src])").isEmpty(), "no inline script");
        assertEquals("/kiosk/events?token=" + link.token(), page.selectFirst("#kiosk").attr("data-events"));

        try (EventStream events = stream(link.token())) {
            assertEquals(200, events.status);
        }

        for (String path : List.of("/", "/people", "/teams", "/account", "/admin/kiosks")) {
            assertRefusedPage(given().redirects().follow(false).get(path + "?token=" + link.token()), path);
            assertRefusedPage(given().redirects().follow(false).header("Authorization", "Bearer " + link.token())
                    .get(path), path);
            assertRefusedPage(given().redirects().follow(false).cookie("token", link.token())
                    .cookie(WebSession.SESSION_COOKIE, link.token()).get(path), path);
        }
        for (String path : List.of("/api/board", "/api/recognitions/1", "/api/people")) {
            assertEquals(401, given().get(path + "?token=" + link.token()).statusCode(), path);
            assertEquals(401, given().header("Authorization", "Bearer " + link.token()).get(path).statusCode(), path);
            assertEquals(401, given().cookie("token", link.token()).cookie(WebSession.SESSION_COOKIE, link.token())
                    .get(path).statusCode(), path);
        }
        assertEquals(401, given().header("Authorization", "Bearer " + link.token()).contentType("application/json")
                .body("{}").post("/api/recognitions").statusCode(), "and it writes nothing");
    }

    private static void assertRefusedPage(Response response, String path) {
        assertEquals(302, response.statusCode(), path);
        assertTrue(response.getHeader("Location").endsWith("/login"), path + " " + response.getHeader("Location"));
    }

    @Test
    void anUnknownTokenGetsAFriendlyPageAndNoStream() {
        for (String query : List.of("", "?token=", "?token=kiosk_nope", "?token=" + "x".repeat(300))) {
            Response response = given().get("/kiosk" + query);
            assertEquals(404, response.statusCode(), query);
            Document page = Jsoup.parse(response.asString());
            assertNotNull(page.selectFirst(".kiosk-unavailable"), query);
            assertFalse(response.asString().contains("Exception"), "no stack trace");
            assertEquals(404, given().get("/kiosk/events" + query).statusCode(), query);
        }
    }

    @Test
    void aRevokedTokenStopsAtOnceAndItsOpenStreamEnds() {
        WebSession admin = WebSession.as(Role.ADMIN);
        Link link = createLink(admin);
        Link other = createLink(admin);
        try (EventStream events = stream(link.token()); EventStream others = stream(other.token())) {
            assertEquals(200, events.status);
            assertFalse(events.awaitEnd(Duration.ofMillis(1500)), "an open stream stays open");
            assertEquals(303, revoke(admin, link).statusCode());
            assertEquals(404, given().get("/kiosk?token=" + link.token()).statusCode(), "the next request fails");
            assertEquals(404, given().get("/kiosk/events?token=" + link.token()).statusCode());
            assertTrue(events.awaitEnd(Duration.ofSeconds(2)), "the open stream ends within 2 s");
            assertFalse(others.awaitEnd(Duration.ofMillis(1500)), "another link's stream goes on");
        }
        assertEquals(200, given().get("/kiosk?token=" + other.token()).statusCode());
    }

    @Test
    void aPublishedRecognitionReachesAnOpenStreamWithin2sOnceAndEscaped() {
        Link link = createLink(WebSession.as(Role.ADMIN));
        String mark = "kiosk-" + UUID.randomUUID().toString().substring(0, 8);
        String story = "<script>alert('x')</script> {inject:me.name} <b>bold</b> & a long enough story " + mark;
        try (EventStream events = stream(link.token())) {
            assertEquals(200, events.status);
            long id = RecognitionTest.apiRecognition(Api.as(DemoUser.COLLEAGUE),
                    List.of(RecognitionTest.personId(DemoUser.EMPLOYEE)), RecognitionTest.behaviourIds().subList(0, 1),
                    story);
            Duration took = events.await("kiosk-post-" + id, Duration.ofSeconds(4));
            assertNotNull(took, "the new recognition reached the stream: " + events.lines());
            assertTrue(took.compareTo(Duration.ofSeconds(2)) <= 0, "within 2 s, took " + took);

            // Polls go on re-reading a few seconds behind; the recognition still goes out once.
            EventStream.sleep(3000);
            assertEquals(1, events.count("kiosk-post-" + id), "sent once: " + events.lines());
            String data = events.lines().stream().filter(l -> l.contains("kiosk-post-" + id)).findFirst().orElseThrow();
            assertTrue(data.startsWith("data:"), data);
            assertFalse(data.contains("<script") || data.contains("<b>"), data);
            assertTrue(data.contains("&lt;script&gt;") && data.contains("{inject:me.name}"), data);
            assertTrue(data.contains("kiosk-new"), "marked new");
            assertTrue(events.lines().stream().anyMatch(l -> l.equals("event:post") || l.equals("event: post")),
                    events.lines().toString());

            Document kiosk = Jsoup.parse(given().get("/kiosk?token=" + link.token()).asString());
            Element slide = kiosk.selectFirst("#kiosk-post-" + id);
            assertNotNull(slide, "and on the kiosk page");
            assertTrue(slide.selectFirst(".kiosk-slide__story").text().contains(story.substring(0, 60)));
            assertTrue(slide.select("script, b").isEmpty());
        }
    }

    @Test
    void aPostCommittedLateByAnotherInstanceStillArrivesOnce() {
        Link link = createLink(WebSession.as(Role.ADMIN));
        try (EventStream events = stream(link.token())) {
            long first = RecognitionTest.apiRecognition(Api.as(DemoUser.COLLEAGUE),
                    List.of(RecognitionTest.personId(DemoUser.EMPLOYEE)), RecognitionTest.behaviourIds().subList(0, 1),
                    "The first one, through this instance's API, moves the feed's cursor on.");
            assertNotNull(events.await("kiosk-post-" + first, Duration.ofSeconds(4)), events.lines().toString());
            // Another instance's transaction stamped 2 s earlier commits only now, with no event here.
            long late = PrintViewTest.publishedAt(Instant.now().minusSeconds(2), 0,
                    "Committed late by another instance, stamped before the first one.");
            Duration took = events.await("kiosk-post-" + late, Duration.ofSeconds(4));
            assertNotNull(took, "read again behind the cursor: " + events.lines());
            assertTrue(took.compareTo(Duration.ofSeconds(2)) <= 0, "within 2 s, took " + took);
            EventStream.sleep(2000);
            assertEquals(1, events.count("kiosk-post-" + late));
            assertEquals(1, events.count("kiosk-post-" + first));
        }
    }

    @Test
    void aLongStoryIsCutAtAWordWithin300Characters() {
        String story = "Word ".repeat(100) + "end";
        String cut = Highlights.cut(story, 300);
        assertTrue(cut.length() <= 300, cut.length() + "");
        assertTrue(cut.endsWith("Word…"), cut);
        assertEquals("Short story, kept whole.", Highlights.cut("Short story,\n\nkept   whole.", 300).replace("\n", ""));
    }

    private static void assertNull(Object value, String message) {
        assertTrue(value == null, message);
    }
}
