package app.bravo.board;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import jakarta.persistence.TypedQuery;

import app.bravo.i18n.LocalizedText;
import app.bravo.posts.ComplaintStory;
import app.bravo.posts.CustomerPraise;
import app.bravo.posts.Inspiration;
import app.bravo.posts.Post;
import app.bravo.posts.Reaction;
import app.bravo.posts.Recognition;
import app.bravo.web.Slice;
import io.quarkus.qute.TemplateData;

/**
 * The board's feed: approved posts, newest first, filtered, a page at a time by keyset on
 * {@code (published_at, id)} (index {@code ix_post_feed}), never by OFFSET. A page costs the same statements
 * whatever it holds: the posts with their authors, then the recipients, teams and standards of the whole page,
 * and the reader's own applause, one statement each. Pages and the API read it alike.
 */
public final class BoardQuery {

    private BoardQuery() {
    }

    /** How far back the board looks. */
    public enum Period {
        ANY(null), WEEK(Duration.ofDays(7)), MONTH(Duration.ofDays(30)), QUARTER(Duration.ofDays(90)),
        YEAR(Duration.ofDays(365));

        final Duration length;

        Period(Duration length) {
            this.length = length;
        }

        /** A period from a query string; anything else is any time. */
        public static Period parse(String text) {
            for (Period period : values()) {
                if (period.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                    return period;
                }
            }
            return ANY;
        }
    }

    /** At most this many words of a search count (each is one more LIKE on the same row). */
    static final int MAX_SEARCH_WORDS = 5;

    /** What the reader narrowed the board to; nulls mean "all"; {@code words} as typed in the search ("" for none). */
    public record Filter(Post.Kind kind, Long teamId, Long departmentId, Long behaviourId, Long personId,
            Period period, String words, Long authorId) {

        public Filter {
            words = words == null ? "" : words.strip();
        }

        public static Filter everything() {
            return new Filter(null, null, null, null, null, Period.ANY, "", null);
        }

        public boolean isEverything() {
            return kind == null && teamId == null && departmentId == null && behaviourId == null && personId == null
                    && period == Period.ANY && words.isEmpty() && authorId == null;
        }

        /** The search's words as the post's search text holds them (folded), at most {@link #MAX_SEARCH_WORDS}. */
        List<String> searchTerms() {
            return words.isEmpty() ? List.of()
                    : app.bravo.people.Person.termsOf(words).stream().limit(MAX_SEARCH_WORDS).toList();
        }
    }

    @TemplateData
    public record Ref(long id, String name) {
        public String initials() {
            return app.bravo.web.Initials.of(name);
        }
    }

    /** What a resolved-complaint story adds to its card. */
    @TemplateData
    public record StoryDetails(String complaint, String outcome, Integer resolutionMinutes, String customerQuote,
            String rule) {

        /** The time to resolution in its largest whole unit: DAYS, HOURS or MINUTES (none when not given). */
        public String resolutionUnit() {
            if (resolutionMinutes == null) {
                return "NONE";
            }
            return resolutionMinutes % (24 * 60) == 0 ? "DAYS" : resolutionMinutes % 60 == 0 ? "HOURS" : "MINUTES";
        }

        public int resolutionAmount() {
            return switch (resolutionUnit()) {
                case "DAYS" -> resolutionMinutes / (24 * 60);
                case "HOURS" -> resolutionMinutes / 60;
                case "MINUTES" -> resolutionMinutes;
                default -> 0;
            };
        }

        public List<String> outcomeParagraphs() {
            return Card.paragraphsOf(outcome);
        }
    }

    /** What customer praise adds to its card: never the customer's contact; the name only with consent. */
    @TemplateData
    public record PraiseDetails(String channel, java.time.LocalDate receivedOn, String customerName) {
    }

    /** What an example from outside adds to its card. */
    @TemplateData
    public record InspirationDetails(String source, String lesson) {
    }

