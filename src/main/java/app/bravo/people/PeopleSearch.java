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
    public static final int COUNT_CAP = 200;
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
        if (isWordSearch(criteria)) {
            return wordPage(criteria, after, before, size);
        }
        Where where = where(criteria);
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
        if (isWordSearch(criteria)) {
            List<String> words = words(criteria.text());
            if (words.isEmpty()) {
                return new Count(0, false);
            }
            // Distinct people, not words: a person may have several words that start with the lead.
            java.util.Set<Long> found = new java.util.HashSet<>(wordQuery(words, criteria.includeInactive(),
                    Lead.ANY, null, null, null, "w.personId", Long.class).setMaxResults(COUNT_CAP * 3).getResultList());
            return found.size() > COUNT_CAP ? new Count(COUNT_CAP, true) : new Count(found.size(), false);
        }
        Where where = where(criteria);
        TypedQuery<Long> query = Person.getEntityManager()
                .createQuery("select p.id from Person p where " + where.condition(), Long.class);
        where.parameters().forEach(query::setParameter);
        int found = query.setMaxResults(COUNT_CAP + 1).getResultList().size();
        return found > COUNT_CAP ? new Count(COUNT_CAP, true) : new Count(found, false);
    }

    /** Words typed (not a whole e-mail address, not a team's member list): served by the word index. */
    private static boolean isWordSearch(Criteria criteria) {
        String text = criteria.text();
        return !text.isEmpty() && criteria.teamId() == null && !(text.indexOf('@') > 0 && EmailAddresses.isValid(text));
    }

    /**
     * A page of a word search. The longest word leads: its matches come from the index on
     * {@code (term, active, search_text, person_id)} in name order, the people whose word is exactly it in one
     * range read and those whose word only starts with it (usually few) in another; each read stops after a
     * page, the two are merged in name order, and the page's people are loaded by id. The other words are
     * checked for those rows only. So a page costs the same whether the word has 10 matches or 10,000.
     */
    private static Slice<Person> wordPage(Criteria criteria, Long after, Long before, int size) {
        List<String> words = words(criteria.text());
        if (words.isEmpty()) {
            return new Slice<>(List.of(), null, null);
        }
        Long cursorId = after != null ? after : before;
        String cursorText = cursorId == null ? null : searchTextOf(cursorId);
        boolean forward = cursorText == null || after != null;
        Map<Long, String> rows = new java.util.HashMap<>();
        for (Lead lead : new Lead[] { Lead.EXACT, Lead.LONGER }) {
            // A person may have several words that start with it: read enough rows for a page of people.
            wordQuery(words, criteria.includeInactive(), lead, cursorText, cursorId, forward,
                    "w.personId, w.searchText", Object[].class)
                    .setMaxResults(lead == Lead.EXACT ? size + 1 : (size + 1) * 3).getResultList()
                    .forEach(row -> rows.putIfAbsent((Long) row[0], (String) row[1]));
        }
        java.util.Comparator<Map.Entry<Long, String>> byName = Map.Entry.<Long, String> comparingByValue()
                .thenComparing(Map.Entry.comparingByKey());
        List<Long> ids = rows.entrySet().stream().sorted(forward ? byName : byName.reversed()).limit(size + 1L)
                .map(Map.Entry::getKey).toList();
        if (!forward && ids.isEmpty()) {
            return wordPage(criteria, null, null, size);
        }
        Map<Long, Person> people = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            Person.getEntityManager().createQuery("""
                    select p from Person p left join fetch p.team pt left join fetch pt.department
                    where p.id in :ids""", Person.class).setParameter("ids", ids).getResultList()
                    .forEach(p -> people.put(p.id, p));
        }
        List<Person> fetched = ids.stream().map(people::get).filter(java.util.Objects::nonNull).toList();
        return Slice.of(fetched, size, forward ? Slice.Direction.FORWARD : Slice.Direction.BACKWARD,
                cursorText != null, p -> p.id);
    }

    /**
     * Rows of {@code person_term} for the leading word, exactly it or only starting with it, that also have the
     * other words, in name order from a cursor ({@code forward} null: in no order, for counting).
     */
    /** Which rows of the leading word: exactly it (in name order by index), longer words, or both. */
    private enum Lead {
        EXACT, LONGER, ANY
    }

    private static <T> TypedQuery<T> wordQuery(List<String> words, boolean includeInactive, Lead which,
            String cursorText, Long cursorId, Boolean forward, String select, Class<T> type) {
        String lead = words.get(0);
        String leadTo = upperBound(lead);
        StringBuilder hql = new StringBuilder("select ").append(select).append(" from PersonTerm w where ")
                .append(switch (which) {
                    case EXACT -> "w.term = :lead";
                    case LONGER -> "w.term > :lead";
                    case ANY -> "w.term >= :lead";
                }).append(which == Lead.EXACT || leadTo == null ? "" : " and w.term < :leadTo");
        Map<String, Object> parameters = new TreeMap<>();
        parameters.put("lead", lead);
        if (which != Lead.EXACT && leadTo != null) {
            parameters.put("leadTo", leadTo);
        }
        if (!includeInactive) {
            hql.append(" and w.active = true");
        }
        for (int i = 1; i < words.size(); i++) {
            String to = upperBound(words.get(i));
            hql.append(" and exists (select 1 from PersonTerm w").append(i).append(" where w").append(i)
                    .append(".personId = w.personId and w").append(i).append(".term >= :from").append(i)
                    .append(to == null ? "" : " and w" + i + ".term < :to" + i).append(")");
            parameters.put("from" + i, words.get(i));
            if (to != null) {
                parameters.put("to" + i, to);
            }
        }
        if (cursorText != null) {
            hql.append(forward ? " and (w.searchText, w.personId) > (:cursorText, :cursorId)"
                    : " and (w.searchText, w.personId) < (:cursorText, :cursorId)");
            parameters.put("cursorText", cursorText);
            parameters.put("cursorId", cursorId);
        }
        if (forward != null) {
            hql.append(forward ? " order by w.searchText, w.personId" : " order by w.searchText desc, w.personId desc");
        }
        TypedQuery<T> query = Person.getEntityManager().createQuery(hql.toString(), type);
        parameters.forEach(query::setParameter);
        return query;
    }

    private record Where(String condition, Map<String, Object> parameters) {
    }

    /** The filter of a list that is not a word search: active people, a team's members, one e-mail address. */
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
        if (!criteria.text().isEmpty()) {
            // A whole address (the only text that comes here: words go to the word index) finds its one owner
            // through the unique index, not everyone at the same domain.
            conditions.add("p.email = :email");
            parameters.put("email", Person.normaliseEmail(criteria.text()));
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
