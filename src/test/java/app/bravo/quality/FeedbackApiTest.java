package app.bravo.quality;

import static app.bravo.quality.FeedbackFixtures.bearer;
import static app.bravo.quality.FeedbackFixtures.count;
import static app.bravo.quality.FeedbackFixtures.freshTeam;
import static app.bravo.quality.FeedbackFixtures.rows;
import static app.bravo.quality.FeedbackFixtures.score;
import static app.bravo.quality.FeedbackFixtures.tag;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import app.bravo.security.Role;
import app.bravo.support.Api;
import app.bravo.support.ServiceTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** POST /api/feedback: service tokens, batches all or nothing, idempotent external ids, the organisation's day. */
@QuarkusTest
class FeedbackApiTest {

    @Inject
    DataSource dataSource;

    @Inject
    FeedbackFixtures.ReceivedEvents events;

    @Test
    void aHelpdeskTokenPushesOneScoreAndABatchAndReSendingCountsNothingTwice() throws Exception {
        String tag = tag();
        long team = freshTeam(tag);
        String name = "Helpdesk " + tag;
        String token = ServiceTokens.issue(name, "feedback:write");
        int eventsBefore = events.seen().size();

        Map<String, Object> one = score("CSAT", 5, team, "t-" + tag + "-1");
        one.put("comment", "  Solved on the first call.  ");
        JsonPath first = bearer(token).body(one).post("/api/feedback").then().statusCode(201).extract().jsonPath();
        assertEquals(1, first.getInt("added"));
        assertEquals("ADDED", first.getString("items[0].status"));
        long id = first.getLong("items[0].id");

        JsonPath again = bearer(token).body(one).post("/api/feedback").then().statusCode(200).extract().jsonPath();
        assertEquals(0, again.getInt("added"));
        assertEquals("ALREADY_RECEIVED", again.getString("items[0].status"));
        assertEquals(id, again.getLong("items[0].id"), "the stored score's id");

        List<Map<String, Object>> batch = List.of(score("NPS", 9, team, "t-" + tag + "-2"), one,
                score("NPS", 3, team, "t-" + tag + "-3"), score("CSAT", 2, team, null));
        JsonPath answer = bearer(token).body(batch).post("/api/feedback").then().statusCode(200).extract().jsonPath();
        assertEquals(3, answer.getInt("added"));
        assertEquals(1, answer.getInt("alreadyReceived"));
        assertEquals(List.of("ADDED", "ALREADY_RECEIVED", "ADDED", "ADDED"), answer.getList("items.status"));
        assertEquals(4, count(dataSource, "select count(*) from feedback_score where team_id = ?", team));

        Object[] stored = rows(dataSource, "select source, api_token_id, comment, entered_by_id from feedback_score"
                + " where external_id = ?", "t-" + tag + "-1").get(0);
        assertEquals("API", stored[0]);
        assertEquals(count(dataSource, "select id from api_token where name = ?", name), ((Number) stored[1]).longValue(),
                "the token that sent it");
        assertEquals("Solved on the first call.", stored[2], "trimmed");
        assertNull(stored[3], "a token is no person");

        List<FeedbackReceived> fired = events.seen().subList(eventsBefore, events.seen().size()).stream()
                .filter(e -> e.teamIds().contains(team)).toList();
        assertEquals(List.of(1, 3), fired.stream().map(FeedbackReceived::added).toList(),
                "fired for new scores only, never for a pure re-delivery");
    }

