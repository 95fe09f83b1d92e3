package app.bravo.people;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import app.bravo.support.Api;
import app.bravo.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import app.bravo.security.Role;
import app.bravo.support.DemoUser;
import io.restassured.response.Response;

@QuarkusTest
class PeopleFormTest {

    @Test
    void badInputReshowsTheFormWithFieldsMarkedAndValuesKept() {
        WebSession hr = WebSession.as(Role.HR);
        Response response = hr.submit("/people/new", "/people",
                Map.of("fullName", "", "email", "not-an-address", "jobTitle", "Night <b>owl</b>", "teamId", "",
                        "role", "EMPLOYEE", "active", "true"));
        assertEquals(400, response.statusCode());
        Document page = WebSession.html(response);
        assertTrue(page.selectFirst("#e-fullName").text().contains("required"));
        assertTrue(page.selectFirst("#e-email").text().contains("valid e-mail"));
        assertTrue(page.selectFirst("#e-teamId").text().contains("required"));
        assertEquals("not-an-address", page.selectFirst("#f-email").val(), "the typed value is kept");
        assertEquals("Night <b>owl</b>", page.selectFirst("#f-jobTitle").val(), "kept, and escaped in the HTML");
        assertTrue(response.asString().contains("Night &lt;b&gt;owl&lt;/b&gt;"));
        assertEquals("true", page.selectFirst("#f-email").attr("aria-invalid"));
    }

    @Test
    void validPersonIsCreatedWithRedirectAndFlash() {
        WebSession hr = WebSession.as(Role.HR);
        String email = "new." + UUID.randomUUID().toString().substring(0, 8) + "@demo.bravo";
        Response response = hr.submit("/people/new", "/people",
                Map.of("fullName", "Zora Nova", "email", email.toUpperCase(), "jobTitle", "Advisor", "teamId", "1",
                        "role", "EMPLOYEE", "active", "true"));
        assertEquals(303, response.statusCode());
        String location = response.getHeader("Location");
        assertTrue(location.matches(".*/people/\\d+"), location);

        Document profile = hr.page(location.replaceFirst("^https?://[^/]+", ""));
        assertEquals("Zora Nova was added to the directory.", profile.selectFirst(".flash").text());
        assertTrue(profile.text().contains(email), "e-mail is stored in lower case");
        Document again = hr.page(location.replaceFirst("^https?://[^/]+", ""));
        assertTrue(again.select(".flash").isEmpty(), "the flash message shows once");
    }

    @Test
    void duplicateEmailIsRefusedOnTheField() {
        WebSession hr = WebSession.as(Role.HR);
        Response response = hr.submit("/people/new", "/people", Map.of("fullName", "Ana Again",
                "email", DemoUser.EMPLOYEE.email, "teamId", "1", "role", "EMPLOYEE", "active", "true"));
        assertEquals(400, response.statusCode());
        assertTrue(WebSession.html(response).selectFirst("#e-email").text().contains("already has"));
    }

    @Test
    void hrCannotGrantTheAdminRole() {
        WebSession hr = WebSession.as(Role.HR);
        Response response = hr.submit("/people/new", "/people", Map.of("fullName", "Would Be Admin",
                "email", "wba." + UUID.randomUUID().toString().substring(0, 6) + "@demo.bravo", "teamId", "1",
                "role", "ADMIN", "active", "true"));
        assertEquals(400, response.statusCode());
        assertTrue(WebSession.html(response).selectFirst("#e-role").text().contains("administrator"));
    }

    @Test
    void hrCannotTouchAnAdminsRecord() {
        long adminId = Api.as(Role.HR).get("/api/people?q=" + DemoUser.ADMIN.email).then().extract().jsonPath()
                .getLong("items[0].id");
        WebSession hr = WebSession.as(Role.HR);
        Map<String, String> lockOut = Map.of("fullName", "Ivan Perić", "email", "hr-controlled@example.org",
                "teamId", "5", "role", "ADMIN");
        assertEquals(403, hr.submit("/people/" + adminId + "/edit", "/people/" + adminId, lockOut).statusCode());
        Api.as(Role.HR).contentType(ContentType.JSON)
                .body(Map.of("fullName", "Ivan Perić", "email", "hr-controlled@example.org", "teamId", 5,
                        "role", "ADMIN", "active", false))
                .put("/api/people/" + adminId).then().statusCode(403);
        Api.as(Role.ADMIN).get("/api/people/" + adminId).then().statusCode(200)
                .body("email", org.hamcrest.Matchers.equalTo(DemoUser.ADMIN.email))
                .body("active", org.hamcrest.Matchers.equalTo(true));
    }

