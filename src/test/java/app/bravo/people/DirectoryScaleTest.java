package app.bravo.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import app.bravo.security.Role;
import app.bravo.support.Api;
import app.bravo.support.SqlStatements;
import app.bravo.support.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The directory costs the same however large it grows: a fixed number of SQL statements per page (searches,
 * the home page, a team page, the API), keyset pages that walk everyone once, counts that stop at a cap.
 */
@QuarkusTest
class DirectoryScaleTest {

    @Inject
    SessionFactory sessionFactory;

    @Inject
    SearchWordsBackfill backfill;

    private static String tag() {
        return "sc" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /** Imports {@code count} people named by {@code row} (a CSV line without its line break). */
    private static void importPeople(int count, IntFunction<String> row) {
        StringBuilder csv = new StringBuilder("name,email,team,department,role\n");
        for (int i = 0; i < count; i++) {
            csv.append(row.apply(i)).append('\n');
        }
        Api.as(Role.HR).contentType("text/csv; charset=UTF-8").body(csv.toString()).post("/api/people/import").then()
                .statusCode(200);
    }

    private long statements(Runnable request) {
        return SqlStatements.of(sessionFactory, request);
    }

    private Map<String, Long> costs(WebSession hr, String tag, long teamId) {
        return Map.of(
                "people", statements(() -> hr.get("/people").then().statusCode(200)),
                "search", statements(() -> hr.get("/people?q=" + tag).then().statusCode(200)),
                "two words", statements(() -> hr.get("/people?q=" + tag + "+person").then().statusCode(200)),
                "next page", statements(() -> hr.get("/people?after=1").then().statusCode(200)),
                "home", statements(() -> hr.get("/").then().statusCode(200)),
                "team", statements(() -> hr.get("/teams/" + teamId).then().statusCode(200)),
                "api", statements(() -> Api.as(Role.HR).get("/api/people?size=20").then().statusCode(200)));
    }

    @Test
    void statementsPerRequestDoNotGrowWithTheDirectory() {
        String tag = tag();
        importPeople(30, i -> "Scale Person " + i + " " + tag + "," + tag + "." + i + "@scale.example,Scale " + tag
                + ",Scale dept,");
        long teamId = Api.as(Role.HR).get("/api/people?q=" + tag).then().extract().jsonPath().getLong("items[0].teamId");
        WebSession hr = WebSession.as(Role.HR);
        Map<String, Long> small = costs(hr, tag, teamId);
        // Ten times as many, each in a team of their own (the import that once made a search take 26 s).
        importPeople(300, i -> "Scale Person " + (100 + i) + " " + tag + "," + tag + ".b" + i + "@scale.example,Scale "
                + tag + " t" + i + ",Scale dept " + (i % 7) + ",");
        Map<String, Long> large = costs(hr, tag, teamId);
        assertEquals(small, large, "the same statements with 300 more people and teams");
        // The board (home): the session, the posts, one statement each for the page's recipients, teams, standards,
        // complaint stories' rules and the reader's applause, the spotlight, and its filters' teams and standards.
        large.forEach((page, count) -> assertTrue(count <= ("home".equals(page) ? 10 : 6),
                page + " runs " + count + " statements"));
    }

    @Test
    void keysetPagesWalkEveryMatchOnceInNameOrderAndBack() {
        String tag = tag();
        importPeople(45, i -> String.format("Walker %02d %s,%s.%d@walk.example,Walk %s,Walk dept,", 44 - i, tag, tag,
                i, tag));
        WebSession ana = WebSession.as(Role.EMPLOYEE);
        List<String> names = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        String next = "/people?q=" + tag;
        while (next != null) {
            pages.add(next);
            Document page = ana.page(next);
            page.select("#results tbody tr td:first-child a").forEach(a -> names.add(a.text()));
            next = page.selectFirst("a[rel=next]") == null ? null : page.selectFirst("a[rel=next]").attr("href");
        }
        assertEquals(3, pages.size(), "20 + 20 + 5");
        assertEquals(45, names.size());
        assertEquals(45, new HashSet<>(names).size(), "nobody twice");
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(String::compareTo);
        assertEquals(sorted, names, "in name order");
        assertTrue(names.get(0).startsWith("Walker 00"));

        Document last = ana.page(pages.get(2));
        Document previous = ana.page(last.selectFirst("a[rel=prev]").attr("href"));
        assertEquals(names.subList(20, 40), previous.select("#results tbody tr td:first-child a").eachText());
        Document first = ana.page(previous.selectFirst("a[rel=prev]").attr("href"));
        assertEquals(names.subList(0, 20), first.select("#results tbody tr td:first-child a").eachText());
        assertNull(first.selectFirst("a[rel=prev]"), "the first page has nothing before it");

        JsonPath api = Api.as(Role.EMPLOYEE).get("/api/people?q=" + tag + "&size=40").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(45, api.getLong("total"));
        assertFalse(api.getBoolean("totalIsFloor"));
        JsonPath rest = Api.as(Role.EMPLOYEE).get("/api/people?q=" + tag + "&size=40&after=" + api.getString("next"))
                .then().statusCode(200).extract().jsonPath();
        assertEquals(names.subList(40, 45), rest.getList("items.fullName"));
        assertNull(rest.getString("next"));
    }

    @Test
    void everyWordStartsAWordOfNameEmailJobTitleOrTeamInAnyOrder() {
        String tag = tag();
        importPeople(1, i -> "Јована Ђурић," + tag + "@words.example,Ugovori " + tag + ",Pravna služba,");
        Api.as(Role.HR).contentType(ContentType.JSON).body(Map.of("fullName", "Vesna Orlić", "email", tag
                + ".vesna@words.example", "jobTitle", "Quality lead", "teamId", teamOf(tag), "role", "EMPLOYEE"))
                .post("/api/people").then().statusCode(201);
        assertEquals(List.of("Јована Ђурић"), namesFound("djuric " + tag), "Cyrillic found in Latin letters");
        assertEquals(List.of("Јована Ђурић"), namesFound(tag + " jov"), "a beginning, in any order");
        assertEquals(List.of(), namesFound(tag + " ovana"), "the middle of a word is not a beginning");
        assertEquals(List.of("Vesna Orlić"), namesFound("qual " + tag));
        assertEquals(2, namesFound("ugovori " + tag).size(), "the team's name finds its members");
        assertEquals(List.of("Vesna Orlić"), namesFound(tag + ".vesna@words.example"), "a whole e-mail address");
        assertEquals(List.of(), namesFound("%%"));
    }

    @Test
    void renamingATeamRenamesWhatFindsItsMembers() {
        String tag = tag();
        importPeople(2, i -> "Renamed " + i + "," + tag + "." + i + "@rename.example,Before " + tag + ",Rename dept,");
        long teamId = teamOf(tag);
        Api.as(Role.HR).contentType(ContentType.JSON).body(Map.of("name", "After " + tag, "department", "Rename dept",
                "active", true)).put("/api/teams/" + teamId).then().statusCode(200);
        assertEquals(2, namesFound("after " + tag).size());
        assertEquals(0, namesFound("before " + tag).size());
    }

    @Test
    void aLargeSearchIsCountedUpToTheCapAndTheTeamPageIsPaged() {
        String tag = tag();
        importPeople(PeopleSearch.COUNT_CAP + 5, i -> "Crowd " + i + " " + tag + "," + tag + "." + i
                + "@crowd.example,Crowd " + tag + ",Crowd dept,");
        JsonPath api = Api.as(Role.HR).get("/api/people?q=" + tag).then().statusCode(200).extract().jsonPath();
        assertEquals(PeopleSearch.COUNT_CAP, api.getLong("total"));
        assertTrue(api.getBoolean("totalIsFloor"));
        Document page = WebSession.as(Role.EMPLOYEE).page("/people?q=" + tag);
        assertTrue(page.selectFirst("#results p.muted").text().startsWith("More than 200 people"),
                page.selectFirst("#results p.muted").text());

        Document team = WebSession.as(Role.EMPLOYEE).page("/teams/" + teamOf(tag));
        assertEquals(20, team.select(".member-list li").size());
        assertTrue(team.selectFirst("h2").text().startsWith("More than 200 members"), team.selectFirst("h2").text());
        Document second = WebSession.as(Role.EMPLOYEE).page(team.selectFirst("a[rel=next]").attr("href"));
        assertEquals(20, second.select(".member-list li").size());
        assertFalse(second.select(".member-list li").eachText().contains(team.selectFirst(".member-list li").text()));
    }

    @Test
    void peopleRecordedBeforeTheSearchWordsGetThemAtTheNextStart() {
        String tag = tag();
        importPeople(3, i -> "Older " + i + " " + tag + "," + tag + "." + i + "@old.example,Old " + tag + ",Old dept,");
        List<Long> ids = Api.as(Role.HR).get("/api/people?q=" + tag).then().extract().jsonPath().getList("items.id",
                Long.class);
        QuarkusTransaction.requiringNew().run(() -> Person.getEntityManager()
                .createQuery("delete from PersonTerm t where t.personId in :ids").setParameter("ids", ids)
                .executeUpdate());
        assertEquals(0, namesFound(tag).size(), "without words nobody is found");
        backfill.onStart(null);
        assertEquals(3, namesFound(tag).size());
    }

    private static long teamOf(String tag) {
        Long id = Api.as(Role.HR).get("/api/teams").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.name.contains('" + tag + "') }.id");
        assertNotNull(id, "a team named with " + tag);
        return id;
    }

    private static List<String> namesFound(String text) {
        return Api.as(Role.HR).queryParam("q", text).get("/api/people").then().statusCode(200).extract().jsonPath()
                .getList("items.fullName");
    }
}