    /** A post as the board shows it; the details of its kind, or null. */
    @TemplateData
    public record Card(long id, Post.Kind kind, Ref author, List<Ref> recipients, List<Ref> teams,
            List<LocalizedText> behaviours, String story, Instant publishedAt, String when, boolean edited,
            boolean internalService, int applause, boolean applauded, boolean changeable, StoryDetails complaint,
            PraiseDetails praise, InspirationDetails inspiration, Instant pinnedUntil, int comments,
            Post.Status status, Instant updatedAt, Instant createdAt) {

        /**
         * This card as one reader sees it: whether they applauded, whether they may change it (its author within
         * the edit window, or a moderator), and when it appeared in their language.
         */
        Card forReader(boolean applaudedByReader, long viewerId, boolean moderator, Instant now,
                Function<Instant, String> ago) {
            boolean mayChange = moderator || author.id() == viewerId && now.isBefore(createdAt.plus(Post.EDIT_WINDOW));
            return new Card(id, kind, author, recipients, teams, behaviours, story, publishedAt,
                    ago.apply(publishedAt != null ? publishedAt : createdAt), edited, internalService, applause,
                    applaudedByReader, mayChange, complaint, praise, inspiration, pinnedUntil, comments, status,
                    updatedAt, createdAt);
        }

        /** Where the post is changed (by its author within the window, or a moderator). */
        public String editPath() {
            return switch (kind) {
                case COMPLAINT_STORY -> "/stories/" + id + "/edit";
                case CUSTOMER_PRAISE -> "/praise/" + id + "/edit";
                case INSPIRATION -> "/inspiration/" + id + "/edit";
                default -> "/recognitions/" + id + "/edit";
            };
        }

        static List<String> paragraphsOf(String text) {
            return text == null ? List.of()
                    : java.util.Arrays.stream(text.split("\n\\s*\n")).map(String::strip).filter(t -> !t.isEmpty())
                            .toList();
        }

        /** The story's paragraphs (split at blank lines); single line breaks stay inside (CSS pre-line). */
        public List<String> paragraphs() {
            return paragraphsOf(story);
        }
    }

    /** What a person's profile says of them on the board. */
    @TemplateData
    public record Summary(long recognitionsReceived, long praiseReceived, long storiesIn, long applauseReceived,
            long given) {
    }

    /**
     * The board's figures for a person: what names them (recognitions, praise, complaint stories), the applause
     * those drew, and what they posted. Two statements, on the recipient and author indexes.
     */
    public static Summary summary(long personId) {
        long[] received = new long[4];
        Post.getEntityManager().createQuery("""
                select type(p), count(p), coalesce(sum(p.applause), 0) from Post p join p.recipients r
                where r.id = :person and p.status = :approved group by type(p)""", Object[].class)
                .setParameter("person", personId).setParameter("approved", Post.Status.APPROVED).getResultList()
                .forEach(row -> {
                    Class<?> type = (Class<?>) row[0];
                    int slot = type == Recognition.class ? 0 : type == CustomerPraise.class ? 1
                            : type == ComplaintStory.class ? 2 : -1;
                    if (slot >= 0) {
                        received[slot] += ((Number) row[1]).longValue();
                    }
                    received[3] += ((Number) row[2]).longValue();
                });
        long given = Post.count("author.id = ?1 and status = ?2", personId, Post.Status.APPROVED);
        return new Summary(received[0], received[1], received[2], received[3], given);
    }

    /**
     * The first page of the unfiltered board leads with the spotlight; every other page has none. In the shared
     * part, {@code applauders} holds who applauded each card that has at most {@link #KEPT_APPLAUDERS} (person
     * ids, sorted); a card not in it is looked up per reader. A reader's page holds none.
     */
    public record Board(List<Card> spotlight, Slice<Card> feed, Map<Long, long[]> applauders) {
    }

    /** Up to this much applause a card keeps who gave it with the shared part of the page (8 bytes a person). */
    static final int KEPT_APPLAUDERS = 100;

    /**
     * The part of a board page that is the same for every reader (what {@link BoardCache} keeps): the spotlight
     * on the unfiltered first page, the feed's page and their cards, with no reader's applause, rights or words
     * yet, and who applauded the cards with little applause. Seven statements at most: the spotlight, the page,
     * {@link #sharedCards}' four, and the applause.
     */
    public static Board shared(Filter filter, Long after, int size, Instant now) {
        List<Post> pinned = after == null && filter.isEverything() ? pinned(now) : List.of();
        Slice<Post> posts = posts(filter, after, size, now);
        List<Post> both = new ArrayList<>(pinned);
        both.addAll(posts.items());
        List<Card> cards = sharedCards(both, now);
        return new Board(cards.subList(0, pinned.size()),
                new Slice<>(cards.subList(pinned.size(), cards.size()), posts.next(), null), applauders(cards));
    }

