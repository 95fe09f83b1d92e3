package app.bravo.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import app.bravo.security.Role;
import app.bravo.support.Api;
import app.bravo.support.DemoUser;
import app.bravo.support.FreshPerson;
import app.bravo.support.WebSession;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The board keeps what every reader sees alike between requests; a change made here shows on the very next
 * page, whichever way it was written, and what differs per reader is never shared.
 */
@QuarkusTest
class BoardCacheTest {

    @Test
    void aChangeShowsOnTheNextPageWhateverWroteIt() {
        FreshPerson star = FreshPerson.of(Role.EMPLOYEE);
        WebSession reader = WebSession.as(Role.EMPLOYEE);
        String board = "/?person=" + star.id();
        assertNotNull(reader.page(board).selectFirst(".board-empty"), "nothing yet, and that page is now kept");

        long post = RecognitionTest.apiRecognition(Api.as(DemoUser.COLLEAGUE), List.of(star.id()),
                RecognitionTest.behaviourIds().subList(0, 1), "Kept pages never hide a new recognition.");
        assertEquals(1, reader.page(board).select("#post-" + post).size(), "a new post, at once");
        assertEquals("0", applause(reader.page(board), post));

        // Applause is counted by a statement (no entity is changed): the next page still shows it.
        Api.as(Role.HR).put("/api/posts/" + post + "/applause").then().statusCode(200);
        assertEquals("1", applause(reader.page(board), post));

        // The card's text is kept rendered too: an edit shows on the next page.
        Api.as(DemoUser.COLLEAGUE).contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("recipientIds", List.of(star.id()),
                        "behaviourIds", RecognitionTest.behaviourIds().subList(0, 1),
                        "story", "An edited story shows at once, kept or not."))
                .put("/api/recognitions/" + post).then().statusCode(200);
        String story = reader.page(board).selectFirst("#post-" + post + " .post-card__story").text();
        assertTrue(story.contains("An edited story shows at once"), story);