    @Test
    void theAdminCannotStepDownAndLeaveBravoWithoutOne() {
        long adminId = Api.as(Role.ADMIN).get("/api/people?q=" + DemoUser.ADMIN.email).then().extract().jsonPath()
                .getLong("items[0].id");
        WebSession admin = WebSession.as(Role.ADMIN);
        Response response = admin.submit("/people/" + adminId + "/edit", "/people/" + adminId,
                Map.of("fullName", "Ivan Perić", "email", DemoUser.ADMIN.email, "teamId", "5", "role", "HR",
                        "active", "true"));
        assertEquals(400, response.statusCode());
        assertTrue(WebSession.html(response).selectFirst("#e-role").text().contains("own role"));
        Api.as(Role.ADMIN).contentType("text/csv").body("Ivan Perić," + DemoUser.ADMIN.email + ",People & Communications,"
                + "Operations,HR\n").post("/api/people/import").then().statusCode(400)
                .body("errors[0].message", containsString("own role"));
    }

    @Test
    void editFormShowsWhetherThePersonIsActive() {
        long id = Api.newPerson("Checkbox Case", "EMPLOYEE");
        WebSession hr = WebSession.as(Role.HR);
        assertTrue(hr.page("/people/" + id + "/edit").selectFirst("input[name=active]").hasAttr("checked"));
        Map<String, String> form = Map.of("fullName", "Checkbox Case", "email", Api.emailOf(id), "teamId", "1",
                "role", "EMPLOYEE");
        assertEquals(303, hr.submit("/people/" + id + "/edit", "/people/" + id, form).statusCode());
        assertTrue(!hr.page("/people/" + id + "/edit").selectFirst("input[name=active]").hasAttr("checked"));
    }

    @Test
    void nobodyChangesTheirOwnRole() {
        WebSession hr = WebSession.as(Role.HR);
        long hrId = Api.as(Role.HR).get("/api/people?q=" + DemoUser.HR.email).then().extract().jsonPath()
                .getLong("items[0].id");
        Response response = hr.submit("/people/" + hrId + "/edit", "/people/" + hrId, Map.of("fullName",
                "Jelena Marković", "email", DemoUser.HR.email, "teamId", "5", "role", "EMPLOYEE", "active", "true"));
        assertEquals(400, response.statusCode());
        assertTrue(WebSession.html(response).selectFirst("#e-role").text().contains("own role"));
        assertEquals(200, hr.get("/people/import").statusCode(), "still HR");
    }

    @Test
    void searchTakesBothSpellingsOfDjAndLiteralWildcards() {
        WebSession ana = WebSession.as(Role.EMPLOYEE);
        assertTrue(ana.page("/people?q=dorde").text().contains("Đorđe Stanković"));
        assertTrue(ana.page("/people?q=djordje").text().contains("Đorđe Stanković"));
        assertTrue(ana.page("/people?q=stefan dordevic").text().contains("Stefan Đorđević"));
        String tag = "wild" + UUID.randomUUID().toString().substring(0, 6);
        Api.newPerson("Wild " + tag + "x", "EMPLOYEE");
        assertEquals(1, ana.page("/people?q=" + tag).select("#results tbody tr").size());
        assertEquals(0, ana.page("/people?q=" + java.net.URLEncoder.encode("%" + tag.substring(1), java.nio.charset.StandardCharsets.UTF_8))
                .select("#results tbody tr").size(), "% is no wildcard: the rest must start a word");
        assertEquals(0, ana.page("/people?q=_" + tag.substring(1)).select("#results tbody tr").size(), "nor is _");
        assertEquals(0, WebSession.html(ana.request().queryParam("q", "%").get("/people")).select("#results tbody tr")
                .size(), "% alone finds nobody");
    }

    @Test
    void apiCreatesActivePeopleWhenActiveIsLeftOut() {
        long teamId = Api.as(Role.HR).get("/api/teams").then().extract().jsonPath().getLong("[0].id");
        Api.as(Role.HR).contentType(ContentType.JSON)
                .body(Map.of("fullName", "No Flag", "email", "noflag." + UUID.randomUUID().toString().substring(0, 6)
                        + "@demo.bravo", "teamId", teamId, "role", "EMPLOYEE"))
                .post("/api/people").then().statusCode(201).body("active", org.hamcrest.Matchers.equalTo(true));
        Api.as(Role.HR).contentType(ContentType.JSON).body("[]").post("/api/people").then().statusCode(400)
                .contentType(containsString("application/problem+json"));
    }

