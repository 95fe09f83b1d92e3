package app.bravo.people;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;

import app.bravo.security.Role;

/** Someone in the organisation's directory. Their login, if any, is an {@link Account}. */
@Entity
public class Person extends PanacheEntity {

    @Column(name = "full_name", nullable = false, length = 160)
    public String fullName;

    /** Stored lower-case; the key of the CSV import and the login name. */
    @Column(nullable = false, length = 254, unique = true)
    public String email;

    @Column(name = "job_title", length = 160)
    public String jobTitle;

    @ManyToOne
    @JoinColumn(name = "team_id")
    public Team team;

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "search_text", nullable = false, length = 600)
    String searchText;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @PrePersist
    @PreUpdate
    void touch() {
        Instant now = Instant.now();
        if (createdAt == null) {
            createdAt = now;
        }
        updatedAt = now;
        String text = String.join(" ", spellings(fullName + " " + email + " " + (jobTitle == null ? "" : jobTitle)));
        searchText = text.length() <= 600 ? text : text.substring(0, 600);
    }

    /** People type Đorđe as "djordje" or as "dorde": a text's folded spellings, one or two of them. */
    public static List<String> spellings(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("đ") ? List.of(fold(text), strip(lower.replace("đ", "d"))) : List.of(fold(text));
    }

    /** Lower-case ASCII without diacritics; đ becomes dj, as in e-mail addresses. */
    public static String fold(String text) {
        return strip(text.toLowerCase(Locale.ROOT).replace("đ", "dj"));
    }

    private static String strip(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** The text as a LIKE pattern that matches it anywhere, with its own % and _ taken literally. */
    static String containing(String text) {
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    /**
     * Adds someone to the directory with their login: the one way a person comes to exist, whether HR, the staff
     * import, the first start or the demo creates them. {@code passwordHash} may be {@link
     * app.bravo.security.Passwords#lockedHash()}: no login until an admin sends a password.
     */
    public static Person enrol(String fullName, String email, String jobTitle, Team team, Role role,
            String passwordHash) {
        Person person = new Person();
        person.fullName = fullName.trim();
        person.email = normaliseEmail(email);
        person.jobTitle = jobTitle == null || jobTitle.isBlank() ? null : jobTitle.trim();
        person.team = team;
        person.active = true;
        person.persist();
        Account.create(person, role, passwordHash);
        return person;
    }

    public static String normaliseEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    public static Optional<Person> findByEmail(String email) {
        return find("email", normaliseEmail(email)).firstResultOptional();
    }

    /**
     * People whose name, e-mail, job title or team matches the text; inactive people only when asked for.
     */
    public static PanacheQuery<Person> search(String text, boolean includeInactive) {
        String folded = fold(text == null ? "" : text.trim());
        // Team names are folded in Java (there are few teams), so "cistoca" finds the team "Čistoća" too.
        List<Long> teamIds = Team.<Team> listAll().stream()
                .filter(t -> spellings(t.name).stream().anyMatch(name -> name.contains(folded)))
                .map(t -> t.id).toList();
        String activeClause = includeInactive ? "" : " and p.active = true";
        String teamClause = teamIds.isEmpty() ? "" : " or p.team.id in :teams";
        Parameters parameters = Parameters.with("q", containing(folded));
        if (!teamIds.isEmpty()) {
            parameters.and("teams", teamIds);
        }
        // No joins, so Panache can count the same query for pagination; teams load in batches. The folded
        // text starts with the name, so it sorts names the same way on H2 and PostgreSQL.
        return find("from Person p where (p.searchText like :q escape '!'" + teamClause + ")" + activeClause
                + " order by p.searchText, p.id", parameters);
    }

    public String initials() {
        String[] parts = fullName.trim().split("\\s+");
        StringBuilder initials = new StringBuilder();
        for (int i = 0; i < parts.length && initials.length() < 2; i++) {
            if (!parts[i].isEmpty()) {
                initials.appendCodePoint(parts[i].codePointAt(0));
            }
        }
        return initials.toString().toUpperCase(Locale.ROOT);
    }
}
