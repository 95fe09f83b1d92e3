package app.bravo.people;

import java.time.LocalDateTime;
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
    public LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public LocalDateTime updatedAt;

    @PrePersist
    @PreUpdate
    void touch() {
        LocalDateTime now = LocalDateTime.now();
        if (createdAt == null) {
            createdAt = now;
        }
        updatedAt = now;
        searchText = fold(fullName + " " + email + " " + (jobTitle == null ? "" : jobTitle));
    }

    /** Lower-case ASCII without diacritics; đ becomes dj as people type it. */
    public static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace("đ", "dj");
        return java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
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
        String like = "%" + folded + "%";
        String activeClause = includeInactive ? "" : " and p.active = true";

        // No joins here, so Panache can count the same query for pagination; teams load in batches.
        return find("from Person p where (p.searchText like :q"
                + " or p.team.id in (select t.id from Team t where lower(t.name) like :teamQ))" + activeClause
                + " order by p.fullName, p.id", Parameters.with("q", like).and("teamQ", "%" + (text == null ? "" : text.trim().toLowerCase(Locale.ROOT)) + "%"));
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
