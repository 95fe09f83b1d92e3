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

    /** What the reader narrowed the board to; nulls mean "all". */
    public record Filter(Post.Kind kind, Long teamId, Long departmentId, Long behaviourId, Long personId,
            Period period) {

        public static Filter everything() {
            return new Filter(null, null, null, null, null, Period.ANY);
        }

        public boolean isEverything() {
            return kind == null && teamId == null && departmentId == null && behaviourId == null && personId == null
                    && period == Period.ANY;
        }
    }

    @TemplateData
    public record Ref(long id, String name) {
        public String initials() {
            return app.bravo.web.Initials.of(name);
        }
    }

    /** A post as the board shows it. */
    @TemplateData
    public record Card(long id, Post.Kind kind, Ref author, List<Ref> recipients, List<Ref> teams,
            List<LocalizedText> behaviours, String story, Instant publishedAt, String when, boolean edited,
            boolean internalService, int applause, boolean applauded, boolean changeable, int comments,
            Post.Status status) {

        /** The story's paragraphs (split at blank lines); single line breaks stay inside (CSS pre-line). */
        public List<String> paragraphs() {
            return java.util.Arrays.stream(story.split("\n\\s*\n")).map(String::strip).filter(t -> !t.isEmpty())
                    .toList();
        }
    }

    /**
     * A page of the feed after the post {@code after} (an id from the previous page's "older" link), as
     * {@code viewerId} sees it; {@code ago} words a time ("2 hours ago") in the reader's language.
     */
    public static Slice<Card> page(Filter filter, Long after, int size, long viewerId, boolean moderator,
            Instant now, Function<Instant, String> ago) {
        StringBuilder hql = new StringBuilder("""
                select p from Post p join fetch p.author a left join fetch a.team at left join fetch at.department
                where p.status = :approved""");
        Map<String, Object> parameters = new TreeMap<>();
        parameters.put("approved", Post.Status.APPROVED);
        if (filter.kind() != null) {
            hql.append(" and type(p) = :kind");
            parameters.put("kind", switch (filter.kind()) {
                case RECOGNITION -> Recognition.class;
            });
        }
        if (filter.teamId() != null) {
            // A text block loses its leading spaces: the space keeps "and" apart from what precedes it.
            hql.append(' ').append("""
                     and (exists (select 1 from Post x join x.teams t where x.id = p.id and t.id = :team)
                       or exists (select 1 from Post y join y.recipients r where y.id = p.id and r.team.id = :team))""");
            parameters.put("team", filter.teamId());
        }
        if (filter.departmentId() != null) {
            hql.append(' ').append("""
                     and (exists (select 1 from Post x join x.teams t where x.id = p.id and t.department.id = :dep)
                       or exists (select 1 from Post y join y.recipients r where y.id = p.id
                                  and r.team.department.id = :dep))""");
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
        if (filter.period().length != null) {
            hql.append(" and p.publishedAt >= :since");
            parameters.put("since", now.minus(filter.period().length));
        }
        Instant cursorTime = after == null ? null : publishedAt(after);
        if (cursorTime != null) {
            hql.append(" and (p.publishedAt, p.id) < (:cursorTime, :cursorId)");
            parameters.put("cursorTime", cursorTime);
            parameters.put("cursorId", after);
        }
        hql.append(" order by p.publishedAt desc, p.id desc");
        TypedQuery<Post> query = Post.getEntityManager().createQuery(hql.toString(), Post.class);
        parameters.forEach(query::setParameter);
        Slice<Post> posts = Slice.of(query.setMaxResults(size + 1).getResultList(), size, Slice.Direction.FORWARD,
                false, p -> p.id);
        return new Slice<>(cards(posts.items(), viewerId, moderator, now, ago), posts.next(), null);
    }

    /**
     * The cards of these posts (loaded with their authors), in their order: four statements for the whole page,
     * none per post. A post not yet published shows when it was written.
     */
    public static List<Card> cards(List<Post> posts, long viewerId, boolean moderator, Instant now,
            Function<Instant, String> ago) {
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
        Set<Long> applauded = new HashSet<>(Reaction.getEntityManager().createQuery(
                "select r.postId from Reaction r where r.personId = :me and r.postId in :ids", Long.class)
                .setParameter("me", viewerId).setParameter("ids", ids).getResultList());
        return posts.stream().map(p -> new Card(p.id, p.kind(), new Ref(p.author.id, p.author.fullName),
                recipients.getOrDefault(p.id, List.of()), teams.getOrDefault(p.id, List.of()),
                behaviours.getOrDefault(p.id, List.of()), p.story, p.publishedAt,
                ago.apply(p.publishedAt != null ? p.publishedAt : p.createdAt), p.edited(),
                p instanceof Recognition r && r.internalService, p.applause, applauded.contains(p.id),
                moderator || p.author.id == viewerId && p.editableByAuthor(now), p.comments, p.status)).toList();
    }

    private static Map<Long, List<Ref>> refs(String hql, List<Long> ids) {
        Map<Long, List<Ref>> refs = new HashMap<>();
        Post.getEntityManager().createQuery(hql, Object[].class).setParameter("ids", ids).getResultList()
                .forEach(row -> refs.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                        .add(new Ref((Long) row[1], (String) row[2])));
        return refs;
    }

    private static Instant publishedAt(long postId) {
        return Post.getEntityManager().createQuery(
                "select p.publishedAt from Post p where p.id = :id and p.status = :approved", Instant.class)
                .setParameter("id", postId).setParameter("approved", Post.Status.APPROVED).getResultStream()
                .findFirst().orElse(null);
    }
}
