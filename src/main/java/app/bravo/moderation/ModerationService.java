package app.bravo.moderation;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import app.bravo.audit.Actor;
import app.bravo.audit.Audit;
import app.bravo.i18n.Text;
import app.bravo.posts.Comment;
import app.bravo.posts.CommentService;
import app.bravo.posts.Post;
import app.bravo.posts.RecognitionNotices;
import app.bravo.posts.Report;

/**
 * The moderators' decisions, each one conditional statement on the state it expects ("... where status =
 * PENDING"), so when two moderators decide at once exactly one wins and the other is told; the winner's audit
 * entry (the moderator, the post) commits with the change. Any post kind alike.
 */
@ApplicationScoped
public class ModerationService {

    @Inject
    Audit audit;

    @Inject
    Actor actor;

    @Inject
    CommentService comments;

    @Inject
    jakarta.enterprise.event.Event<RecognitionNotices.Published> published;

    Clock clock = Clock.systemUTC();

    /** Publishes a pending post: on the board from now. */
    @Transactional
    public void approve(long postId) {
        approve(postId, null);
    }

    /**
     * Publishes a pending post as the moderator saw it: {@code seen} is the time of its last change on the queue
     * page, and if its author changed it since, nothing is published (they are told to read it again). Null
     * publishes what is pending now.
     */
    @Transactional
    public void approve(long postId, Instant seen) {
        int changed = seen == null
                ? Post.update("status = ?1, publishedAt = ?2, rejectionReason = null where id = ?3 and status = ?4",
                        Post.Status.APPROVED, clock.instant(), postId, Post.Status.PENDING)
                : Post.update("""
                        status = ?1, publishedAt = ?2, rejectionReason = null
                        where id = ?3 and status = ?4 and updatedAt = ?5""",
                        Post.Status.APPROVED, clock.instant(), postId, Post.Status.PENDING, seen);
        if (changed == 0) {
            if (seen != null && Post.count("id = ?1 and status = ?2", postId, Post.Status.PENDING) > 0) {
                throw new AlreadyDecidedException(msg(m -> m.error_changed_since_seen()));
            }
            throw undecidable(postId);
        }
        audit.record("moderation.approved", "post:" + postId, Map.of("post", postId));
        // The people it names hear of it once it is on the board (after commit).
        published.fire(new RecognitionNotices.Published(postId));
    }

    /** Turns a pending post down; its author reads the reason on "My posts". */
    @Transactional
    public void reject(long postId, RejectInput input) {
        int changed = Post.update("status = ?1, rejectionReason = ?2 where id = ?3 and status = ?4",
                Post.Status.REJECTED, input.reason(), postId, Post.Status.PENDING);
        if (changed == 0) {
            throw undecidable(postId);
        }
        audit.record("moderation.rejected", "post:" + postId, Map.of("post", postId, "reason", input.reason()));
    }

    /** Closes a report without touching its target (it stays on the board). */
    @Transactional
    public void dismiss(long reportId) {
        Closed report = close(reportId, Report.Status.DISMISSED);
        audit.record("moderation.report-dismissed", "report:" + reportId, details(report));
    }

    /**
     * Takes the reported post or comment off the board and closes every open report of it (a removed post takes
     * the open reports of its comments along).
     */
    @Transactional
    public void remove(long reportId) {
        Closed report = close(reportId, Report.Status.RESOLVED);
        long postId = report.postId();
        Instant now = clock.instant();
        if (report.commentId() == null) {
            Post.update("status = ?1 where id = ?2", Post.Status.REMOVED, postId);
            Report.update("status = ?1, openTarget = null, resolvedAt = ?2, resolvedBy = ?3 where post.id = ?4 "
                    + "and status = ?5", Report.Status.RESOLVED, now, actor.username(), postId, Report.Status.OPEN);
        } else {
            comments.takeDown(report.commentId(), Comment.Status.REMOVED);
            Report.update("status = ?1, openTarget = null, resolvedAt = ?2, resolvedBy = ?3 where comment.id = ?4 "
                    + "and status = ?5", Report.Status.RESOLVED, now, actor.username(), report.commentId(),
                    Report.Status.OPEN);
        }
        audit.record("moderation.report-removed", "report:" + reportId, details(report));
    }

    /** A report just closed: what it was about. */
    private record Closed(long postId, Long commentId, String reason) {
    }

    /** Closes an open report with one conditional statement; the loser of a race learns it was closed already. */
    private Closed close(long reportId, Report.Status status) {
        int changed = Report.update("status = ?1, openTarget = null, resolvedAt = ?2, resolvedBy = ?3 where id = ?4 "
                + "and status = ?5", status, clock.instant(), actor.username(), reportId, Report.Status.OPEN);
        Object[] row = Report.getEntityManager().createQuery(
                "select r.post.id, c.id, r.reason from Report r left join r.comment c where r.id = ?1",
                Object[].class)
                .setParameter(1, reportId).getResultStream().findFirst().orElseThrow(NotFoundException::new);
        if (changed == 0) {
            throw new AlreadyDecidedException(msg(m -> m.error_report_closed()));
        }
        return new Closed((Long) row[0], (Long) row[1], (String) row[2]);
    }

    private static Map<String, Object> details(Closed report) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("post", report.postId());
        if (report.commentId() != null) {
            details.put("comment", report.commentId());
        }
        details.put("reason", report.reason());
        return details;
    }

    private static RuntimeException undecidable(long postId) {
        if (Post.count("id", postId) == 0) {
            return new NotFoundException();
        }
        return new AlreadyDecidedException(msg(m -> m.error_already_decided()));
    }

    private static Text msg(Function<ModerationMessages, String> message) {
        return Text.of(ModerationMessages.class, message);
    }
}
