package app.bravo.people;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

import org.hibernate.annotations.BatchSize;

import com.ibm.icu.text.Transliterator;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

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

    /**
     * The words a search finds this person by (see {@link #termsOf}); kept in step by the setters below, which
     * Panache calls for every {@code person.fullName = …} outside this class, and by {@link #touch()}.
     */
    @ElementCollection
    @CollectionTable(name = "person_term", joinColumns = @JoinColumn(name = "person_id"))
    @BatchSize(size = 100)
    Set<SearchWord> terms = new HashSet<>();

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "search_text", nullable = false, length = 600)
    String searchText;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public void setFullName(String fullName) {
        boolean changed = !Objects.equals(this.fullName, fullName);
        this.fullName = fullName;
        if (changed) {
            refreshTerms();
        }
    }

    public void setEmail(String email) {
        boolean changed = !Objects.equals(this.email, email);
        this.email = email;
        if (changed) {
            refreshTerms();
        }
    }

    public void setJobTitle(String jobTitle) {
        boolean changed = !Objects.equals(this.jobTitle, jobTitle);
        this.jobTitle = jobTitle;
        if (changed) {
            refreshTerms();
        }
    }

    public void setActive(boolean active) {
        boolean changed = this.active != active;
        this.active = active;
        if (changed) {
            refreshTerms();
        }
    }

    public void setTeam(Team team) {
        boolean changed = this.team != team;
        this.team = team;
        if (changed) {
            refreshTerms();
        }
    }

    /**
     * Brings the search words in step with name, e-mail, job title and team name; changes only the words that
     * differ, so Hibernate writes just those rows. A renamed team calls this for each member.
     */
    void refreshTerms() {
        searchText = sortText();
        Set<SearchWord> wanted = new HashSet<>();
        termsOf(fullName, email, jobTitle, team == null ? null : team.name)
                .forEach(term -> wanted.add(new SearchWord(term, searchText, active)));
        if (!terms.equals(wanted)) {
            terms.retainAll(wanted);
            terms.addAll(wanted);
        }
    }

    @PrePersist
    void enter() {
        refreshTerms();
        touch();
    }

    @PreUpdate
    void touch() {
        Instant now = Instant.now();
        if (createdAt == null) {
            createdAt = now;
        }
        updatedAt = now;
        searchText = sortText();
    }

    /** Folded name, e-mail and job title: the directory's order (the name comes first). */
    private String sortText() {
        String text = String.join(" ", spellings(fullName + " " + email + " " + (jobTitle == null ? "" : jobTitle)));
        return text.length() <= 600 ? text : text.substring(0, 600);
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

    /** The longest search word kept; a longer word is found by its first 60 characters. */
    static final int MAX_TERM = 60;

    /**
     * The search words of texts: their folded spellings split at anything but letters and digits, cut to
     * {@link #MAX_TERM}. Other scripts are written in Latin letters first (a name in Serbian Cyrillic is found
     * by its Latin spelling, "Ђурић" by "djuric" and "duric"), and what is left beyond ASCII is brought to it,
     * so every word is made of a-z and 0-9 only: a prefix range over such words sorts alike in every collation.
     */
    public static Set<String> termsOf(String... texts) {
        Set<String> terms = new TreeSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            for (String spelling : spellings(isAscii(text) ? text : Scripts.toLatin(text))) {
                String ascii = isAscii(spelling) ? spelling : Scripts.toAscii(spelling);
                for (String word : ascii.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
                    if (!word.isEmpty()) {
                        terms.add(word.length() <= MAX_TERM ? word : word.substring(0, MAX_TERM));
                    }
                }
            }
        }
        return terms;
    }

    private static boolean isAscii(String text) {
        return text.chars().allMatch(c -> c < 128);
    }

    /** ICU's transliterators, built once (they are costly to build), used one caller at a time. */
    private static final class Scripts {
        private static final Transliterator TO_LATIN = Transliterator.getInstance("Any-Latin");
        private static final Transliterator TO_ASCII = Transliterator.getInstance("Latin-ASCII");

        static synchronized String toLatin(String text) {
            return TO_LATIN.transliterate(text);
        }

        static synchronized String toAscii(String text) {
            return TO_ASCII.transliterate(text);
        }
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

    public String initials() {
        return app.bravo.web.Initials.of(fullName);
    }
}
