package app.bravo.posts;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import app.bravo.web.Initials;
import app.bravo.web.Slice;
import io.quarkus.qute.TemplateData;

/**
 * The visible comments of a post, oldest first, a page at a time by keyset on {@code (created_at, id)} (index
 * {@code ix_post_comment_thread}), never by OFFSET: one statement for the page (and one for the cursor), whatever
 * it holds, the authors' names read in the same statement.
 */
public final class CommentThread {

    private CommentThread() {
    }

    /** A comment as pages and the API show it. */
    @TemplateData
    public record Entry(long id, long postId, long authorId, String authorName, String body, Instant createdAt,
            String when, boolean deletable) {

        public String initials() {
            return Initials.of(authorName);
        }

        /** Its paragraphs (split at blank lines); single line breaks stay inside (CSS pre-line). */
        public List<String> paragraphs() {
            return Arrays.stream(body.split("\n\\s*\n")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        }
    }

    /**
     * A page of the post's comments after the comment {@code after} (the previous page's "next"), as
     * {@code viewerId} sees them; {@code ago} words a time in the reader's language.
     */
    public static Slice<Entry> page(long postId, Long after, int size, long viewerId, boolean moderating,
            Function<Instant, String> ago) {
        Instant cursorTime = after == null ? null : Comment.getEntityManager().createQuery(
                "select c.createdAt from Comment c where c.id = ?1 and c.post.id = ?2", Instant.class)
                .setParameter(1, after).setParameter(2, postId).getResultStream().findFirst().orElse(null);
        String hql = """
                select c.id, c.author.id, c.author.fullName, c.body, c.createdAt from Comment c
                where c.post.id = :post and c.status = :visible"""
                + (cursorTime == null ? "" : " and (c.createdAt, c.id) > (:cursorTime, :cursorId)")
                + " order by c.createdAt, c.id";
        var query = Comment.getEntityManager().createQuery(hql, Object[].class).setParameter("post", postId)
                .setParameter("visible", Comment.Status.VISIBLE);
        if (cursorTime != null) {
            query.setParameter("cursorTime", cursorTime).setParameter("cursorId", after);
        }
        List<Entry> rows = query.setMaxResults(size + 1).getResultList().stream().map(row -> {
            long authorId = (Long) row[1];
            Instant at = (Instant) row[4];
            return new Entry((Long) row[0], postId, authorId, (String) row[2], (String) row[3], at, ago.apply(at),
                    moderating || authorId == viewerId);
        }).toList();
        return Slice.of(rows, size, Slice.Direction.FORWARD, false, Entry::id);
    }

    /** A comment just written by {@code authorId} on {@code postId}, as its author sees it. */
    public static Entry written(Comment comment, long postId, long authorId, String authorName,
            Function<Instant, String> ago) {
        return new Entry(comment.id, postId, authorId, authorName, comment.body, comment.createdAt,
                ago.apply(comment.createdAt), true);
    }
}
