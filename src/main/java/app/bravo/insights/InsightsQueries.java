package app.bravo.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import app.bravo.awards.Phase;
import app.bravo.awards.voting.Turnout;
import app.bravo.board.BoardChanges;
import app.bravo.config.BravoConfig;
import app.bravo.i18n.LocalizedText;
import app.bravo.people.Person;
import app.bravo.web.Slice;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * Every figure of the HR insights, counted by the database: each table is one GROUP BY query (or a handful for the
 * award turnout, whatever the number of rounds), never a row per person or post read into Java.
 */
@ApplicationScoped
@Transactional
public class InsightsQueries {

    /** How far back "not recognised" looks, whatever the period chosen. */
    public static final int QUIET_DAYS = 90;
    /** The newest stories shown beside the rules. */
    public static final int NEWEST_STORIES = 10;
    /** The most rounds the award table covers. */
    public static final int MAX_ROUNDS = 12;

    /** Published recognitions of the period (the posts the spread counts). */
    private static final String RECOGNITIONS = "po.kind = 'RECOGNITION' and po.status = 'APPROVED'"
            + " and po.published_at >= :from and po.published_at < :to";

    /**
     * (post, unit) once each, for a unit column {@code unit} of team {@code t}: the teams recognised as a whole and
     * the teams of the people recognised (their team now), so a recognition of a team counts for the team and
     * one of two team-mates counts once. The union stays the only table of its FROM: H2 evaluates a derived table
     * that is joined once per row of the other side.
     */
    private static String recognised(String unit) {
        return "select pt.post_id, " + unit + " as unit from post po join post_team pt on pt.post_id = po.id"
                + " join team t on t.id = pt.team_id where " + RECOGNITIONS
                + " union select pr.post_id, " + unit + " from post po join post_recipient pr on pr.post_id = po.id"
                + " join person pe on pe.id = pr.person_id join team t on t.id = pe.team_id where " + RECOGNITIONS;
    }

    public record TeamRow(long teamId, String team, String department, long people, long received, long given) {
    }

    public record DepartmentRow(long departmentId, String department, long people, long received, long given) {
    }

    public record StandardRow(long behaviourId, String name, long recognitions) {
    }

    /** Recognitions for service to colleagues (the internal customer) and to customers. */
    public record ServiceShare(long internal, long customers) {

        public long total() {
            return internal + customers;
        }

        public int internalPercent() {
            return total() == 0 ? 0 : (int) Math.round(100.0 * internal / total());
        }

        public int customersPercent() {
            return total() == 0 ? 0 : 100 - internalPercent();
        }
    }

    public record RecognitionSpread(String period, LocalDate firstDay, LocalDate lastDay, List<TeamRow> teams,
            List<DepartmentRow> departments, List<StandardRow> standards, ServiceShare service) {
    }

    public record Quiet(long personId, String fullName, String team, String department) {
    }

    public record RuleRow(long ruleId, String rule, long total, List<Long> perMonth) {
    }

    /** A story of the period: when it was published, and that day in the organisation's zone. */
    public record StoryRow(long postId, String rule, String complaint, Instant publishedAt, LocalDate day) {
    }

    public record RulesReport(String period, LocalDate firstDay, LocalDate lastDay, List<String> months,
            List<RuleRow> rules, List<StoryRow> newest) {
    }

    /** Nominations made by a department's people, beside its headcount; the shares are of the whole organisation. */
    public record NominationRow(long departmentId, String department, long people, long nominations, long nominators,
            int nominatorsPercent, int headcountShare, int nominationShare) {
    }

    public record AwardsReport(String period, LocalDate firstDay, LocalDate lastDay, List<Turnout.View> rounds,
            List<NominationRow> nominations) {
    }

    @Inject
    EntityManager em;

    @Inject
    BravoConfig config;

    @Inject
    InsightsCache cache;

    @Inject
    @PersistenceUnitExtension // BoardChanges is Hibernate's statement inspector
    BoardChanges changes;

    /** The period a query string names, in the organisation's zone (see {@link Period#parse}). */
    public Period period(String text, Instant now) {
        return Period.parse(text, now, config.timeZone());
    }

    // ------------------------------------------------------------------ recognition spread

    public RecognitionSpread spread(Period period, String language) {
        return cache.get(List.of("spread", period.key(), language), () -> countSpread(period, language));
    }

