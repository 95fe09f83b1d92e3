package app.bravo.board;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import app.bravo.behaviours.Behaviour;
import app.bravo.people.Person;
import app.bravo.posts.Post;
import app.bravo.posts.Recognition;
import app.bravo.security.Role;
import app.bravo.support.DemoUser;
import app.bravo.support.SqlStatements;
import app.bravo.support.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The printed board: A4 or A3, this week or a chosen period, at most nine highlights (most applauded first),
 * no navigation, what people wrote shown as text, and the same number of statements however many cards.
 */
@QuarkusTest
class PrintViewTest {

    @Inject
    SessionFactory sessionFactory;

    /** Recognitions published long ago (a week of their own per test), with the given applause; their ids. */
    static List<Long> publishedOn(LocalDate day, List<Integer> applause, String story) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < applause.size(); i++) {
            ids.add(publishedAt(day.atTime(9 + i % 8, i).toInstant(ZoneOffset.UTC), applause.get(i), story + " #" + i));
        }
        return ids;
    }

    /**
     * A recognition written straight to the database, as another instance (or a late commit) would leave it: no
     * event of this instance announces it.
     */
    static long publishedAt(Instant at, int applause, String story) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Recognition r = new Recognition();
            r.author = Person.findByEmail(DemoUser.EMPLOYEE.email).orElseThrow();
            r.recipients.add(Person.findByEmail(DemoUser.COLLEAGUE.email).orElseThrow());
            r.behaviours.add(Behaviour.<Behaviour> findAll().firstResult());
            r.story = story;
            r.status = Post.Status.APPROVED;
            r.createdAt = at;
            r.publishedAt = at;
            r.applause = applause;
            r.persist();
            return r.id;
        });
    }

    static List<Long> cardIds(Document page) {
        return page.select(".print-card").stream().map(c -> Long.parseLong(c.id().substring("print-post-".length())))
                .toList();
    }

    @Test
    void a4ByDefaultAndA3ByChoiceEachWithItsPageRule() {
        WebSession ana = WebSession.as(Role.EMPLOYEE);
        Document a4 = ana.page("/board/print");
        assertNotNull(a4.selectFirst("html.print-page--a4"));
        assertNotNull(a4.selectFirst("link[href='/css/print.css']"));
        assertTrue(a4.select("link[href='/css/print-a3.css']").isEmpty());
        Document a3 = ana.page("/board/print?paper=a3");
        assertNotNull(a3.selectFirst("html.print-page--a3"));
        assertNotNull(a3.selectFirst("link[href='/css/print-a3.css']"));
        assertEquals("a3", a3.selectFirst("select[name=paper] option[selected]").val());
        assertTrue(given().get("/css/print.css").asString().contains("size: A4 portrait"));
        assertTrue(given().get("/css/print-a3.css").asString().contains("size: A3 portrait"));
    }

    @Test
    void theSheetHasNoNavigationAndItsOptionsAreForTheScreenOnly() {
        Document page = WebSession.as(Role.EMPLOYEE).page("/board/print");
        assertTrue(page.select("nav, .site-header, .site-footer, a[href]").isEmpty(), "no navigation");
        Element options = page.selectFirst(".print-options");
        assertNotNull(options, "options and the Print button on screen");
        assertNotNull(options.selectFirst("[data-print]"));
        assertTrue(page.select(".sheet button, .sheet form").isEmpty(), "nothing to press on the sheet");
        assertTrue(given().get("/css/print.css").asString().replaceAll("\\s+", " ")
                .contains("@media print { html, body { background: #fff; } .print-options { display: none; }"));
        assertEquals("Bravo", page.selectFirst(".sheet__org").text(), "the organisation's name on top");
        assertEquals(302, given().redirects().follow(false).get("/board/print").statusCode(), "for signed-in people");
    }

    @Test
    void atMostNineHighlightsOfThePeriodMostApplaudedFirst() {
        List<Long> ids = publishedOn(LocalDate.of(2001, 3, 6), List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11),
                "A week in March: a customer's refund solved on the spot.");
        WebSession ana = WebSession.as(Role.EMPLOYEE);
        Document week = ana.page("/board/print?from=2001-03-05&to=2001-03-11");
        List<Long> shown = cardIds(week);
        assertEquals(9, shown.size());
        List<Long> best = new ArrayList<>(ids.subList(3, 12));
        java.util.Collections.reverse(best);
        assertEquals(best, shown, "most applauded first");
        assertTrue(week.selectFirst(".sheet__period").text().contains("2001"), week.selectFirst(".sheet__period").text());
        assertEquals("2001-03-05", week.selectFirst("input[name=from]").val(), "the chosen dates are kept");

        assertTrue(cardIds(ana.page("/board/print?from=2001-03-12&to=2001-03-18")).isEmpty(), "another week");
        assertNotNull(ana.page("/board/print?from=2001-03-12&to=2001-03-18").selectFirst(".sheet__empty"));
        List<Long> thisWeek = cardIds(ana.page("/board/print"));
        assertTrue(thisWeek.stream().noneMatch(ids::contains), "this week by default");
        assertTrue(thisWeek.size() <= 9);
        assertEquals("WEEK", ana.page("/board/print").selectFirst("select[name=period] option[selected]").val());
        assertTrue(cardIds(ana.page("/board/print?period=year")).stream().noneMatch(ids::contains));
    }

    @Test
    void markupInAStoryIsPrintedAsText() {
        String story = "<script>alert('x')</script> {inject:me.name} <b>bold</b> & printed";
        long id = publishedOn(LocalDate.of(2001, 5, 9), List.of(3), story).get(0);
        Document page = WebSession.as(Role.EMPLOYEE).page("/board/print?from=2001-05-07&to=2001-05-13");
        Element card = page.selectFirst("#print-post-" + id);
        assertEquals(story + " #0", card.selectFirst(".print-card__story").text());
        assertTrue(card.select("script, b").isEmpty());
    }

    @Test
    void theSheetRunsTheSameStatementsForThreeCardsAsForNine() {
        publishedOn(LocalDate.of(2001, 7, 10), List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), "Ten in July, only nine printed.");
        publishedOn(LocalDate.of(2001, 8, 7), List.of(1, 2, 3), "Three in August, all printed.");
        WebSession ana = WebSession.as(Role.EMPLOYEE);
        assertEquals(9, cardIds(ana.page("/board/print?from=2001-07-09&to=2001-07-15")).size());
        assertEquals(3, cardIds(ana.page("/board/print?from=2001-08-06&to=2001-08-12")).size());
        long nine = SqlStatements.of(sessionFactory, () -> ana.page("/board/print?from=2001-07-09&to=2001-07-15"));
        long three = SqlStatements.of(sessionFactory, () -> ana.page("/board/print?from=2001-08-06&to=2001-08-12"));
        assertEquals(three, nine, "no statement per card");
        assertTrue(nine <= 8, "the session, the posts, and one each for recipients, teams, standards, rules, applause: "
                + nine);
    }
}
