package app.bravo.posts;

import java.time.Clock;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.security.ForbiddenException;

import app.bravo.audit.Audit;
import app.bravo.people.Person;

/**
 * Congratulations under posts and reports about posts and comments. Callers name who acts (a person id, and
 * whether they moderate), so pages and the API share the rules. A post's {@link Post#comments} count changes in
 * the same transaction as the comment, by one conditional statement each way, so it stays right whatever races.
 */
@ApplicationScoped
public class CommentService {

    @Inject
    Audit audit;

    Clock clock = Clock.systemUTC();

    /**
     * Whether this reader may open the post: an approved post, everyone; any other status, its author and the
     * moderators. Unknown and hidden posts are alike "not found".
     */
    public static Post readable(long postId, long viewerId, boolean moderating) {
        Post post = Post.find("""
                from Post p join fetch p.author a left join fetch a.team t left join fetch t.department
                where p.id = ?1""", postId).firstResult();
        if (post == null || post.status != Post.Status.APPROVED && !moderating && post.author.id != viewerId) {
            throw new NotFoundException();
        }
        return post;
    }

    /** A congratulation by {@code authorId} on an approved post. */
    @Transactional
    public Comment comment(long postId, long authorId, CommentInput input) {
        if (Post.count("id = ?1 and status = ?2", postId, Post.Status.APPROVED) == 0) {
            throw new NotFoundException();
        }
        Comment comment = new Comment();
        comment.post = Post.getEntityManager().getReference(Post.class, postId);
        comment.author = Person.getEntityManager().getReference(Person.class, authorId);
        comment.body = input.body();
        comment.status = Comment.Status.VISIBLE;
        comment.createdAt = clock.instant();
        comment.persist();
        Post.update("comments = comments + 1 where id = ?1", postId);
        return comment;
    }

    /**
     * Takes a comment away: its author deletes their own, a moderator any (then it counts as removed). Returns
     * the comment's post.
     */
    @Transactional
    public long delete(long commentId, long actorId, boolean moderating) {
        Object[] row = Comment.getEntityManager().createQuery(
                "select c.post.id, c.author.id from Comment c where c.id = ?1 and c.status = ?2", Object[].class)
                .setParameter(1, commentId).setParameter(2, Comment.Status.VISIBLE).getResultStream().findFirst()
                .orElseThrow(NotFoundException::new);
        long postId = (Long) row[0];
        boolean own = (Long) row[1] == actorId;
        if (!own && !moderating) {
            throw new ForbiddenException();
        }
        if (takeDown(commentId, own ? Comment.Status.DELETED : Comment.Status.REMOVED)) {
            audit.record(own ? "comment.deleted" : "comment.removed", "comment:" + commentId,
                    Map.of("post", postId));
        }
        return postId;
    }

    /**
     * Hides a visible comment and counts it off its post, in the caller's transaction; false when it was not
     * visible any more (someone else took it down first).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean takeDown(long commentId, Comment.Status status) {
        Long postId = Comment.getEntityManager().createQuery("select c.post.id from Comment c where c.id = ?1",
                Long.class).setParameter(1, commentId).getResultStream().findFirst().orElse(null);
        if (postId == null || Comment.update("status = ?1 where id = ?2 and status = ?3", status, commentId,
                Comment.Status.VISIBLE) == 0) {
            return false;
        }
        Post.update("comments = comments - 1 where id = ?1", postId);
        return true;
    }

    /**
     * Reports an approved post ({@code commentId} null) or one of its visible comments. Returns false, and
     * changes nothing, when this person's earlier report of it is still open.
     */
    @Transactional
    public boolean report(long postId, Long commentId, long reporterId, ReportInput input) {
        if (Post.count("id = ?1 and status = ?2", postId, Post.Status.APPROVED) == 0 || commentId != null
                && Comment.count("id = ?1 and post.id = ?2 and status = ?3", commentId, postId,
                        Comment.Status.VISIBLE) == 0) {
            throw new NotFoundException();
        }
        String target = Report.target(postId, commentId);
        if (Report.count("reporter.id = ?1 and openTarget = ?2", reporterId, target) > 0) {
            return false;
        }
        Report report = new Report();
        report.post = Post.getEntityManager().getReference(Post.class, postId);
        report.comment = commentId == null ? null : Comment.getEntityManager().getReference(Comment.class, commentId);
        report.reporter = Person.getEntityManager().getReference(Person.class, reporterId);
        report.reason = input.reason();
        report.status = Report.Status.OPEN;
        report.createdAt = clock.instant();
        report.openTarget = target;
        report.persist();
        // Now, inside this transaction: a racing second report fails on the unique key and changes nothing.
        Report.flush();
        return true;
    }

    /** The post a visible comment belongs to, for a report sent about the comment alone. */
    public static long postOf(long commentId) {
        return Comment.getEntityManager().createQuery(
                "select c.post.id from Comment c where c.id = ?1 and c.status = ?2", Long.class)
                .setParameter(1, commentId).setParameter(2, Comment.Status.VISIBLE).getResultStream().findFirst()
                .orElseThrow(NotFoundException::new);
    }
}
