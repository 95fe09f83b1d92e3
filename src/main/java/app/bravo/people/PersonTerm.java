package app.bravo.people;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One search word of a person, for queries only: {@link Person#terms} writes the rows ({@link SearchWord}). Mapped as an entity so
 * that a search can name the table in a subquery without joining the person a second time.
 */
@Entity
@Immutable
@Table(name = "person_term")
@IdClass(PersonTerm.Key.class)
public class PersonTerm {

    public static class Key implements Serializable {
        String term;
        Long personId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && java.util.Objects.equals(term, k.term)
                    && java.util.Objects.equals(personId, k.personId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(term, personId);
        }
    }

    @Id
    @Column(length = Person.MAX_TERM)
    String term;

    @Id
    @Column(name = "person_id")
    Long personId;

    @Column(name = "search_text", length = 600)
    String searchText;

    @Column
    boolean active;
}
