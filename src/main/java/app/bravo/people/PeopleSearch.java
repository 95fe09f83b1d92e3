package app.bravo.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.TypedQuery;

import app.bravo.web.EmailAddresses;
import app.bravo.web.Slice;

/**
 * Finds people in the directory, a page at a time, at the same cost with 40 people or 100,000: every word of
 * the search is a prefix of one of a person's words (see {@link Person#termsOf}), looked up by index in
 * {@code person_term}; the list is ordered by the folded name and paged by keyset on {@code (search_text, id)},
 * which one index serves; a count stops at {@link #COUNT_CAP}. Who may see whom is decided here, for the
 * pages and the API alike: deactivated people only when HR asks for them.
 */
public final class PeopleSearch {

    /** A search counts its matches up to this many; beyond, the page says "more than". */
    public static final int COUNT_CAP = 1000;
    /** Words of a search that are looked up; more words narrow nothing worth the cost. */
    static final int MAX_WORDS = 5;

    /** What to look for: words (or an e-mail address), deactivated people too, one team's members only. */
    public record Criteria(String text, boolean includeInactive, Long teamId) {

        public static Criteria of(String text, boolean includeInactive) {
            return new Criteria(text == null ? "" : text.trim(), includeInactive, null);
        }

        public static Criteria members(long teamId) {
            return new Criteria("", false, teamId);
        }

        boolean isEverybody() {
            return text.isEmpty() && teamId == null;
        }
    }

    /** How many match: exact, or at least {@code value} when {@code more} is set. */
    public record Count(long value, boolean more) {
    }

    private PeopleSearch() {
    }

    /** One page after {@code after} or before {@code before} (ids of people on the neighbouring page). */
    public static Slice<Person> page(Criteria criteria, Long after, Long before, int size) {
        Where where = where(criteria);
        if (where == null) {
            return new Slice<>(List.of(), null, null);
        }
        Long cursorId = after != null ? after : before;
        String cursorText = cursorId == null ? null : searchTextOf(cursorId);
        Slice.Direction direction = cursorText != null && after == null ? Slice.Direction.BACKWARD
                : Slice.Direction.FORWARD;
        StringBuilder hql = new StringBuilder(
                "select p from Person p left join fetch p.team pt left join fetch pt.department where ")
                .append(where.condition());
        Map<String, Object> parameters = new TreeMap<>(where.parameters());
        if (cursorText != null) {
            hql.append(direction == Slice.Direction.FORWARD ? " and (p.searchText, p.id) > (:cursorText, :cursorId)"
                    : " and (p.searchText, p.id) < (:cursorText, :cursorId)");
            parameters.put("cursorText", cursorText);
            parameters.put("cursorId", cursorId);
        }
        hql.append(direction == Slice.Direction.FORWARD ? " order by p.searchText, p.id"
                : " order by p.searchText desc, p.id desc");
        TypedQuery<Person> query = Person.getEntityManager().createQuery(hql.toString(), Person.class);
        parameters.forEach(query::setParameter);
        List<Person> fetched = query.setMaxResults(size + 1).getResultList();
        if (direction == Slice.Direction.BACKWARD && fetched.isEmpty()) {
            // Nothing before the cursor (it moved, or was the first): the first page.
            return page(criteria, null, null, size);
        }
        return Slice.of(fetched, size, direction, cursorText != null, p -> p.id);
    }

    /** How many people match, counted up to {@link #COUNT_CAP}; the whole directory from {@code counts}. */
    public static Count count(Criteria criteria, DirectoryCounts counts) {
        if (criteria.isEverybody()) {
            return new Count(criteria.includeInactive() ? counts.people() : counts.activePeople(), false);
        }
        Where where = where(criteria);
        if (where == null) {
            return new Count(0, false);
        }
        TypedQuery<Long> query = Person.getEntityManager()
                .createQuery("select p.id from Person p where " + where.condition(), Long.class);
        where.parameters().forEach(query::setParameter);
        int found = query.setMaxResults(COUNT_CAP + 1).getResultList().size();
        return found > COUNT_CAP ? new Count(COUNT_CAP, true) : new Count(found, false);
    }

    private record Where(String condition, Map<String, Object> parameters) {
    }

    /** The filter of a search, or null when it can match nobody (a text with no letters or digits). */
    private static Where where(Criteria criteria) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new TreeMap<>();
        if (!criteria.includeInactive()) {
            conditions.add("p.active = true");
        }
        if (criteria.teamId() != null) {
            conditions.add("p.team.id = :teamId");
            parameters.put("teamId", criteria.teamId());
        }
        String text = criteria.text();
        if (text.indexOf('@') > 0 && EmailAddresses.isValid(text)) {
            // A whole address finds its one owner through the unique index, not everyone at the same domain.
            conditions.add("p.email = :email");
            parameters.put("email", Person.normaliseEmail(text));
        } else if (!text.isEmpty()) {
            List<String> words = words(text);
            if (words.isEmpty()) {
                return null;
            }
            for (int i = 0; i < words.size(); i++) {
                String from = words.get(i);
                String to = upperBound(from);
                String range = "w" + i + ".term >= :from" + i + (to == null ? "" : " and w" + i + ".term < :to" + i);
                // The longest word (first) drives the search through the term index; the others check the rows
                // it found.
                conditions.add(i == 0 ? "p.id in (select w0.personId from PersonTerm w0 where " + range + ")"
                        : "exists (select 1 from PersonTerm w" + i + " where w" + i + ".personId = p.id and "
                                + range + ")");
                parameters.put("from" + i, from);
                if (to != null) {
                    parameters.put("to" + i, to);
                }
            }
        }
        return new Where(conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions), parameters);
    }

    /** The search's words, longest first (the most selective one leads), without words that another extends. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>(Person.termsOf(text));
        // "stefan st" needs no separate look-up for "st": "stefan" already asks more.
        words.removeIf(w -> words.stream().anyMatch(other -> !other.equals(w) && other.startsWith(w)));
        words.sort((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b));
        return words.size() > MAX_WORDS ? words.subList(0, MAX_WORDS) : words;
    }

    /**
     * The first text after every word that starts with {@code prefix}, over words of a-z and 0-9 only (whose
     * order is the same in every collation): the last character moved on by one, 9 to a, and z carried to the
     * character before. Null when there is none ("zz"): the range is then open above.
     */
    static String upperBound(String prefix) {
        StringBuilder bound = new StringBuilder(prefix);
        while (bound.length() > 0) {
            char last = bound.charAt(bound.length() - 1);
            if (last == 'z') {
                bound.setLength(bound.length() - 1);
                continue;
            }
            bound.setCharAt(bound.length() - 1, last == '9' ? 'a' : (char) (last + 1));
            return bound.toString();
        }
        return null;
    }

    private static String searchTextOf(long id) {
        return Person.getEntityManager().createQuery("select p.searchText from Person p where p.id = :id", String.class)
                .setParameter("id", id).getResultStream().findFirst().orElse(null);
    }
}
