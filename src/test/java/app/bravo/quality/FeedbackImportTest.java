package app.bravo.quality;

import static app.bravo.quality.FeedbackFixtures.count;
import static app.bravo.quality.FeedbackFixtures.freshTeam;
import static app.bravo.quality.FeedbackFixtures.rows;
import static app.bravo.quality.FeedbackFixtures.tag;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import app.bravo.security.Role;
import app.bravo.support.Api;
import app.bravo.support.DemoUser;
import app.bravo.support.ServiceTokens;
import app.bravo.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** CSV import of feedback: all or nothing with line numbers, the same file twice changes nothing, HR only. */
@QuarkusTest
class FeedbackImportTest {

    /** Two recent days (scores older than a year are refused), as the file writes them. */
    private static final String D0 = LocalDate.now(java.time.ZoneOffset.UTC).minusDays(5).toString();
    private static final String D1 = LocalDate.now(java.time.ZoneOffset.UTC).minusDays(4).toString();

    @Inject
    DataSource dataSource;

    private static String file(String team, String tag) {
        return FeedbackImport.HEADER + "\n"
                + D0 + "T09:30:00Z," + team + ",,CSAT,5,COUNTER,Quick and friendly.,imp-" + tag + "-1\n"
                + D0 + " 23:30," + team + ",,NPS,6,EMAIL,,imp-" + tag + "-2\n"
                + "\n"
                + D1 + "," + team + ",,nps,10,survey,\"Clear answer, polite staff.\",imp-" + tag + "-3\n";
    }

    @Test
    void hrImportsAFileAndImportingItAgainChangesNothing() throws Exception {
        String tag = tag();
        long team = freshTeam(tag);
        String csv = file("Feedback " + tag, tag);
        Api.as(Role.HR).contentType("text/csv").body(csv).post("/api/feedback/import").then().statusCode(200)
                .body("added", equalTo(3)).body("alreadyReceived", equalTo(0));
        Api.as(Role.HR).contentType("text/csv").body(csv).post("/api/feedback/import").then().statusCode(200)
                .body("added", equalTo(0)).body("alreadyReceived", equalTo(3));
        assertEquals(3, count(dataSource, "select count(*) from feedback_score where team_id = ?", team));
        List<Object[]> stored = rows(dataSource, "select received_on, source, comment, channel from feedback_score"
                + " where team_id = ? order by external_id", team);
        assertEquals(LocalDate.parse(D0), ((Date) stored.get(0)[0]).toLocalDate());
        assertEquals(LocalDate.parse(D0), ((Date) stored.get(1)[0]).toLocalDate(), "a local time: Belgrade's");
        assertEquals(LocalDate.parse(D1), ((Date) stored.get(2)[0]).toLocalDate());
        assertEquals("IMPORT", stored.get(0)[1]);
        assertEquals("Clear answer, polite staff.", stored.get(2)[2]);
        assertEquals("SURVEY", stored.get(2)[3], "case of the enums aside");
    }

    @Test
    void aFileWithoutExternalIdsKeepsTwoAlikeScoresAndImportingItAgainChangesNothing() throws Exception {
        String tag = tag();
        long team = freshTeam(tag);
        // Two customers gave the same score the same day; neither line has an external id.
        String csv = FeedbackImport.HEADER + "\n"
                + D0 + ",Feedback " + tag + ",,CSAT,5,COUNTER,,\n"
                + D0 + ",Feedback " + tag + ",,CSAT,5,COUNTER,,\n";
        Api.as(Role.HR).contentType("text/csv").body(csv).post("/api/feedback/import").then().statusCode(200)
                .body("added", equalTo(2));
        Api.as(Role.HR).contentType("text/csv").body(csv).post("/api/feedback/import").then().statusCode(200)
                .body("added", equalTo(0)).body("alreadyReceived", equalTo(2));
        assertEquals(2, count(dataSource, "select count(*) from feedback_score where team_id = ?", team));
    }