    @Test
    void teamsWithMembersCannotBeDeactivatedEmptyOnesCan() {
        WebSession hr = WebSession.as(Role.HR);
        Response busy = hr.submit("/teams/1/edit", "/teams/1", Map.of("name", "Front Desk", "department",
                "Customer Service"));
        assertEquals(400, busy.statusCode());
        assertTrue(WebSession.html(busy).selectFirst("#e-active").text().contains("active members"));

        String name = "Short Lived " + UUID.randomUUID().toString().substring(0, 4);
        Response created = hr.submit("/teams/new", "/teams", Map.of("name", name, "department", "Ops"));
        String path = created.getHeader("Location").replaceFirst("^https?://[^/]+", "");
        assertEquals(303, hr.submit(path + "/edit", path, Map.of("name", name, "department", "Ops")).statusCode());
        assertTrue(hr.page(path).selectFirst("h1 .badge") != null, "marked deactivated");
        assertTrue(hr.page("/people/new").select("#f-teamId option").stream().noneMatch(o -> o.text().startsWith(name)),
                "no new members for a deactivated team");
        Api.as(Role.HR).get("/api/teams").then().body("name", org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.hasItem(name)));
        long leaver = Api.newPerson("Team Leaver", "EMPLOYEE");
        String leaverEmail = Api.emailOf(leaver);
        Api.as(Role.HR).contentType(ContentType.JSON).body(Map.of("fullName", "Team Leaver", "email",
                leaverEmail, "teamId", Long.parseLong(path.substring(path.lastIndexOf('/') + 1)), "role", "EMPLOYEE",
                "active", false)).put("/api/people/" + leaver).then().statusCode(400);
        Api.as(Role.HR).contentType("text/csv").body("New One,n1." + UUID.randomUUID().toString().substring(0, 6)
                + "@example.org," + name + ",Ops,\n").post("/api/people/import").then().statusCode(400)
                .body("errors[0].message", containsString("deactivated"));
    }

    @Test
    void employeesDoNotSeeRolesInTheApi() {
        Api.as(Role.EMPLOYEE).get("/api/people?q=" + DemoUser.ADMIN.email).then()
                .body("items[0].role", org.hamcrest.Matchers.nullValue());
        Api.as(Role.HR).get("/api/people?q=" + DemoUser.ADMIN.email).then()
                .body("items[0].role", org.hamcrest.Matchers.equalTo("ADMIN"));
    }

    @Test
    void oddCursorsShowTheFirstPage() {
        WebSession ana = WebSession.as(Role.EMPLOYEE);
        String firstOnPageOne = ana.page("/people").selectFirst("#results tbody tr").text();
        assertEquals(firstOnPageOne, ana.page("/people?after=abc").selectFirst("#results tbody tr").text());
        assertEquals(firstOnPageOne, ana.page("/people?after=-3").selectFirst("#results tbody tr").text());
        assertEquals(firstOnPageOne, ana.page("/people?before=99999999").selectFirst("#results tbody tr").text(),
                "a cursor that names nobody starts at the beginning");
        assertEquals(firstOnPageOne, ana.page("/people?page=4000").selectFirst("#results tbody tr").text(),
                "an old page number is ignored");
    }

    @Test
    void searchFindsPeopleAndAnswersHtmxWithTheFragmentOnly() {
        WebSession ana = WebSession.as(Role.EMPLOYEE);
        Document full = ana.page("/people?q=kovac");
        assertTrue(full.select("#results tbody tr").stream().anyMatch(tr -> tr.text().contains("Maja Kovač")));
        assertEquals(1, full.select("header.site-header").size());

        Response fragment = ana.request().header("HX-Request", "true").get("/people?q=Contact");
        fragment.then().statusCode(200).body(containsString("id=\"results\""));
        Document part = WebSession.html(fragment);
        assertTrue(part.select("header.site-header").isEmpty(), "htmx gets just the results");
        assertTrue(part.select("tbody tr").size() >= 9, "a team name finds its members");
    }

    @Test
    void directoryIsPaged() {
        WebSession ana = WebSession.as(Role.EMPLOYEE);
        Document first = ana.page("/people");
        assertEquals(20, first.select("#results tbody tr").size());
        assertNull(first.selectFirst("a[rel=prev]"), "nothing before the first page");
        String next = first.selectFirst("a[rel=next]").attr("href");
        assertTrue(next.contains("after="), next);
        Document second = ana.page(next);
        assertTrue(second.selectFirst("a[rel=prev]") != null);
        assertNotEquals(first.selectFirst("#results tbody tr").text(), second.selectFirst("#results tbody tr").text());
        Document back = ana.page(second.selectFirst("a[rel=prev]").attr("href"));
        assertEquals(first.select("#results tbody tr").text(), back.select("#results tbody tr").text(),
                "previous leads back to the same first page");
    }

    @Test
    void apiValidationAnswersProblemDetailsWithFieldErrors() {
        Api.as(Role.HR).contentType(ContentType.JSON)
                .body(Map.of("fullName", "", "email", "x", "active", true))
                .post("/api/people")
                .then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors", hasKey("fullName"))
                .body("errors", hasKey("email"))
                .body("errors", hasKey("teamId"));
        Api.as(Role.HR).contentType(ContentType.JSON).body("{not json")
                .post("/api/people").then().statusCode(400)
                .contentType(containsString("application/problem+json"));
    }

    @Test
    void teamsAreCreatedWithTheirDepartment() {
        WebSession hr = WebSession.as(Role.HR);
        String name = "Night Owls " + UUID.randomUUID().toString().substring(0, 4);
        Response response = hr.submit("/teams/new", "/teams", Map.of("name", name, "department", "Customer Service"));
        assertEquals(303, response.statusCode());
        Document teams = hr.page("/teams");
        assertTrue(teams.text().contains(name));
        Response duplicate = hr.submit("/teams/new", "/teams", Map.of("name", name.toUpperCase(), "department", "X"));
        assertEquals(400, duplicate.statusCode());
        assertTrue(WebSession.html(duplicate).selectFirst("#e-name").text().contains("already exists"));
    }
}
