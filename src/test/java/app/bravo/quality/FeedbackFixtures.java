package app.bravo.quality;


import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import app.bravo.security.Role;
import app.bravo.support.Api;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** What the feedback tests share: teams made for one test, score bodies, counts read straight from the table. */
final class FeedbackFixtures {

    private FeedbackFixtures() {
    }

    /** Records every {@link FeedbackReceived} the pulse would see (after the transaction succeeded). */
    @ApplicationScoped
    static class ReceivedEvents {
        private final List<FeedbackReceived> seen = new CopyOnWriteArrayList<>();

        /** Read through a method: a field read on the client proxy would be the proxy's own. */
        List<FeedbackReceived> seen() {
            return List.copyOf(seen);
        }

        void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) FeedbackReceived event) {
            seen.add(event);
        }
    }

    static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new team of its own, so counts by team see only this test's scores (the demo's are there too). */
    static long freshTeam(String tag) {
        return Api.as(Role.HR).contentType(ContentType.JSON)
                .body(Map.of("name", "Feedback " + tag, "department", "Quality tests " + tag))
                .post("/api/teams").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long teamId(String name) {
        return Api.as(Role.HR).get("/api/teams").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.name == '" + name + "' }.id");
    }

    static Map<String, Object> score(String scale, int score, long teamId, String externalId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scale", scale);
        body.put("score", score);
        body.put("teamId", teamId);
        body.put("channel", "PHONE");
        if (externalId != null) {
            body.put("externalId", externalId);
        }
        return body;
    }

    static RequestSpecification bearer(String token) {
        return Api.bearer(token).contentType(ContentType.JSON);
    }

    static long count(DataSource dataSource, String sql, Object... args) throws Exception {
        return rows(dataSource, sql, args).get(0)[0] instanceof Number n ? n.longValue() : -1;
    }

    static List<Object[]> rows(DataSource dataSource, String sql, Object... args) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = rs.getObject(c + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }
}