    @Test
    void onlyAValidTokenWithTheScopeOrHrMayPush() {
        String tag = tag();
        long team = freshTeam(tag);
        Map<String, Object> body = score("CSAT", 4, team, null);
        io.restassured.RestAssured.given().contentType(ContentType.JSON).body(body).post("/api/feedback").then()
                .statusCode(401);
        String reader = ServiceTokens.issue("Reader " + tag, "directory:read");
        bearer(reader).body(body).post("/api/feedback").then().statusCode(403);
        Api.as(Role.EMPLOYEE).contentType(ContentType.JSON).body(body).post("/api/feedback").then().statusCode(403);
        Api.as(Role.HR).contentType(ContentType.JSON).body(body).post("/api/feedback").then().statusCode(201);

        String name = "Revoked helpdesk " + tag;
        String token = ServiceTokens.issue(name, "feedback:write");
        bearer(token).body(body).post("/api/feedback").then().statusCode(201);
        ServiceTokens.revoke(name);
        bearer(token).body(body).post("/api/feedback").then().statusCode(401);
        bearer(token + "x").body(body).post("/api/feedback").then().statusCode(401);
    }

    @Test
    void aBatchWithOneBadScoreWritesNothingAndNamesTheItemAndField() throws Exception {
        String tag = tag();
        long team = freshTeam(tag);
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            batch.add(score("CSAT", 4, team, "bad-" + tag + "-" + i));
        }
        batch.get(2).put("score", 9); // not on the CSAT scale
        batch.get(4).put("receivedAt", Instant.now().plusSeconds(3600).toString());
        Response refused = Api.as(Role.HR).contentType(ContentType.JSON).body(batch).post("/api/feedback");
        refused.then().statusCode(400).contentType(containsString("application/problem+json"))
                .body("errors", hasKey("[2].score")).body("errors", hasKey("[4].receivedAt"))
                .body("errors.'[2].score'", containsString("1 to 5"));
        assertEquals(0, count(dataSource, "select count(*) from feedback_score where team_id = ?", team));

