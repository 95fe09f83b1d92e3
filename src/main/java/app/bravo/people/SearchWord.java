package app.bravo.people;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One search word of a person (a row of {@code person_term}), with a copy of the person's sort text and
 * whether they are active: an index on {@code (term, active, search_text, person_id)} then hands a search for
 * a word its first page already in name order, however many people share the word.
 */
@Embeddable
public class SearchWord {

    @Column(name = "term", length = Person.MAX_TERM, nullable = false)
    String term;

    @Column(name = "search_text", length = 600, nullable = false)
    String searchText;

    @Column(name = "active", nullable = false)
    boolean active;

    protected SearchWord() {
    }

    SearchWord(String term, String searchText, boolean active) {
        this.term = term;
        this.searchText = searchText;
        this.active = active;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SearchWord w && active == w.active && Objects.equals(term, w.term)
                && Objects.equals(searchText, w.searchText);
    }

    @Override
    public int hashCode() {
        return Objects.hash(term, searchText, active);
    }
}