        Api.as(DemoUser.COLLEAGUE).delete("/api/posts/" + post).then().statusCode(204);
        assertNotNull(reader.page(board).selectFirst(".board-empty"), "taken down, at once");
    }

    @Test
    void whatDiffersPerReaderIsNotShared() {
        FreshPerson star = FreshPerson.of(Role.EMPLOYEE);
        long post = RecognitionTest.apiRecognition(Api.as(DemoUser.COLLEAGUE), List.of(star.id()),
                RecognitionTest.behaviourIds().subList(0, 1), "Each reader sees their own applause and rights.");
        Api.as(Role.HR).put("/api/posts/" + post + "/applause").then().statusCode(200);
        String board = "/?person=" + star.id();

        Document hrPage = WebSession.as(Role.HR).page(board);
        Document readerPage = WebSession.as(Role.EMPLOYEE).page(board);
        Element forHr = hrPage.selectFirst("#post-" + post);
        Element forAuthor = WebSession.as(DemoUser.COLLEAGUE).page(board).selectFirst("#post-" + post);
        Element forReader = readerPage.selectFirst("#post-" + post);
        // Each reader's forms carry their own CSRF token, the one the rest of their page carries.
        String hrToken = csrf(hrPage.selectFirst("form.lang-form"));
        String readerToken = csrf(readerPage.selectFirst("form.lang-form"));
        assertFalse(hrToken.equals(readerToken), "two sessions, two tokens");
        assertEquals(hrToken, csrf(forHr.selectFirst("form.applause")));
        assertEquals(readerToken, csrf(forReader.selectFirst("form.applause")));
        assertEquals(hrToken, csrf(forHr.selectFirst("form.pin-form")), "HR's pin form");
        assertNull(forReader.selectFirst("form.pin-form"), "an employee pins nothing");
        assertTrue(pressed(forHr), "HR applauded");
        assertFalse(pressed(forAuthor), "the author did not");
        assertFalse(pressed(forReader), "nor did Ana");
        assertNotNull(forAuthor.selectFirst("a[href=/recognitions/" + post + "/edit]"), "the author may change it");
        assertNull(forReader.selectFirst("a[href=/recognitions/" + post + "/edit]"), "Ana may not");

        WebSession serbian = WebSession.as(Role.EMPLOYEE).language("sr");
        String english = forReader.selectFirst("time").text();
        String inSerbian = serbian.page(board).selectFirst("#post-" + post + " time").text();
        assertFalse(english.equals(inSerbian), "each reader's language: " + english + " / " + inSerbian);
    }

    @Test
    void theKeptFilterFormShowsANewTeamAtOnceAndEachReadersOwnChoices() {
        WebSession reader = WebSession.as(Role.EMPLOYEE);
        assertNotNull(reader.page("/").selectFirst("form.filters #f-team"), "the form, and now it is kept");
        String name = "Filter <b>team</b> " + java.util.UUID.randomUUID().toString().substring(0, 8);
        long team = Api.as(Role.HR).contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("name", name, "department", "Kept forms")).post("/api/teams").then()
                .statusCode(201).extract().jsonPath().getLong("id");

        Element offered = reader.page("/").selectFirst("#f-team option[value=" + team + "]");
        assertNotNull(offered, "a new team is offered on the very next page");
        assertEquals(name, offered.text(), "escaped: its name as typed");
        assertNull(offered.selectFirst("b"));
        assertFalse(offered.hasAttr("selected"));
        assertTrue(reader.page("/?team=" + team).selectFirst("#f-team option[value=" + team + "]").hasAttr("selected"),
                "the filter chosen is the one shown chosen");
        assertFalse(reader.page("/").selectFirst("#f-team option[value=" + team + "]").hasAttr("selected"),
                "and only on that filter's page");
        assertEquals("Svi timovi", WebSession.as(Role.EMPLOYEE).language("sr").page("/")
                .selectFirst("#f-team option").text(), "each reader's language");

        String words = "\"><script>alert('kept')</script>";
        Document searched = reader.page("/?q=" + words); // RestAssured encodes it
        assertEquals(words, searched.selectFirst("#f-q").val(), "the words come back as typed");
        assertTrue(searched.select("script").stream().noneMatch(script -> script.data().contains("alert")),
                "and never as markup");
    }

    @Inject
    org.hibernate.SessionFactory sessionFactory;

    @Test
    void aKeptPageKnowsWhoApplaudedWithoutAStatementUntilACardHasMuchApplause() {
        FreshPerson star = FreshPerson.of(Role.EMPLOYEE);
        FreshPerson fan = FreshPerson.of(Role.EMPLOYEE);
        long post = RecognitionTest.apiRecognition(Api.as(DemoUser.COLLEAGUE), List.of(star.id()),
                RecognitionTest.behaviourIds().subList(0, 1), "The fan applauds; the page knows it without asking.");
        Api.basic(fan.email(), fan.password()).put("/api/posts/" + post + "/applause").then().statusCode(200);
        WebSession fanSession = fan.login();
        WebSession reader = WebSession.as(Role.EMPLOYEE);
        String board = "/?person=" + star.id();
        assertTrue(pressed(fanSession.page(board).selectFirst("#post-" + post)), "the fan applauded");
        assertFalse(pressed(reader.page(board).selectFirst("#post-" + post)), "the other reader did not");

        long signedIn = app.bravo.support.SqlStatements.of(sessionFactory,
                () -> fanSession.get("/account/password").then().statusCode(200));
        long keptPage = app.bravo.support.SqlStatements.of(sessionFactory,
                () -> fanSession.get(board).then().statusCode(200));
        assertEquals(signedIn, keptPage, "a kept page costs what signing in costs, nothing of its own");

        // Past KEPT_APPLAUDERS a card does not keep who applauded: each reader's own is read (one statement).
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> app.bravo.posts.Post
                .update("applause = ?1 where id = ?2", BoardQuery.KEPT_APPLAUDERS + 1, post));
        assertTrue(pressed(fanSession.page(board).selectFirst("#post-" + post)), "still the fan's");
        assertFalse(pressed(reader.page(board).selectFirst("#post-" + post)), "still not the other's");
        assertEquals(signedIn + 1, app.bravo.support.SqlStatements.of(sessionFactory,
                () -> fanSession.get(board).then().statusCode(200)), "the reader's applause, read afresh");
    }

    @Test
    void theReadersApplauseIsFoundAmongAnyNumberOfPosts() {
        FreshPerson reader = FreshPerson.of(Role.EMPLOYEE);
        FreshPerson other = FreshPerson.of(Role.EMPLOYEE);
        List<Long> behaviour = RecognitionTest.behaviourIds().subList(0, 1);
        long first = RecognitionTest.apiRecognition(Api.as(DemoUser.COLLEAGUE), List.of(other.id()), behaviour,
                "The reader applauds this one, and it stands first in the list.");
        long later = RecognitionTest.apiRecognition(Api.as(DemoUser.COLLEAGUE), List.of(other.id()), behaviour,
                "The reader applauds this one too, further down the list.");
        long notTheirs = RecognitionTest.apiRecognition(Api.as(DemoUser.COLLEAGUE), List.of(reader.id()), behaviour,
                "Only somebody else applauds this one.");
        Api.basic(reader.email(), reader.password()).put("/api/posts/" + first + "/applause").then().statusCode(200);
        Api.basic(reader.email(), reader.password()).put("/api/posts/" + later + "/applause").then().statusCode(200);
        Api.basic(other.email(), other.password()).put("/api/posts/" + notTheirs + "/applause").then().statusCode(200);

        // Every size around the padded counts (the first id fills the unused parameters) and past the largest
        // (a list parameter): exactly what the reader applauded, however the ids are laid out.
        for (int size : new int[] { 1, 2, 7, 8, 9, 16, 17, 21, 63, 64, 65, 130 }) {
            List<Long> ids = new java.util.ArrayList<>();
            ids.add(first);
            for (long missing = -1; ids.size() < size - 2; missing--) {
                ids.add(missing); // no such post
            }
            if (size > 1) {
                ids.add(notTheirs);
            }
            if (size > 2) {
                ids.add(later);
            }
            java.util.Set<Long> expected = size > 2 ? java.util.Set.of(first, later) : java.util.Set.of(first);
            assertEquals(expected, io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                    .call(() -> BoardQuery.applaudedAmong(reader.id(), ids)), size + " ids");
            List<Long> withoutFirst = ids.subList(1, ids.size());
            assertEquals(size > 2 ? java.util.Set.of(later) : java.util.Set.of(),
                    io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                            .call(() -> BoardQuery.applaudedAmong(reader.id(), withoutFirst)),
                    size - 1 + " ids, the applauded first one left out");
        }
    }

    @Test
    void onlyWritesToTheBoardsTablesCount() {
        assertTrue(BoardChanges.writesBoard("update post set applause=applause+1 where id=?"));
        assertTrue(BoardChanges.writesBoard("insert into post_recipient (post_id,person_id) values (?,?)"));
        assertTrue(BoardChanges.writesBoard("delete from post_behaviour where post_id=?"));
        assertTrue(BoardChanges.writesBoard("  UPDATE person p1_0 set full_name=? where p1_0.id=?"));
        assertFalse(BoardChanges.writesBoard("select p1_0.id from post p1_0"));
        assertFalse(BoardChanges.writesBoard("insert into reaction (created_at,post_id,person_id) values (?,?,?)"),
                "the reader's own applause is read per reader");
        assertFalse(BoardChanges.writesBoard("insert into audit_entry (id) values (?)"));
        assertFalse(BoardChanges.writesBoard("update post_comment set status=? where id=?"));
    }

    @Inject
    @PersistenceUnitExtension
    BoardChanges changes;

    @Test
    void votesAndNominationsMoveTheirOwnCounterNotTheBoards() {
        String vote = "insert into award_participation (round_id, category_id, person_id, voted_on) select ?, ?, ?, ?"
                + " from award_round r where r.id = ?";
        assertFalse(BoardChanges.writesBoard(vote), "a ballot keeps the board's kept pages");
        long before = changes.awardActivity();
        changes.inspect(vote);
        assertTrue(changes.awardActivity() > before, "HR's award reports see it");
        before = changes.awardActivity();
        changes.inspect("select count(*) from award_participation");
        assertEquals(before, changes.awardActivity(), "a read changes nothing");
    }

    private static String applause(Document page, long post) {
        return page.selectFirst("#post-" + post + " .applause__count").text().trim();
    }

    private static String csrf(Element form) {
        return form.selectFirst("input[name=csrf-token]").val();
    }

    private static boolean pressed(Element card) {
        return "true".equals(card.selectFirst("[aria-pressed]").attr("aria-pressed"));
    }
}
