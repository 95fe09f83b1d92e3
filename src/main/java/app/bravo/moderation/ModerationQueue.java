package app.bravo.moderation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import app.bravo.board.BoardQuery;
import app.bravo.board.PostPages;
import app.bravo.posts.Post;
import app.bravo.posts.Report;
import app.bravo.web.Initials;
import app.bravo.web.Slice;
import io.quarkus.qute.TemplateData;

/**
 * What waits for the moderators: pending posts, oldest first (keyset on {@code (created_at, id)}, index
 * {@code ix_post_queue}), and open reports, newest first (index {@code ix_report_queue}), each page as board
 * cards and one row per report. A fixed number of statements whatever the queue holds: the two counts, each
 * list with its cursor, and the cards of each list's posts.
 */
public final class ModerationQueue {

    private ModerationQueue() {
    }

    /** An open report as the queue shows it; a reported comment comes with its text and author. */
    @TemplateData
    public record ReportRow(long id, String reason, Instant createdAt, String when, long reporterId,
            String reporterName, long postId, Long commentId, String commentBody, Long commentAuthorId,
            String commentAuthorName) {

        public String reporterInitials() {
            return Initials.of(reporterName);
        }
    }

    /** One screen of the queue; {@code reportedPosts} holds the cards of the reported posts by id. */
    @TemplateData
    public record Page(long pendingCount, Slice<BoardQuery.Card> pending, long reportCount, Slice<ReportRow> reports,
            Map<Long, BoardQuery.Card> reportedPosts) {
    }

    /**
     * Pending posts after {@code pendingAfter} (or from it, {@code fromPost}: the queue shown again around a
     * refused rejection) and open reports after {@code reportsAfter}. {@code moderator}: whether the reader may
     * edit posts (their cards link to the edit page).
     */
    public static Page page(Long pendingAfter, boolean fromPost, Long reportsAfter, int size, long viewerId,
            boolean moderator, Instant now, Function<Instant, String> ago) {
        long pendingCount = Post.count("status", Post.Status.PENDING);
        long reportCount = Report.count("status", Report.Status.OPEN);
        Slice<ReportRow> reports = reports(reportsAfter, size, ago);
        List<Long> reportedIds = reports.items().stream().filter(r -> r.commentId() == null).map(ReportRow::postId)
                .distinct().toList();
        Map<Long, BoardQuery.Card> reportedPosts = PostPages.cards(reportedIds, viewerId, moderator, now, ago).stream()
                .collect(Collectors.toMap(BoardQuery.Card::id, card -> card));
        return new Page(pendingCount, pending(pendingAfter, fromPost, size, viewerId, moderator, now, ago), reportCount, reports,
                reportedPosts);
    }

    private static Slice<BoardQuery.Card> pending(Long after, boolean inclusive, int size, long viewerId,
            boolean moderator, Instant now,
            Function<Instant, String> ago) {
        Instant cursorTime = after == null ? null : Post.getEntityManager().createQuery(
                "select p.createdAt from Post p where p.id = ?1 and p.status = ?2", Instant.class)
                .setParameter(1, after).setParameter(2, Post.Status.PENDING).getResultStream().findFirst()
                .orElse(null);
        var query = Post.getEntityManager().createQuery("""
                select p from Post p join fetch p.author a left join fetch a.team at left join fetch at.department
                where p.status = :pending"""
                + (cursorTime == null ? "" : " and (p.createdAt, p.id) " + (inclusive ? ">=" : ">")
                        + " (:cursorTime, :cursorId)")
                + " order by p.createdAt, p.id", Post.class)
                .setParameter("pending", Post.Status.PENDING);
        if (cursorTime != null) {
            query.setParameter("cursorTime", cursorTime).setParameter("cursorId", after);
        }
        Slice<Post> posts = Slice.of(query.setMaxResults(size + 1).getResultList(), size, Slice.Direction.FORWARD,
                false, p -> p.id);
        return new Slice<>(BoardQuery.cards(posts.items(), viewerId, moderator, now, ago), posts.next(), null);
    }

    private static Slice<ReportRow> reports(Long after, int size, Function<Instant, String> ago) {
        Instant cursorTime = after == null ? null : Report.getEntityManager().createQuery(
                "select r.createdAt from Report r where r.id = ?1 and r.status = ?2", Instant.class)
                .setParameter(1, after).setParameter(2, Report.Status.OPEN).getResultStream().findFirst()
                .orElse(null);
        var query = Report.getEntityManager().createQuery("""
                select r.id, r.reason, r.createdAt, rp.id, rp.fullName, r.post.id, c.id, c.body, ca.id, ca.fullName
                from Report r join r.reporter rp left join r.comment c left join c.author ca
                where r.status = :open"""
                + (cursorTime == null ? "" : " and (r.createdAt, r.id) < (:cursorTime, :cursorId)")
                + " order by r.createdAt desc, r.id desc",
                Object[].class).setParameter("open", Report.Status.OPEN);
        if (cursorTime != null) {
            query.setParameter("cursorTime", cursorTime).setParameter("cursorId", after);
        }
        List<ReportRow> rows = query.setMaxResults(size + 1).getResultList().stream().map(row -> new ReportRow(
                (Long) row[0], (String) row[1], (Instant) row[2], ago.apply((Instant) row[2]), (Long) row[3],
                (String) row[4], (Long) row[5], (Long) row[6], (String) row[7], (Long) row[8], (String) row[9]))
                .toList();
        return Slice.of(rows, size, Slice.Direction.FORWARD, false, ReportRow::id);
    }
}