    /** Who applauded each of these cards that has at most {@link #KEPT_APPLAUDERS}: one statement, or none. */
    private static Map<Long, long[]> applauders(List<Card> cards) {
        List<Long> few = cards.stream().filter(card -> card.applause() <= KEPT_APPLAUDERS).map(Card::id).distinct()
                .toList();
        if (few.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Long>> found = new HashMap<>();
        few.forEach(id -> found.put(id, new ArrayList<>()));
        Reaction.getEntityManager().createQuery(
                "select r.postId, r.personId from Reaction r where r.postId in :ids", Object[].class)
                .setParameter("ids", few).getResultList()
                .forEach(row -> found.get((Long) row[0]).add((Long) row[1]));
        Map<Long, long[]> applauders = new HashMap<>();
        found.forEach((id, people) -> applauders.put(id, people.stream().mapToLong(Long::longValue).sorted()
                .toArray()));
        return applauders;
    }

    /**
     * A shared board page as one reader sees it: whether they applauded a card comes from the kept applauders,
     * so usually no statement at all; only cards with more applause than that are looked up (one statement).
     */
    public static Board forReader(Board shared, long viewerId, boolean moderator, Instant now,
            Function<Instant, String> ago) {
        List<Card> both = new ArrayList<>(shared.spotlight());
        both.addAll(shared.feed().items());
        List<Long> unknown = both.stream().map(Card::id).filter(id -> !shared.applauders().containsKey(id))
                .distinct().toList();
        Set<Long> applaudedElsewhere = applaudedAmong(viewerId, unknown);
        List<Card> cards = both.stream().map(card -> {
            long[] applauders = shared.applauders().get(card.id());
            boolean applauded = applauders != null ? java.util.Arrays.binarySearch(applauders, viewerId) >= 0
                    : applaudedElsewhere.contains(card.id());
            return card.forReader(applauded, viewerId, moderator, now, ago);
        }).toList();
        return new Board(cards.subList(0, shared.spotlight().size()),
                new Slice<>(cards.subList(shared.spotlight().size(), cards.size()), shared.feed().next(), null),
                Map.of());
    }

    /**
     * Approved posts pinned now, newest first (index {@code ix_post_pinned}). The pinned ids come from a subquery
     * so that H2 reads them on that index; given both conditions on one level it read every approved post on
     * {@code ix_post_feed}, as it takes the status to be rare.
     */
    static List<Post> pinned(Instant now) {
        return Post.getEntityManager().createQuery("""
                select p from Post p join fetch p.author a left join fetch a.team at left join fetch at.department
                where p.id in (select x.id from Post x where x.pinnedUntil > :now) and p.status = :approved
                order by p.publishedAt desc, p.id desc""",
                Post.class).setParameter("now", now).setParameter("approved", Post.Status.APPROVED)
                .setMaxResults(SpotlightService.MAX_PINNED).getResultList();
    }

    /**
     * A page of the feed after the post {@code after} (an id from the previous page's "older" link), as
     * {@code viewerId} sees it; {@code ago} words a time ("2 hours ago") in the reader's language.
     */
    public static Slice<Card> page(Filter filter, Long after, int size, long viewerId, boolean moderator,
            Instant now, Function<Instant, String> ago) {
        Slice<Post> posts = posts(filter, after, size, now);
        return new Slice<>(cards(posts.items(), viewerId, moderator, now, ago), posts.next(), null);
    }

    private static Slice<Post> posts(Filter filter, Long after, int size, Instant now) {
        StringBuilder hql = new StringBuilder("""
                select p from Post p join fetch p.author a left join fetch a.team at left join fetch at.department
                where p.status = :approved""");
        Map<String, Object> parameters = new TreeMap<>();
        parameters.put("approved", Post.Status.APPROVED);
        if (filter.kind() != null) {
            hql.append(" and type(p) = :kind");
            parameters.put("kind", filter.kind().type());
        }
        if (filter.teamId() != null) {
            // A text block strips the leading space, so the space comes first, outside it.
            hql.append(" ").append("""
                    and (p.id in (select x.id from Post x join x.teams t where t.id = :team)
                       or p.id in (select y.id from Post y join y.recipients r where r.team.id = :team))""");
            parameters.put("team", filter.teamId());
        }
        if (filter.departmentId() != null) {
            hql.append(" ").append("""
                    and (p.id in (select x.id from Post x join x.teams t where t.department.id = :dep)
                       or p.id in (select y.id from Post y join y.recipients r where r.team.department.id = :dep))""");
            parameters.put("dep", filter.departmentId());
        }
        if (filter.behaviourId() != null) {
            hql.append(" and exists (select 1 from Post x join x.behaviours b where x.id = p.id and b.id = :behaviour)");
            parameters.put("behaviour", filter.behaviourId());
        }
        if (filter.personId() != null) {
            hql.append(" and exists (select 1 from Post x join x.recipients r where x.id = p.id and r.id = :person)");
            parameters.put("person", filter.personId());
        }
        if (filter.authorId() != null) {
            hql.append(" and p.author.id = :author");
            parameters.put("author", filter.authorId());
        }
        if (filter.period().length != null) {
            hql.append(" and p.publishedAt >= :since");
            parameters.put("since", now.minus(filter.period().length));
        }
        List<String> terms = filter.searchTerms();
        for (int i = 0; i < terms.size(); i++) {
            // A word's beginning: the search text holds folded words between spaces.
            hql.append(" and p.searchText like :word").append(i);
            parameters.put("word" + i, "% " + terms.get(i) + "%"); // folded words hold only a-z and 0-9
        }
        Instant cursorTime = after == null ? null : publishedAt(after);
        if (after != null && cursorTime == null) {
            // A cursor that never was on the board: nothing is older (never page one again, which would loop).
            return Slice.of(List.of(), size, Slice.Direction.FORWARD, false, p -> p.id);
        }
        if (cursorTime != null) {
            hql.append(" and (p.publishedAt, p.id) < (:cursorTime, :cursorId)");
            parameters.put("cursorTime", cursorTime);
            parameters.put("cursorId", after);
        }
        // Status first (it has one value here): H2 then reads ix_post_feed in order instead of sorting the board.
        hql.append(" order by p.status, p.publishedAt desc, p.id desc");
        TypedQuery<Post> query = Post.getEntityManager().createQuery(hql.toString(), Post.class);
        parameters.forEach(query::setParameter);
        return Slice.of(query.setMaxResults(size + 1).getResultList(), size, Slice.Direction.FORWARD, false,
                p -> p.id);
    }

    /**
     * The cards of these posts (loaded with their authors), in their order, as {@code viewerId} sees them: five
     * statements for the whole page, none per post (the board, kiosk, print view and moderation queue). A post
     * not yet published shows when it was written.
     */
    public static List<Card> cards(List<Post> posts, long viewerId, boolean moderator, Instant now,
            Function<Instant, String> ago) {
        return forReader(sharedCards(posts, now), viewerId, moderator, now, ago);
    }

    /** Cards as {@code viewerId} sees them: one statement for their applause on all of them. */
    static List<Card> forReader(List<Card> shared, long viewerId, boolean moderator, Instant now,
            Function<Instant, String> ago) {
        if (shared.isEmpty()) {
            return List.of();
        }
        Set<Long> applauded = applaudedAmong(viewerId, shared.stream().map(Card::id).toList());
        return shared.stream()
                .map(card -> card.forReader(applauded.contains(card.id()), viewerId, moderator, now, ago)).toList();
    }

    /** The largest number of ids {@link #applaudedAmong} binds one by one; more go in as one list. */
    static final int MAX_SINGLE_IDS = 64;

    /**
     * Which of these posts the reader applauded: the statement every warm board page runs. The ids are bound one
     * parameter each, their number rounded up to a power of two (8 at least) and the rest filled with the first
     * id: Hibernate translates a query with a list parameter anew on every run (its plan cannot be kept), which
     * cost more than the statement itself; this way there are a handful of plans, kept like any other.
     */
    static Set<Long> applaudedAmong(long viewerId, List<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        if (ids.size() > MAX_SINGLE_IDS) {
            return new HashSet<>(Reaction.getEntityManager().createQuery(
                    "select r.postId from Reaction r where r.personId = :me and r.postId in :ids", Long.class)
                    .setParameter("me", viewerId).setParameter("ids", ids).getResultList());
        }
        int slots = Math.max(8, Integer.highestOneBit(ids.size() - 1) << 1);
        TypedQuery<Long> query = Reaction.getEntityManager().createQuery(APPLAUDED_AMONG.computeIfAbsent(slots,
                n -> "select r.postId from Reaction r where r.personId = :me and r.postId in ("
                        + java.util.stream.IntStream.range(0, n).mapToObj(i -> ":id" + i)
                                .collect(java.util.stream.Collectors.joining(", "))
                        + ")"),
                Long.class).setParameter("me", viewerId);
        for (int i = 0; i < slots; i++) {
            query.setParameter(ID_PARAMETERS[i], ids.get(i < ids.size() ? i : 0));
        }
        return new HashSet<>(query.getResultList());
    }

    private static final Map<Integer, String> APPLAUDED_AMONG = new java.util.concurrent.ConcurrentHashMap<>();

    private static final String[] ID_PARAMETERS = java.util.stream.IntStream.range(0, MAX_SINGLE_IDS)
            .mapToObj(i -> "id" + i).toArray(String[]::new);

    /**
     * The cards of these posts with what every reader sees alike (no applause of the reader, no rights, no
     * words for the time): four statements for the whole list.
     */
    static List<Card> sharedCards(List<Post> posts, Instant now) {
        if (posts.isEmpty()) {
            return List.of();
        }
        List<Long> ids = posts.stream().map(p -> p.id).toList();
        Map<Long, List<Ref>> recipients = refs("""
                select p.id, r.id, r.fullName from Post p join p.recipients r where p.id in :ids order by r.fullName""",
                ids);
        Map<Long, List<Ref>> teams = refs("""
                select p.id, t.id, t.name from Post p join p.teams t where p.id in :ids order by t.name""", ids);
        Map<Long, List<LocalizedText>> behaviours = new HashMap<>();
        Post.getEntityManager().createQuery("""
                select p.id, b.name from Post p join p.behaviours b where p.id in :ids order by b.name.en""",
                Object[].class).setParameter("ids", ids).getResultList()
                .forEach(row -> behaviours.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                        .add((LocalizedText) row[1]));
        Map<Long, String> rules = new HashMap<>();
        Post.getEntityManager().createQuery("""
                select s.id, r.name from ComplaintStory s join s.rule r where s.id in :ids""", Object[].class)
                .setParameter("ids", ids).getResultList().forEach(row -> rules.put((Long) row[0], (String) row[1]));
        return posts.stream().map(p -> new Card(p.id, p.kind(), new Ref(p.author.id, p.author.fullName),
                recipients.getOrDefault(p.id, List.of()), teams.getOrDefault(p.id, List.of()),
                behaviours.getOrDefault(p.id, List.of()), p.story, p.publishedAt, null, p.edited(),
                p instanceof Recognition r && r.internalService, p.applause, false, false,
                p instanceof ComplaintStory s ? new StoryDetails(s.complaint, s.outcome, s.resolutionMinutes,
                        s.customerQuote, rules.get(s.id)) : null,
                p instanceof CustomerPraise c ? new PraiseDetails(c.channel.name(), c.receivedOn, c.customerName)
                        : null,
                p instanceof Inspiration i ? new InspirationDetails(i.source, i.lesson) : null,
                p.pinnedUntil != null && p.pinnedUntil.isAfter(now) ? p.pinnedUntil : null, p.comments, p.status,
                p.updatedAt, p.createdAt))
                .toList();
    }

    private static Map<Long, List<Ref>> refs(String hql, List<Long> ids) {
        Map<Long, List<Ref>> refs = new HashMap<>();
        Post.getEntityManager().createQuery(hql, Object[].class).setParameter("ids", ids).getResultList()
                .forEach(row -> refs.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                        .add(new Ref((Long) row[1], (String) row[2])));
        return refs;
    }

    /**
     * Where a cursor post sits in the feed, whatever its status now: a page's last card may have been taken down
     * or sent back to the moderators before "show older" is clicked, and the older posts are still older.
     */
    private static Instant publishedAt(long postId) {
        return Post.getEntityManager().createQuery("select p.publishedAt from Post p where p.id = :id", Instant.class)
                .setParameter("id", postId).getResultStream().filter(java.util.Objects::nonNull).findFirst()
                .orElse(null);
    }
}
