package app.bravo.board;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import app.bravo.posts.Post;
import app.bravo.web.Slice;
import io.quarkus.qute.TemplateData;

/**
 * Posts read one at a time (the post page) or by author ("My posts", every status, newest first by keyset on
 * {@code (created_at, id)}, index {@code ix_post_author_created}), as board cards: a fixed number of statements
 * whatever a page holds.
 */
public final class PostPages {

    private PostPages() {
    }

    /** One of the author's posts with what only they see: its status and, if rejected, why. */
    @TemplateData
    public record Own(BoardQuery.Card card, String rejectionReason) {
    }

    private static final String WITH_AUTHOR = """
            select p from Post p join fetch p.author a left join fetch a.team at left join fetch at.department""";

    /** The author's posts after {@code after} (the previous page's "next"). */
    public static Slice<Own> byAuthor(long authorId, Long after, int size, boolean moderator, Instant now,
            Function<Instant, String> ago) {
        Instant cursorTime = after == null ? null : Post.getEntityManager().createQuery(
                "select p.createdAt from Post p where p.id = ?1 and p.author.id = ?2", Instant.class)
                .setParameter(1, after).setParameter(2, authorId).getResultStream().findFirst().orElse(null);
        var query = Post.getEntityManager().createQuery(WITH_AUTHOR + " where a.id = :author"
                + (cursorTime == null ? "" : " and (p.createdAt, p.id) < (:cursorTime, :cursorId)")
                + " order by p.createdAt desc, p.id desc", Post.class).setParameter("author", authorId);
        if (cursorTime != null) {
            query.setParameter("cursorTime", cursorTime).setParameter("cursorId", after);
        }
        Slice<Post> posts = Slice.of(query.setMaxResults(size + 1).getResultList(), size, Slice.Direction.FORWARD,
                false, p -> p.id);
        Map<Long, String> reasons = posts.items().stream().filter(p -> p.rejectionReason != null)
                .collect(Collectors.toMap(p -> p.id, p -> p.rejectionReason));
        List<Own> own = BoardQuery.cards(posts.items(), authorId, moderator, now, ago).stream()
                .map(card -> new Own(card, reasons.get(card.id()))).toList();
        return new Slice<>(own, posts.next(), null);
    }

    /** Posts by id, as cards in the order of {@code ids} (missing ones left out). */
    public static List<BoardQuery.Card> cards(List<Long> ids, long viewerId, boolean moderator, Instant now,
            Function<Instant, String> ago) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Post> byId = Post.getEntityManager().createQuery(WITH_AUTHOR + " where p.id in :ids", Post.class)
                .setParameter("ids", ids).getResultStream().collect(Collectors.toMap(p -> p.id, p -> p));
        List<Post> ordered = ids.stream().distinct().map(byId::get).filter(java.util.Objects::nonNull).toList();
        return BoardQuery.cards(ordered, viewerId, moderator, now, ago);
    }
}
