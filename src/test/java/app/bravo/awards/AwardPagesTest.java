package app.bravo.awards;

import static app.bravo.awards.AwardRoundsTest.move;
import static app.bravo.awards.AwardRoundsTest.nominate;
import static app.bravo.awards.AwardRoundsTest.nominating;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import app.bravo.security.Role;
import app.bravo.support.Api;
import app.bravo.support.DemoUser;
import app.bravo.support.FreshPerson;
import app.bravo.support.Posts;
import app.bravo.support.WebSession;
import io.quarkus.arc.Arc;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class AwardPagesTest {

    @Test
    void hrRunsTheRoundFromItsPage() {
        long[] open = nominating(Map.of("finalists", 1));
        long marko = Posts.personId(DemoUser.COLLEAGUE);
        long nomination = nominate(DemoUser.EMPLOYEE, open[0], Map.of("categoryId", open[1], "personId", marko,
                "citation", "Calm with every caller")).then().statusCode(201).extract().jsonPath().getLong("id");
        String page = "/awards/rounds/" + open[0];

        Document employeeView = WebSession.as(Role.EMPLOYEE).page(page);
        assertTrue(employeeView.text().contains("Calm with every caller"));
        assertNull(employeeView.selectFirst("form[action=" + page + "/phase]"), "phase controls are HR's");
        assertNotNull(employeeView.selectFirst("a[href=" + page + "/nominate]"));
        assertEquals(403, WebSession.as(Role.EMPLOYEE).submit(page, page + "/phase",
                Map.of("from", "NOMINATING", "to", "SHORTLISTING")).statusCode());

        WebSession hr = WebSession.as(Role.HR);
        Response moved = hr.submit(page, page + "/phase", Map.of("from", "NOMINATING", "to", "SHORTLISTING"));
        assertEquals(303, moved.statusCode());
        Response stale = hr.submit(page, page + "/phase", Map.of("from", "NOMINATING", "to", "SHORTLISTING"));
        assertEquals(303, stale.statusCode());
        assertTrue(hr.page(page).selectFirst(".flash").text().contains("Someone else moved"));

        assertEquals(303, hr.submit(page, page + "/shortlist", Map.of("categoryId", Long.toString(open[1]),
                "nominationIds", Long.toString(nomination))).statusCode());
        Api.as(Role.HR).get("/api/awards/rounds/" + open[0] + "/nominations").then().statusCode(200)
                .body("[0].finalist", org.hamcrest.Matchers.equalTo(true));
        assertEquals(303, hr.submit(page, page + "/phase", Map.of("from", "SHORTLISTING", "to", "VOTING"))
                .statusCode());
        Document voting = WebSession.as(Role.EMPLOYEE).page(page);
        assertNotNull(voting.selectFirst("a[href=/awards/ballots/" + open[0] + "]"));
        assertTrue(WebSession.as(Role.EMPLOYEE).page("/awards").text().contains("Voting open"));
    }

    @Test
    void theNominationFormMarksWhatIsWrongAndFindsPeople() {
        long[] open = nominating(Map.of());
        String form = "/awards/rounds/" + open[0] + "/nominate";
        WebSession ana = WebSession.as(Role.EMPLOYEE);
        Document found = ana.page(form + "?q=marko");
        assertNotNull(found.selectFirst("option[value=person:" + Posts.personId(DemoUser.COLLEAGUE) + "]"));

        Response self = ana.submit(form, form, Map.of("categoryId", Long.toString(open[1]), "nominee",
                "person:" + Posts.personId(DemoUser.EMPLOYEE), "citation", "Me, obviously"));
        assertEquals(400, self.statusCode());
        assertNotNull(WebSession.html(self).selectFirst("#e-nominee"));

        Response empty = ana.submit(form, form, Map.of("categoryId", Long.toString(open[1]), "nominee",
                "person:" + Posts.personId(DemoUser.COLLEAGUE), "citation", ""));
        assertEquals(400, empty.statusCode());
        assertNotNull(WebSession.html(empty).selectFirst("#e-citation"));

        assertEquals(400, ana.postForm(form, Map.of("categoryId", Long.toString(open[1]), "nominee",
                "person:" + Posts.personId(DemoUser.COLLEAGUE), "citation", "No token")).statusCode());
    }

    @Test
    void hrWithdrawsWithAReasonAndNomineesWhoOptedOutGetNoMail() {
        long[] open = nominating(Map.of());
        FreshPerson quiet = FreshPerson.named("Quiet Nominee", Role.EMPLOYEE);
        WebSession quietBrowser = quiet.login();
        quietBrowser.submit("/account", "/account/notices", Map.of()).then().statusCode(303);
        long nomination = nominate(DemoUser.EMPLOYEE, open[0], Map.of("categoryId", open[1], "personId", quiet.id(),
                "citation", "Quietly excellent")).then().statusCode(201).extract().jsonPath().getLong("id");
        var mails = Arc.container().instance(MockMailbox.class).get().getMailsSentTo(quiet.email());
        assertTrue(mails == null || mails.stream().noneMatch(m -> m.getSubject().contains("nominated")));

        String page = "/awards/rounds/" + open[0];
        WebSession hr = WebSession.as(Role.HR);
        assertEquals(303, hr.submit(page, page + "/nominations/" + nomination + "/withdraw", Map.of("reason", ""))
                .statusCode());
        Api.as(Role.HR).get("/api/awards/rounds/" + open[0] + "/nominations").then()
                .body("[0].status", org.hamcrest.Matchers.equalTo("ACTIVE"));
        assertEquals(303, hr.submit(page, page + "/nominations/" + nomination + "/withdraw",
                Map.of("reason", "Joined the jury")).statusCode());
        Document hrView = hr.page(page);
        assertTrue(hrView.text().contains("Joined the jury"));
        assertFalse(WebSession.as(Role.EMPLOYEE).page(page).text().contains("Quietly excellent"));
        assertTrue(hr.page("/audit").text().contains("Nomination withdrawn"));
    }

    @Test
    void hrKeepsProgrammesCategoriesAndRoundsByForm() {
        WebSession hr = WebSession.as(Role.HR);
        String name = AwardRoundsTest.unique("Team of the Year");
        Response created = hr.submit("/awards/programmes/new", "/awards/programmes", Map.of("nameEn", name,
                "nameSr", name + " (sr)", "emblem", "laurel", "cadence", "YEARLY"));
        assertEquals(303, created.statusCode());
        String programmePage = created.getHeader("Location").replaceFirst("^https?://[^/]+", "");
        long programme = Long.parseLong(programmePage.substring(programmePage.lastIndexOf('/') + 1));
        assertTrue(WebSession.as(Role.EMPLOYEE).language("sr").page(programmePage).text().contains(name + " (sr)"));

        long billing = AwardRoundsTest.teamId("Billing");
        assertEquals(303, hr.submit(programmePage + "/categories/new", programmePage + "/categories", Map.of(
                "nameEn", "Best team", "nominees", "TEAMS", "nomineeTeamIds", Long.toString(billing), "finalists", "3",
                "winners", "1", "method", "APPROVAL", "maxChoices", "2")).statusCode());
        long category = AwardRoundsTest.categoryOf(programme);
        Api.as(Role.EMPLOYEE).get("/api/awards/programmes/" + programme).then().statusCode(200)
                .body("categories[0].nomineeTeamIds", org.hamcrest.Matchers.contains((int) billing))
                .body("categories[0].maxChoices", org.hamcrest.Matchers.equalTo(2));
        Document edit = hr.page(programmePage + "/categories/" + category + "/edit");
        assertNotNull(edit.selectFirst("input[name=nomineeTeamIds][value=" + billing + "][checked]"));
        assertEquals(303, hr.submit(programmePage + "/categories/" + category + "/edit", programmePage + "/categories/"
                + category, Map.of("nameEn", "Best team", "nominees", "BOTH", "finalists", "3", "winners", "1",
                        "method", "BORDA")).statusCode());
        Api.as(Role.EMPLOYEE).get("/api/awards/programmes/" + programme).then()
                .body("categories[0].nomineeTeamIds", org.hamcrest.Matchers.empty())
                .body("categories[0].maxChoices", org.hamcrest.Matchers.equalTo(3));
        assertEquals(200, hr.get(programmePage + "/edit").statusCode());

        // Times are typed in the organisation's zone (Europe/Belgrade: UTC+1 in March).
        Response round = hr.submit(programmePage + "/rounds/new", programmePage + "/rounds", Map.of("title", "2031",
                "periodStart", "2031-01-01", "periodEnd", "2031-12-31", "nominatingAt", "2031-03-01T09:00",
                "votingAt", "2031-02-01T09:00"));
        assertEquals(400, round.statusCode());
        assertNotNull(WebSession.html(round).selectFirst("#e-votingAt"));
        round = hr.submit(programmePage + "/rounds/new", programmePage + "/rounds", Map.of("title", "2031",
                "periodStart", "2031-01-01", "periodEnd", "2031-12-31", "nominatingAt", "2031-03-01T09:00"));
        assertEquals(303, round.statusCode());
        String roundPage = round.getHeader("Location").replaceFirst("^https?://[^/]+", "");
        Api.as(Role.HR).get("/api" + roundPage).then().statusCode(200)
                .body("nominatingAt", org.hamcrest.Matchers.equalTo("2031-03-01T08:00:00Z"));
        assertTrue(hr.page(roundPage).text().contains("2031-03-01 09:00"));
        for (String language : new String[] { "en", "sr", "sl" }) {
            assertEquals(200, WebSession.as(Role.HR).language(language).get("/awards").statusCode());
            assertEquals(200, WebSession.as(Role.HR).language(language).get(roundPage).statusCode());
        }
    }
}
