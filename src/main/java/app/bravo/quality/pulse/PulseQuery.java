package app.bravo.quality.pulse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import app.bravo.quality.FeedbackScore;
import app.bravo.quality.pulse.PulseScore.Counts;

/**
 * The pulse's statements: sums per day of {@code feedback_score}, grouped in SQL by the organisation's day
 * ({@code received_on}, fixed at intake), never a score loaded into Java. Days without scores have no row; the
 * series fills them in from the day range.
 */
final class PulseQuery {

    /** The sums every figure needs, in {@link Counts}' order (one pass over the day's rows). */
    private static final String SUMS = """
            sum(case when f.scale = 'CSAT' then 1 else 0 end),
            sum(case when f.scale = 'CSAT' and f.score >= 4 then 1 else 0 end),
            sum(case when f.scale = 'CSAT' then f.score else 0 end),
            sum(case when f.scale = 'NPS' then 1 else 0 end),
            sum(case when f.scale = 'NPS' and f.score >= 9 then 1 else 0 end),
            sum(case when f.scale = 'NPS' and f.score <= 6 then 1 else 0 end)
            """;

    /** A team's sums on one day. */
    record TeamDay(long teamId, String teamName, LocalDate day, Counts counts) {
    }

    /**
     * A person praised by customers: how many CSAT 4-5 or NPS 9-10 scores name them (not those they typed in
     * themselves on the staff form: nobody praises themselves onto the board).
     */
    record Praised(long personId, String name, String teamName, long count) {
    }

    private PulseQuery() {
    }

    private static EntityManager em() {
        return FeedbackScore.getEntityManager();
    }

    /** Each day's sums of a scope from {@code from} to {@code to} (both included); days without scores absent. */
    static Map<LocalDate, Counts> daily(PulseScope scope, LocalDate from, LocalDate to) {
        String where = switch (scope.kind()) {
            case ORG -> "";
            case TEAM -> " and f.team_id = :id";
            // The department of the team now: a team moved to another department takes its history along.
            case DEPARTMENT -> " and f.team_id in (select t.id from team t where t.department_id = :id)";
        };
        Query query = em().createNativeQuery("select f.received_on, " + SUMS
                + " from feedback_score f where f.received_on between :from and :to" + where
                + " group by f.received_on");
        query.setParameter("from", from).setParameter("to", to);
        if (scope.id() != null) {
            query.setParameter("id", scope.id());
        }
        Map<LocalDate, Counts> days = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            days.put(day(columns[0]), counts(columns, 1));
        }
        return days;
    }

    /** Every team's sums per day from {@code from} to {@code to}: one statement, for the shout-outs. */
    static List<TeamDay> teamDays(LocalDate from, LocalDate to) {
        List<TeamDay> rows = new ArrayList<>();
        for (Object row : em().createNativeQuery("select f.team_id, t.name, f.received_on, " + SUMS
                + " from feedback_score f join team t on t.id = f.team_id"
                + " where f.received_on between :from and :to and t.active = true"
                + " group by f.team_id, t.name, f.received_on")
                .setParameter("from", from).setParameter("to", to).getResultList()) {
            Object[] columns = (Object[]) row;
            rows.add(new TeamDay(((Number) columns[0]).longValue(), (String) columns[1], day(columns[2]),
                    counts(columns, 3)));
        }
        return rows;
    }

    /** People named by at least {@code min} praising scores (CSAT 4-5, NPS 9-10) in the days given. */
    static List<Praised> praised(LocalDate from, LocalDate to, int min) {
        List<Praised> rows = new ArrayList<>();
        for (Object row : em().createNativeQuery("""
                select p.id, p.full_name, t.name, count(*) from feedback_score f
                join person p on p.id = f.person_id join team t on t.id = f.team_id
                where f.received_on between :from and :to and p.active = true
                  and ((f.scale = 'CSAT' and f.score >= 4) or (f.scale = 'NPS' and f.score >= 9))
                  and (f.entered_by_id is null or f.entered_by_id <> f.person_id)
                group by p.id, p.full_name, t.name having count(*) >= :min""")
                .setParameter("from", from).setParameter("to", to).setParameter("min", min).getResultList()) {
            Object[] columns = (Object[]) row;
            rows.add(new Praised(((Number) columns[0]).longValue(), (String) columns[1], (String) columns[2],
                    ((Number) columns[3]).longValue()));
        }
        return rows;
    }

    private static Counts counts(Object[] columns, int first) {
        return new Counts(number(columns[first]), number(columns[first + 1]), number(columns[first + 2]),
                number(columns[first + 3]), number(columns[first + 4]), number(columns[first + 5]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static LocalDate day(Object value) {
        if (value instanceof LocalDate day) {
            return day;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        return LocalDate.parse(value.toString());
    }
}
