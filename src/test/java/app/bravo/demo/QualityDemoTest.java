package app.bravo.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The demo's feedback: 90 days for every team, one team at its targets, one falling behind, a praised agent. */
@QuarkusTest
class QualityDemoTest {

    @Inject
    DataSource dataSource;

    /** Per team: first day, last day, days with scores, CSAT count and satisfied, NPS count, promoters, detractors. */
    private Map<String, long[]> figures(String extraCondition, Object... args) throws Exception {
        Map<String, long[]> byTeam = new HashMap<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(
                "select t.name, min(f.received_on), max(f.received_on), count(distinct f.received_on),"
                        + " sum(case when f.scale = 'CSAT' then 1 else 0 end),"
                        + " sum(case when f.scale = 'CSAT' and f.score >= 4 then 1 else 0 end),"
                        + " sum(case when f.scale = 'NPS' then 1 else 0 end),"
                        + " sum(case when f.scale = 'NPS' and f.score >= 9 then 1 else 0 end),"
                        + " sum(case when f.scale = 'NPS' and f.score <= 6 then 1 else 0 end)"
                        + " from feedback_score f join team t on t.id = f.team_id"
                        + " where f.external_id like 'demo-%' " + extraCondition + " group by t.name")) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    byTeam.put(rs.getString(1), new long[] { rs.getDate(2).toLocalDate().toEpochDay(),
                            rs.getDate(3).toLocalDate().toEpochDay(), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                            rs.getLong(7), rs.getLong(8), rs.getLong(9) });
                }
            }
        }
        return byTeam;
    }

    private static double csat(long[] f) {
        return 100.0 * f[4] / f[3];
    }

    private static double nps(long[] f) {
        return 100.0 * (f[6] - f[7]) / f[5];
    }

    @Test
    void everyTeamHasNinetyDaysEndingTodayWithOneTeamAtItsTargetsAndOneBehind() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Belgrade"));
        Map<String, long[]> teams = figures("");
        for (String team : QualityDemo.PROFILES.stream().map(QualityDemo.Profile::team).toList()) {
            long[] f = teams.get(team);
            assertTrue(f != null, team + " has demo feedback");
            assertTrue(f[0] >= today.minusDays(89).toEpochDay() && f[0] <= today.minusDays(80).toEpochDay(),
                    team + " starts about 90 days back");
            assertTrue(f[1] >= today.minusDays(3).toEpochDay() && f[1] <= today.toEpochDay(), team + " ends now");
            assertTrue(f[2] < 90, team + ": some days are empty");
            assertTrue(f[2] > 40, team + ": most are not");
        }
        long[] frontDesk = teams.get("Front Desk");
        assertTrue(csat(frontDesk) >= 90, "Front Desk reaches CSAT 90 %: " + csat(frontDesk));
        assertTrue(nps(frontDesk) >= 40, "and NPS 40: " + nps(frontDesk));
        long[] billing = teams.get("Billing");
        assertTrue(csat(billing) < 82, "Billing falls behind: " + csat(billing));
        assertTrue(nps(billing) < 25, "Billing's NPS: " + nps(billing));
        Map<String, long[]> lastMonth = figures("and f.received_on >= ?", Date.valueOf(today.minusDays(30)));
        assertTrue(csat(lastMonth.get("Billing")) < csat(billing), "and sinks");
    }

    @Test
    void aContactCentrePersonIsPraisedByAtLeastThreeCustomersThisWeek() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Belgrade"));
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(
                "select max(c) from (select count(*) c from feedback_score f join team t on t.id = f.team_id"
                        + " where t.name = 'Contact Centre' and f.person_id is not null and f.received_on >= ?"
                        + " and ((f.scale = 'CSAT' and f.score >= 4) or (f.scale = 'NPS' and f.score >= 9))"
                        + " group by f.person_id) praised")) {
            statement.setObject(1, monday);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                assertTrue(rs.getLong(1) >= 3, "praised " + rs.getLong(1) + " times");
            }
        }
    }
}
