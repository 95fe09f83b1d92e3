package app.bravo.people;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Sort;

@Entity
public class Department extends PanacheEntity {

    @Column(nullable = false, length = 120, unique = true)
    public String name;

    public static Optional<Department> findByName(String name) {
        return find("lower(name) = lower(?1)", name.trim()).firstResultOptional();
    }

    public static List<Department> listSorted() {
        return listAll(Sort.by("name"));
    }

    /** Departments exist only through their teams, so they are created on first mention. */
    public static Department findOrCreate(String name) {
        return findByName(name).orElseGet(() -> create(name));
    }

    static Department create(String name) {
        Department department = new Department();
        department.name = name.trim();
        department.persist();
        return department;
    }
}