    private RecognitionSpread countSpread(Period period, String language) {
        // Each count is its own GROUP BY, joined here by id: a few hundred units at most.
        Map<Long, Long> teamPeople = counts(em.createNativeQuery(
                "select p.team_id, count(*) from person p where p.active = true and p.team_id is not null"
                        + " group by p.team_id"));
        Map<Long, Long> teamReceived = counts(periodQuery("select x.unit, count(*) from (" + recognised("t.id")
                + ") x group by x.unit", period));
        Map<Long, Long> teamGiven = counts(periodQuery("select pe.team_id, count(*) from post po"
                + " join person pe on pe.id = po.author_id where " + RECOGNITIONS + " group by pe.team_id", period));
        List<TeamRow> teams = new ArrayList<>();
        for (Object[] r : rows(em.createNativeQuery("select t.id, t.name, d.name, t.active from team t"
                + " join department d on d.id = t.department_id order by d.name, t.name"))) {
            long id = n(r[0]);
            if (Boolean.TRUE.equals(r[3]) || teamReceived.containsKey(id) || teamGiven.containsKey(id)) {
                teams.add(new TeamRow(id, (String) r[1], (String) r[2], teamPeople.getOrDefault(id, 0L),
                        teamReceived.getOrDefault(id, 0L), teamGiven.getOrDefault(id, 0L)));
            }
        }
        Map<Long, Long> departmentPeople = counts(em.createNativeQuery("select t.department_id, count(*) from person p"
                + " join team t on t.id = p.team_id where p.active = true group by t.department_id"));
        Map<Long, Long> departmentReceived = counts(periodQuery("select x.unit, count(*) from ("
                + recognised("t.department_id") + ") x group by x.unit", period));
        Map<Long, Long> departmentGiven = counts(periodQuery("select t.department_id, count(*) from post po"
                + " join person pe on pe.id = po.author_id join team t on t.id = pe.team_id where " + RECOGNITIONS
                + " group by t.department_id", period));
        List<DepartmentRow> departments = new ArrayList<>();
        for (Object[] r : rows(em.createNativeQuery("select d.id, d.name from department d order by d.name"))) {
            long id = n(r[0]);
            if (departmentPeople.containsKey(id) || departmentReceived.containsKey(id)
                    || departmentGiven.containsKey(id)) {
                departments.add(new DepartmentRow(id, (String) r[1], departmentPeople.getOrDefault(id, 0L),
                        departmentReceived.getOrDefault(id, 0L), departmentGiven.getOrDefault(id, 0L)));
            }
        }
        Map<Long, Long> named = counts(periodQuery("select pb.behaviour_id, count(*) from post po"
                + " join post_behaviour pb on pb.post_id = po.id where " + RECOGNITIONS + " group by pb.behaviour_id",
                period));
        List<StandardRow> standards = new ArrayList<>();
        for (Object[] r : rows(em.createNativeQuery("select b.id, b.name_en, b.name_sr, b.name_sl, b.active"
                + " from behaviour b order by b.name_en"))) {
            long id = n(r[0]);
            if (Boolean.TRUE.equals(r[4]) || named.containsKey(id)) {
                String name = new LocalizedText((String) r[1], (String) r[2], (String) r[3]).in(language);
                standards.add(new StandardRow(id, name, named.getOrDefault(id, 0L)));
            }
        }
        // Most named first; the order of names breaks ties (stable sort).
        standards.sort(java.util.Comparator.comparingLong(StandardRow::recognitions).reversed());
        long internal = 0;
        long customers = 0;
        for (Object[] r : rows(periodQuery("select po.internal_service, count(*) from post po where " + RECOGNITIONS
                + " group by po.internal_service", period))) {
            if (Boolean.TRUE.equals(r[0])) {
                internal = n(r[1]);
            } else {
                customers = n(r[1]);
            }
        }
        return new RecognitionSpread(period.key(), period.firstDay(), period.lastDay(), teams, departments,
                standards, new ServiceShare(internal, customers));
    }

    // ------------------------------------------------------------------ not recognised lately

    /** Active people named in no published recognition since {@code since}: the condition of the list and its count. */
    /**
     * Active people named in no published recognition since {@code :since}: the condition of the list and its
     * count. NOT IN an uncorrelated subquery (person_id is never null): both databases read the recent
     * recipients once, where NOT EXISTS had H2 read the period's posts again for every person.
     */
    private static final String QUIET = "p.active = true and p.id not in (select pr.person_id from post po"
            + " join post_recipient pr on pr.post_id = po.id where po.kind = 'RECOGNITION'"
            + " and po.status = 'APPROVED' and po.published_at >= :since)";

