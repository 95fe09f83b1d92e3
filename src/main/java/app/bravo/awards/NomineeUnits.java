package app.bravo.awards;

import java.util.List;

import jakarta.persistence.EntityManager;

/**
 * The departments and teams a category's nominees come from ({@code award_category_nominee_unit}, a table
 * without an id of its own, so it is read and written by statement).
 */
public record NomineeUnits(List<Long> departmentIds, List<Long> teamIds) {

    public boolean isEmpty() {
        return departmentIds.isEmpty() && teamIds.isEmpty();
    }

    @SuppressWarnings("unchecked")
    public static NomineeUnits of(long categoryId) {
        EntityManager em = Category.getEntityManager();
        List<Object[]> rows = em.createNativeQuery(
                "select department_id, team_id from award_category_nominee_unit where category_id = ?1")
                .setParameter(1, categoryId).getResultList();
        List<Long> departments = rows.stream().filter(r -> r[0] != null).map(r -> ((Number) r[0]).longValue())
                .sorted().toList();
        List<Long> teams = rows.stream().filter(r -> r[1] != null).map(r -> ((Number) r[1]).longValue()).sorted()
                .toList();
        return new NomineeUnits(departments, teams);
    }

    static void replace(long categoryId, List<Long> departmentIds, List<Long> teamIds) {
        EntityManager em = Category.getEntityManager();
        em.createNativeQuery("delete from award_category_nominee_unit where category_id = ?1")
                .setParameter(1, categoryId).executeUpdate();
        for (Long department : departmentIds) {
            em.createNativeQuery("insert into award_category_nominee_unit (category_id, department_id) values (?1, ?2)")
                    .setParameter(1, categoryId).setParameter(2, department).executeUpdate();
        }
        for (Long team : teamIds) {
            em.createNativeQuery("insert into award_category_nominee_unit (category_id, team_id) values (?1, ?2)")
                    .setParameter(1, categoryId).setParameter(2, team).executeUpdate();
        }
    }

    /** Whether a member of this team (in this department) may be nominated; an empty set is everyone. */
    public boolean covers(Long teamId, Long departmentId) {
        return isEmpty() || (teamId != null && teamIds.contains(teamId))
                || (departmentId != null && departmentIds.contains(departmentId));
    }
}