        batch.get(2).put("score", 4);
        batch.get(4).remove("receivedAt");
        batch.get(1).put("channel", "PIGEON");
        Api.as(Role.HR).contentType(ContentType.JSON).body(batch).post("/api/feedback").then().statusCode(400)
                .body("errors", hasKey("[1].channel"));
        batch.get(1).put("channel", "CHAT");
        batch.get(3).put("teamId", 999_999_999L);
        Api.as(Role.HR).contentType(ContentType.JSON).body(batch).post("/api/feedback").then().statusCode(400)
                .body("errors", hasKey("[3].teamId"));
        assertEquals(0, count(dataSource, "select count(*) from feedback_score where team_id = ?", team));

        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i <= FeedbackService.MAX_BATCH; i++) {
            tooMany.add(score("NPS", 10, team, null));
        }
        Api.as(Role.HR).contentType(ContentType.JSON).body(tooMany).post("/api/feedback").then().statusCode(400)
                .body("errors.items", containsString("At most 1,000 scores per request"));
        Api.as(Role.HR).contentType(ContentType.JSON).body("[]").post("/api/feedback").then().statusCode(400);
        Api.as(Role.HR).contentType(ContentType.JSON).body("42").post("/api/feedback").then().statusCode(400);
        assertEquals(0, count(dataSource, "select count(*) from feedback_score where team_id = ?", team));
    }

    @Test
    void aScoreCountsOnTheOrganisationsDayNotTheServersOrUtcs() throws Exception {
        String tag = tag();
        long team = freshTeam(tag);
        LocalDate utcDay = LocalDate.now(ZoneOffset.UTC).minusDays(2);
        // 23:30 UTC is 00:30 the next day in Belgrade (UTC+1 in winter, +2 in summer): bravo.time-zone in tests.
        Map<String, Object> late = score("NPS", 8, team, null);
        late.put("receivedAt", LocalDateTime.of(utcDay, LocalTime.of(23, 30)).toInstant(ZoneOffset.UTC).toString());
        Map<String, Object> early = score("NPS", 8, team, null);
        early.put("receivedAt", LocalDateTime.of(utcDay, LocalTime.of(12, 0)).toInstant(ZoneOffset.UTC).toString());
        Api.as(Role.HR).contentType(ContentType.JSON).body(List.of(late, early)).post("/api/feedback").then()
                .statusCode(200);
        List<Object[]> days = rows(dataSource, "select received_on from feedback_score where team_id = ?"
                + " order by received_at", team);
        assertEquals(utcDay, ((Date) days.get(0)[0]).toLocalDate());
        assertEquals(utcDay.plusDays(1), ((Date) days.get(1)[0]).toLocalDate());
    }

    @Test
    void tenThousandScoresInBatchesAndTheSameBatchesAgainCountOnce() throws Exception {
        String tag = tag();
        long team = freshTeam(tag);
        String token = ServiceTokens.issue("Bulk helpdesk " + tag, "feedback:write");
        LocalDate firstDay = LocalDate.now(ZoneOffset.UTC).minusDays(10);
        List<List<Map<String, Object>>> batches = new ArrayList<>();
        TreeMap<LocalDate, long[]> expected = new TreeMap<>(); // day -> {count, sum}
        for (int b = 0; b < 10; b++) {
            List<Map<String, Object>> batch = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                int n = b * 1000 + i;
                LocalDate day = firstDay.plusDays(n % 7);
                int value = n % 11;
                Map<String, Object> item = score("NPS", value, team, "bulk-" + tag + "-" + n);
                item.put("receivedAt", LocalDateTime.of(day, LocalTime.of(9, n % 60)).toInstant(ZoneOffset.UTC).toString());
                batch.add(item);
                long[] figures = expected.computeIfAbsent(day, d -> new long[2]);
                figures[0]++;
                figures[1] += value;
            }
            batches.add(batch);
        }
        for (List<Map<String, Object>> batch : batches) {
            bearer(token).body(batch).post("/api/feedback").then().statusCode(200).body("added", equalTo(1000));
        }
        for (List<Map<String, Object>> batch : batches) {
            bearer(token).body(batch).post("/api/feedback").then().statusCode(200).body("added", equalTo(0))
                    .body("alreadyReceived", equalTo(1000));
        }
        assertEquals(10_000, count(dataSource, "select count(*) from feedback_score where team_id = ?", team));
        TreeMap<LocalDate, long[]> actual = new TreeMap<>();
        for (Object[] row : rows(dataSource, "select received_on, count(*), sum(score) from feedback_score"
                + " where team_id = ? group by received_on", team)) {
            actual.put(((Date) row[0]).toLocalDate(), new long[] { ((Number) row[1]).longValue(),
                    ((Number) row[2]).longValue() });
        }
        assertEquals(expected.keySet(), actual.keySet(), "09:xx UTC is the same day in Belgrade");
        expected.forEach((day, figures) -> {
            assertEquals(figures[0], actual.get(day)[0], "count on " + day);
            assertEquals(figures[1], actual.get(day)[1], "sum on " + day);
        });
    }

    @Test
    void twoDeliveriesOfTheSameBatchAtOnceBothSucceedAndEveryScoreIsStoredOnce() throws Exception {
        String tag = tag();
        long team = freshTeam(tag);
        String token = ServiceTokens.issue("Racing helpdesk " + tag, "feedback:write");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                List<Map<String, Object>> batch = new ArrayList<>();
                for (int i = 0; i < 300; i++) {
                    batch.add(score("CSAT", 1 + i % 5, team, "race-" + tag + "-" + round + "-" + i));
                }
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Response>> calls = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    calls.add(pool.submit(() -> {
                        start.await();
                        return bearer(token).body(batch).post("/api/feedback");
                    }));
                }
                start.countDown();
                int added = 0;
                for (Future<Response> call : calls) {
                    Response response = call.get();
                    assertEquals(200, response.statusCode(), response.asString());
                    added += response.jsonPath().getInt("added");
                    assertEquals(300, response.jsonPath().getInt("added") + response.jsonPath().getInt("alreadyReceived"));
                }
                assertEquals(300, added, "each score added by exactly one of the two deliveries");
                assertEquals(300, count(dataSource, "select count(*) from feedback_score where external_id like ?",
                        "race-" + tag + "-" + round + "-%"));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(900, count(dataSource, "select count(*) from feedback_score where team_id = ?", team));
    }
}