    /**
     * A page of the people not recognised in the last {@link #QUIET_DAYS} days, in name order, by keyset: the rows
     * after (or before) the person whose id is the cursor.
     */
    public Slice<Quiet> quiet(Long after, Long before, int size, Instant now) {
        return cache.get(java.util.Arrays.asList("quiet", after, before, size), () -> readQuiet(after, before, size, now));
    }

    private Slice<Quiet> readQuiet(Long after, Long before, int size, Instant now) {
        Long cursor = after != null ? after : before;
        Slice.Direction direction = after == null && before != null ? Slice.Direction.BACKWARD
                : Slice.Direction.FORWARD;
        Person edge = cursor == null ? null : Person.findById(cursor);
        String keyset = "";
        if (edge != null) {
            keyset = direction == Slice.Direction.FORWARD
                    ? " and (p.full_name > :name or (p.full_name = :name and p.id > :id))"
                    : " and (p.full_name < :name or (p.full_name = :name and p.id < :id))";
        }
        String order = direction == Slice.Direction.FORWARD ? "p.full_name, p.id" : "p.full_name desc, p.id desc";
        Query query = em.createNativeQuery("select p.id, p.full_name, t.name, d.name from person p"
                + " left join team t on t.id = p.team_id left join department d on d.id = t.department_id"
                + " where " + QUIET + keyset + " order by " + order)
                .setParameter("since", utc(quietSince(now))).setMaxResults(size + 1);
        if (edge != null) {
            query.setParameter("name", edge.fullName).setParameter("id", edge.id);
        }
        List<Quiet> fetched = new ArrayList<>();
        for (Object[] r : rows(query)) {
            fetched.add(new Quiet(n(r[0]), (String) r[1], (String) r[2], (String) r[3]));
        }
        return Slice.of(fetched, size, direction, edge != null, Quiet::personId);
    }

    public long quietCount(Instant now) {
        return cache.get("quiet count", () -> countQuiet(now));
    }

    private long countQuiet(Instant now) {
        return n(em.createNativeQuery("select count(*) from person p where " + QUIET)
                .setParameter("since", utc(quietSince(now))).getSingleResult());
    }

    public static Instant quietSince(Instant now) {
        return now.minus(java.time.Duration.ofDays(QUIET_DAYS));
    }

    // ------------------------------------------------------------------ rules that got in the way

    /** Stories of the period and the rule each counts under: the rule a merged one went into, else its own. */
    private static final String STORIES = " from post po join service_rule r on r.id = po.rule_id"
            + " join service_rule tr on tr.id = coalesce(r.merged_into_id, r.id)"
            + " where po.kind = 'COMPLAINT_STORY' and po.status = 'APPROVED'"
            + " and po.published_at >= :from and po.published_at < :to";

    public RulesReport rules(Period period) {
        return cache.get(List.of("rules", period.key()), () -> countRules(period));
    }

    private RulesReport countRules(Period period) {
        List<Period.Month> months = period.months(config.timeZone());
        StringBuilder columns = new StringBuilder();
        for (int i = 0; i < months.size(); i++) {
            columns.append(", sum(case when po.published_at >= :m").append(i).append("from and po.published_at < :m")
                    .append(i).append("to then 1 else 0 end)");
        }
        Query query = periodQuery("select tr.id, tr.name, count(*)" + columns + STORIES
                + " group by tr.id, tr.name order by count(*) desc, tr.name", period);
        for (int i = 0; i < months.size(); i++) {
            query.setParameter("m" + i + "from", utc(months.get(i).from()));
            query.setParameter("m" + i + "to", utc(months.get(i).to()));
        }
        List<RuleRow> rules = new ArrayList<>();
        for (Object[] r : rows(query)) {
            List<Long> perMonth = new ArrayList<>();
            for (int i = 0; i < months.size(); i++) {
                perMonth.add(n(r[3 + i]));
            }
            rules.add(new RuleRow(n(r[0]), (String) r[1], n(r[2]), perMonth));
        }
        List<StoryRow> newest = new ArrayList<>();
        for (Object[] r : rows(periodQuery("select po.id, tr.name, po.complaint, po.published_at" + STORIES
                + " order by po.published_at desc, po.id desc", period).setMaxResults(NEWEST_STORIES))) {
            Instant published = instant(r[3]);
            newest.add(new StoryRow(n(r[0]), (String) r[1], (String) r[2], published,
                    LocalDate.ofInstant(published, config.timeZone())));
        }
        return new RulesReport(period.key(), period.firstDay(), period.lastDay(),
                months.stream().map(Period.Month::label).toList(), rules, newest);
    }

