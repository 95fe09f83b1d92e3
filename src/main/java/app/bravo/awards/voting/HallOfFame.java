package app.bravo.awards.voting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.bravo.awards.Winner;

/** Announced winners: the hall of fame (newest first, a page at a time), the board's strip, profile badges. */
public final class HallOfFame {

    public record Entry(String key, String name, String category, String programme, String round, long roundId,
            boolean shared, LocalDate announcedOn, long winnerId) {
    }

    public record Page(List<Entry> entries, int page, boolean hasNext) {

        public boolean hasPrevious() {
            return page > 1;
        }
    }

    private HallOfFame() {
    }

    /** Winners with what an entry names (category, round, programme) in the same statement: no query per winner. */
    private static final String WITH_NAMES = "from Winner w join fetch w.category c join fetch w.round r"
            + " join fetch r.programme ";

    public static Page page(int page, int size, String language, ZoneId zone) {
        int number = Math.max(1, page);
        // One more than a page tells whether another follows.
        List<Winner> winners = Winner.<Winner>find(WITH_NAMES + "order by w.announcedAt desc, w.id desc")
                .range((number - 1) * size, number * size).list();
        boolean hasNext = winners.size() > size;
        return new Page(entries(hasNext ? winners.subList(0, size) : winners, language, zone), number, hasNext);
    }

    /** The winners of the most recently announced round; empty while nothing has been announced. */
    public static List<Entry> latest(String language, ZoneId zone) {
        List<Long> newest = Winner.getEntityManager()
                .createQuery("select w.round.id from Winner w order by w.announcedAt desc, w.id desc", Long.class)
                .setMaxResults(1).getResultList();
        if (newest.isEmpty()) {
            return List.of();
        }
        return entries(Winner.list(WITH_NAMES + "where r.id = ?1 order by c.sortOrder, c.id, w.id", newest.get(0)),
                language, zone);
    }

    /** A person's awards (their own, and their team's are not included), newest first: their profile's badges. */
    public static List<Entry> ofPerson(long personId, String language, ZoneId zone) {
        return entries(Winner.list(WITH_NAMES + "where w.person.id = ?1 order by w.announcedAt desc, w.id desc",
                personId), language, zone);
    }

    private static List<Entry> entries(List<Winner> winners, String language, ZoneId zone) {
        Set<String> keys = new HashSet<>();
        winners.forEach(w -> keys.add(w.nomineeKey));
        Map<String, String> names = Candidates.names(keys);
        List<Entry> entries = new ArrayList<>();
        for (Winner winner : winners) {
            entries.add(new Entry(winner.nomineeKey, names.get(winner.nomineeKey), winner.category.name.in(language),
                    winner.round.programme.name.in(language), winner.round.title, winner.round.id, winner.shared,
                    winner.announcedAt.atZone(zone).toLocalDate(), winner.id));
        }
        return entries;
    }
}
