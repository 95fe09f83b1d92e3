package app.bravo.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import app.bravo.support.DemoUser;
import app.bravo.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AuditLogTest {

    /** The audit row about a subject, newest first; fails when there is none on the first page. */
    static Element rowAbout(Document page, String text) {
        return page.select("table tbody tr").stream().filter(row -> row.text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no audit row mentions " + text));
    }

    @Test
    void aChangeIsRecordedWithWhoAndWhatInTheReadersLanguage() {
        String name = "Audit " + UUID.randomUUID().toString().substring(0, 6);
        WebSession.as(Role.HR).submit("/teams/new", "/teams", Map.of("name", name, "department", "Field Work"))
                .then().statusCode(303);

        Element english = rowAbout(WebSession.as(Role.ADMIN).language("en").page("/audit"), name);
        assertEquals(DemoUser.HR.email, english.child(1).text(), "who");
        assertEquals("Team added", english.child(2).text(), "what");
        assertEquals(name + " in Field Work", english.child(4).text(), "details");

        Element serbian = rowAbout(WebSession.as(Role.HR).language("sr").page("/audit"), name);
        assertEquals("Dodat tim", serbian.child(2).text());
        assertEquals(name + " u sektoru Field Work", serbian.child(4).text());
    }

    @Test
    void deactivationIsNamedInTheDetails() {
        String name = "Closing " + UUID.randomUUID().toString().substring(0, 6);
        WebSession hr = WebSession.as(Role.HR);
        hr.submit("/teams/new", "/teams", Map.of("name", name, "department", "Field Work")).then().statusCode(303);
        String location = hr.submit("/teams/new", "/teams", Map.of("name", name + " 2", "department", "Field Work"))
                .getHeader("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        hr.submit("/teams/" + id + "/edit", "/teams/" + id, Map.of("name", name + " 2", "department", "Field Work"))
                .then().statusCode(303);
        Element row = rowAbout(hr.language("sl").page("/audit"), name + " 2");
        assertEquals("Spremenjena ekipa", row.child(2).text());
        assertTrue(row.child(4).text().endsWith("deaktivirano"), row.child(4).text());
    }

    @Test
    void theLogIsPagedNewestFirst() {
        WebSession hr = WebSession.as(Role.HR);
        String run = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i <= AuditResource.PAGE_SIZE; i++) {
            hr.submit("/teams/new", "/teams", Map.of("name", "Paged " + run + " " + i, "department", "Field Work"))
                    .then().statusCode(303);
        }
        Document first = hr.page("/audit");
        assertEquals(AuditResource.PAGE_SIZE, first.select("table tbody tr").size());
        assertTrue(first.select("table tbody tr").first().text().contains("Paged " + run + " " + AuditResource.PAGE_SIZE),
                "the newest entry comes first");
        Document second = hr.page(first.selectFirst("a[rel=next]").attr("href"));
        Element next = second.select("table tbody tr").first();
        assertTrue(next.text().contains("Paged " + run + " 0"), "the second page goes on where the first ended: "
                + next.text());
    }
}