    // ------------------------------------------------------------------ award participation

    /**
     * Turnout per department of each round that was voting or done in the period (at most {@link #MAX_ROUNDS},
     * newest first), by the rule of {@code awards.voting.Eligibility}: active people of the whole organisation,
     * or of the category's chosen departments; and nominations per department beside the headcount.
     */
    public AwardsReport awards(Period period, String language, String noDepartment) {
        // Votes and nominations are not board tables: their own change counter tells a kept report it is out of
        // date, without a statement.
        return cache.get(List.of("awards", period.key(), language), changes.awardActivity(),
                () -> countAwards(period, language, noDepartment));
    }

    private AwardsReport countAwards(Period period, String language, String noDepartment) {
        Map<Long, String> departmentNames = new HashMap<>();
        for (Object[] r : rows(em.createNativeQuery("select d.id, d.name from department d"))) {
            departmentNames.put(n(r[0]), (String) r[1]);
        }
        Map<Long, Long> headcount = counts(em.createNativeQuery("select t.department_id, count(*) from person p"
                + " join team t on t.id = p.team_id where p.active = true group by t.department_id"));
        long withoutDepartment = n(em.createNativeQuery(
                "select count(*) from person p where p.active = true and p.team_id is null").getSingleResult());
        if (withoutDepartment > 0) {
            headcount.put(null, withoutDepartment);
        }
        List<Turnout.View> rounds = turnout(period, language, noDepartment, departmentNames, headcount);
        return new AwardsReport(period.key(), period.firstDay(), period.lastDay(), rounds,
                nominations(period, departmentNames, headcount));
    }

    private List<Turnout.View> turnout(Period period, String language, String noDepartment,
            Map<Long, String> departmentNames, Map<Long, Long> headcount) {
        record RoundRow(long id, long programme, String title, Phase phase) {
        }
        List<RoundRow> rounds = new ArrayList<>();
        for (Object[] r : rows(em.createNativeQuery("select r.id, r.programme_id, r.title, r.phase from award_round r"
                + " where r.phase in ('VOTING', 'CLOSED', 'ANNOUNCED') and r.created_at < :to"
                + " and (r.phase = 'VOTING' or r.phase_changed_at >= :from) order by r.created_at desc, r.id desc")
                .setParameter("from", utc(period.from())).setParameter("to", utc(period.to()))
                .setMaxResults(MAX_ROUNDS))) {
            rounds.add(new RoundRow(n(r[0]), n(r[1]), (String) r[2], Phase.valueOf((String) r[3])));
        }
        if (rounds.isEmpty()) {
            return List.of();
        }
        // The categories of each round, as Category.ofRound has them: a programme's active ones, or for a run-off
        // round only those it decides (award_runoff_seat).
        record CategoryRow(long round, long id, String name, boolean votersFromChosen) {
        }
        List<CategoryRow> categories = new ArrayList<>();
        for (Object[] r : rows(em.createNativeQuery("select r.id, c.id, c.name_en, c.name_sr, c.name_sl,"
                + " c.voters_from_chosen from award_round r join award_category c on c.programme_id = r.programme_id"
                + " where r.id in (:rounds) and ((r.runoff_of_id is null and c.active = true) or exists (select 1"
                + " from award_runoff_seat s where s.round_id = r.id and s.category_id = c.id))"
                + " order by c.sort_order, c.id").setParameter("rounds", rounds.stream().map(RoundRow::id).toList()))) {
            categories.add(new CategoryRow(n(r[0]), n(r[1]),
                    new LocalizedText((String) r[2], (String) r[3], (String) r[4]).in(language), (Boolean) r[5]));
        }
        Map<Long, Set<Long>> chosen = new HashMap<>();
        List<Long> categoryIds = categories.stream().map(CategoryRow::id).distinct().toList();
        if (!categoryIds.isEmpty()) {
            for (Object[] r : rows(em.createNativeQuery("select category_id, department_id"
                    + " from award_category_voter_department where category_id in (:categories)")
                    .setParameter("categories", categoryIds))) {
                chosen.computeIfAbsent(n(r[0]), k -> new java.util.HashSet<>()).add(n(r[1]));
            }
        }
        // round -> category -> department -> voters
        Map<Long, Map<Long, Map<Long, Long>>> voted = new HashMap<>();
        for (Object[] r : rows(em.createNativeQuery("select ap.round_id, ap.category_id, t.department_id, count(*)"
                + " from award_participation ap join person p on p.id = ap.person_id"
                + " left join team t on t.id = p.team_id where ap.round_id in (:rounds)"
                + " group by ap.round_id, ap.category_id, t.department_id")
                .setParameter("rounds", rounds.stream().map(RoundRow::id).toList()))) {
            voted.computeIfAbsent(n(r[0]), k -> new HashMap<>()).computeIfAbsent(n(r[1]), k -> new HashMap<>())
                    .put(r[2] == null ? null : n(r[2]), n(r[3]));
        }
        List<Turnout.View> views = new ArrayList<>();
        for (RoundRow round : rounds) {
            List<Turnout.CategoryTurnout> rows = new ArrayList<>();
            for (CategoryRow category : categories) {
                if (category.round() != round.id()) {
                    continue;
                }
                Map<Long, Long> eligible = new HashMap<>(headcount);
                if (category.votersFromChosen()) {
                    eligible.keySet().retainAll(chosen.getOrDefault(category.id(), Set.of()));
                }
                Map<Long, Long> votes = voted.getOrDefault(round.id(), Map.of()).getOrDefault(category.id(), Map.of());
                Map<String, Turnout.DepartmentTurnout> byName = new TreeMap<>();
                Set<Long> departments = new java.util.HashSet<>(eligible.keySet());
                departments.addAll(votes.keySet());
                for (Long department : departments) {
                    String name = department == null ? noDepartment : departmentNames.getOrDefault(department, "?");
                    byName.put(name, new Turnout.DepartmentTurnout(name, eligible.getOrDefault(department, 0L),
                            votes.getOrDefault(department, 0L)));
                }
                rows.add(new Turnout.CategoryTurnout(category.id(), category.name(), sum(eligible.values()),
                        sum(votes.values()), List.copyOf(byName.values())));
            }
            views.add(new Turnout.View(round.id(), round.title(), round.phase(), rows));
        }
        return views;
    }

