package app.bravo.people;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

@Entity
public class Team extends PanacheEntity {

    @Column(nullable = false, length = 120, unique = true)
    public String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "department_id")
    public Department department;

    /** A deactivated team keeps its history but takes no new members. */
    @Column(nullable = false)
    public boolean active = true;

    /** A new team; its department is created on first mention. */
    public static Team create(String name, String departmentName) {
        return create(name, Department.findOrCreate(departmentName));
    }

    static Team create(String name, Department department) {
        Team team = new Team();
        team.name = name.trim();
        team.department = department;
        team.persist();
        return team;
    }

    /** The team of that name, created (with its department) when there is none yet. */
    public static Team findOrCreate(String name, String departmentName) {
        return findByName(name).orElseGet(() -> create(name, departmentName));
    }

    public static Optional<Team> findByName(String name) {
        return find("lower(name) = lower(?1)", name.trim()).firstResultOptional();
    }

    public static List<Team> listSorted() {
        return find("from Team t join fetch t.department order by t.department.name, t.name").list();
    }

    /** The teams a reader may see: deactivated ones only with {@code withDeactivated}. */
    public static List<Team> listVisible(boolean withDeactivated) {
        return withDeactivated ? listSorted() : listActive();
    }

    public static List<Team> listActive() {
        return find("from Team t join fetch t.department where t.active = true order by t.department.name, t.name")
                .list();
    }

    /** Active members per team id, in one query. */
    public static java.util.Map<Long, Long> activeMemberCounts() {
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        Person.<Person> find("select p.team.id, count(p) from Person p where p.active = true and p.team is not null"
                + " group by p.team.id").project(Object[].class).list()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    public long memberCount() {
        return Person.count("team = ?1 and active = true", this);
    }
}
