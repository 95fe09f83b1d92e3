package app.bravo.awards.voting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;

import app.bravo.awards.Category;
import app.bravo.awards.Phase;
import app.bravo.awards.Round;
import app.bravo.people.Department;

/**
 * How many eligible voters have voted, per category and per department: counts of people from the participation
 * table, never of choices (which are never counted while voting is open).
 */
public final class Turnout {

    public record DepartmentTurnout(String department, long eligible, long voted) {
    }

    public record CategoryTurnout(long id, String name, long eligible, long voted, List<DepartmentTurnout> departments) {

        public int percent() {
            return eligible == 0 ? 0 : (int) Math.round(100.0 * voted / eligible);
        }
    }

    public record View(long roundId, String title, Phase phase, List<CategoryTurnout> categories) {
    }

    private Turnout() {
    }

    public static View of(Round round, String language, String noDepartment) {
        EntityManager em = Round.getEntityManager();
        Map<Long, String> departmentNames = new HashMap<>();
        for (Department department : Department.<Department>listAll()) {
            departmentNames.put(department.id, department.name);
        }
        Map<Long, Long> everyone = counts(em.createNativeQuery("select t.department_id, count(*) from person p"
                + " left join team t on t.id = p.team_id where p.active = true group by t.department_id")
                .getResultList());
        List<CategoryTurnout> categories = new ArrayList<>();
        for (Category category : Category.ofRound(round)) {
            Map<Long, Long> eligible = new HashMap<>(everyone);
            if (category.votersFromChosen) {
                eligible.keySet().retainAll(category.voterDepartments.stream().map(d -> d.id).toList());
            }
            Map<Long, Long> voted = counts(em.createNativeQuery("select t.department_id, count(*)"
                    + " from award_participation ap join person p on p.id = ap.person_id"
                    + " left join team t on t.id = p.team_id"
                    + " where ap.round_id = ?1 and ap.category_id = ?2 group by t.department_id")
                    .setParameter(1, round.id).setParameter(2, category.id).getResultList());
            Map<String, DepartmentTurnout> byName = new TreeMap<>();
            for (Long department : union(eligible, voted)) {
                String name = department == null ? noDepartment : departmentNames.getOrDefault(department, "?");
                byName.put(name, new DepartmentTurnout(name, eligible.getOrDefault(department, 0L),
                        voted.getOrDefault(department, 0L)));
            }
            long eligibleTotal = eligible.values().stream().mapToLong(Long::longValue).sum();
            long votedTotal = voted.values().stream().mapToLong(Long::longValue).sum();
            categories.add(new CategoryTurnout(category.id, category.name.in(language), eligibleTotal, votedTotal,
                    List.copyOf(byName.values())));
        }
        return new View(round.id, round.title, round.phase, categories);
    }

    private static List<Long> union(Map<Long, Long> a, Map<Long, Long> b) {
        List<Long> keys = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(keys::add);
        return keys;
    }

    private static Map<Long, Long> counts(List<?> rows) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            counts.put(columns[0] == null ? null : ((Number) columns[0]).longValue(), ((Number) columns[1]).longValue());
        }
        return counts;
    }
}