    private List<NominationRow> nominations(Period period, Map<Long, String> departmentNames,
            Map<Long, Long> headcount) {
        Map<Long, long[]> made = new LinkedHashMap<>();
        for (Object[] r : rows(periodQuery("select t.department_id, count(*), count(distinct c.nominator_id)"
                + " from award_citation c join person p on p.id = c.nominator_id join team t on t.id = p.team_id"
                + " where c.created_at >= :from and c.created_at < :to group by t.department_id", period))) {
            made.put(n(r[0]), new long[] { n(r[1]), n(r[2]) });
        }
        long people = headcount.entrySet().stream().filter(e -> e.getKey() != null).mapToLong(Map.Entry::getValue)
                .sum();
        long nominations = made.values().stream().mapToLong(v -> v[0]).sum();
        Map<String, NominationRow> byName = new TreeMap<>();
        for (Map.Entry<Long, String> department : departmentNames.entrySet()) {
            long heads = headcount.getOrDefault(department.getKey(), 0L);
            long[] counts = made.getOrDefault(department.getKey(), new long[2]);
            if (heads == 0 && counts[0] == 0) {
                continue;
            }
            byName.put(department.getValue(), new NominationRow(department.getKey(), department.getValue(), heads,
                    counts[0], counts[1], percent(counts[1], heads), percent(heads, people),
                    percent(counts[0], nominations)));
        }
        return List.copyOf(byName.values());
    }

    // ------------------------------------------------------------------ helpers

    private Query periodQuery(String sql, Period period) {
        return em.createNativeQuery(sql).setParameter("from", utc(period.from())).setParameter("to", utc(period.to()));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return (List<Object[]>) query.getResultList();
    }

    static int percent(long part, long whole) {
        return whole == 0 ? 0 : (int) Math.round(100.0 * part / whole);
    }

    /** The rows (key, count) of a GROUP BY as a map; a null key stays null. */
    private static Map<Long, Long> counts(Query query) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] r : rows(query)) {
            counts.put(r[0] == null ? null : n(r[0]), n(r[1]));
        }
        return counts;
    }

    private static long sum(Collection<Long> values) {
        return values.stream().mapToLong(Long::longValue).sum();
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return value == null ? null : Instant.parse(value.toString());
    }
}