    @Test
    void aFileWithBadLinesImportsNothingAndNamesEveryLine() throws Exception {
        String tag = tag();
        long team = freshTeam(tag);
        String name = "Feedback " + tag;
        String csv = FeedbackImport.HEADER + "\n"
                + D0 + "T09:30:00Z," + name + ",,CSAT,4,PHONE,,bad-" + tag + "-1\n"       // line 2: fine
                + D0 + "T09:31:00Z,No Such Team " + tag + ",,CSAT,4,PHONE,,\n"            // line 3
                + D0 + "T09:32:00Z," + name + ",,CSAT,4,PHONE,,bad-" + tag + "-3\n"       // line 4: fine
                + D0 + "T09:33:00Z," + name + ",,CSAT,9,PHONE,,\n"                        // line 5: not CSAT
                + "yesterday," + name + ",nobody." + tag + "@example.org,CSAT,4,PIGEON,,\n"    // line 6
                + D0 + "T09:34:00Z," + name + ",,CSAT\n";                                 // line 7
        Response refused = Api.as(Role.HR).contentType("text/csv").body(csv).post("/api/feedback/import");
        refused.then().statusCode(400).body("errors.line", equalTo(List.of(3, 5, 6, 7)))
                .body("errors[0].message", containsString("No Such Team " + tag))
                .body("errors[1].message", containsString("score: A CSAT score is a whole number from 1 to 5"))
                .body("errors[2].message", containsString("received_at"))
                .body("errors[2].message", containsString("PIGEON"));
        assertEquals(0, count(dataSource, "select count(*) from feedback_score where team_id = ?", team));

        WebSession hr = WebSession.as(Role.HR);
        Response page = hr.request().redirects().follow(false)
                .multiPart("csrf-token", hr.csrfToken("/quality/feedback/import"))
                .multiPart("file", "feedback.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/quality/feedback/import");
        assertEquals(400, page.statusCode());
        Document shown = WebSession.html(page);
        assertEquals(List.of("3", "5", "6", "7"), shown.select(".alert--error tbody tr td:first-child").eachText());

        String good = csv.lines().limit(2).reduce((a, b) -> a + "\n" + b).orElseThrow() + "\n";
        Response accepted = hr.request().redirects().follow(false)
                .multiPart("csrf-token", hr.csrfToken("/quality/feedback/import"))
                .multiPart("file", "feedback.csv", good.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/quality/feedback/import");
        assertEquals(303, accepted.statusCode());
        assertTrue(hr.page("/quality/feedback?team=" + team).text().contains("1 new score imported"));
        assertEquals(1, count(dataSource, "select count(*) from feedback_score where team_id = ?", team));
    }

    @Test
    void importIsForHrAndTheHelpdeskTokenOnly() throws Exception {
        String tag = tag();
        freshTeam(tag);
        String csv = file("Feedback " + tag, tag) + D1 + "T10:00:00Z,Front Desk," + DemoUser.EMPLOYEE.email
                + ",CSAT,5,COUNTER,,imp-" + tag + "-ana\n";
        assertEquals(403, WebSession.as(Role.EMPLOYEE).get("/quality/feedback/import").statusCode());
        assertEquals(403, WebSession.as(Role.MODERATOR).get("/quality/feedback/import").statusCode());
        Api.as(Role.EMPLOYEE).contentType("text/csv").body(csv).post("/api/feedback/import").then().statusCode(403);
        Api.as(Role.MODERATOR).contentType("text/csv").body(csv).post("/api/feedback/import").then().statusCode(403);
        assertEquals(200, WebSession.as(Role.HR).get("/quality/feedback/import").statusCode());
        String token = ServiceTokens.issue("Survey tool " + tag, "feedback:write");
        io.restassured.RestAssured.given().header("Authorization", "Bearer " + token).contentType("text/csv")
                .body(csv).post("/api/feedback/import").then().statusCode(200).body("added", equalTo(4));
        assertEquals(1, count(dataSource, "select count(*) from feedback_score f join person p on p.id = f.person_id"
                + " where f.external_id = ? and p.email = ?", "imp-" + tag + "-ana", DemoUser.EMPLOYEE.email));
    }
}
