package app.bravo.posts;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

import app.bravo.people.Person;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An employee's word to the moderators that a post or a comment should not be on the board. While it is open,
 * {@link #openTarget} names the target, and a unique key allows one open report per reporter and target.
 */
@Entity
public class Report extends PanacheEntityBase {

    public enum Status {
        OPEN, DISMISSED, RESOLVED
    }

    @Id
    @SequenceGenerator(name = "report_seq", sequenceName = "report_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_seq")
    public Long id;

    /** The reported post, or the post of the reported comment. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id")
    public Post post;

    /** The reported comment; null when the post itself is reported. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "comment_id")
    public Comment comment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reporter_id")
    public Person reporter;

    @Column(nullable = false, length = Post.MAX_REASON)
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Status status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    /** The login name of the moderator who closed it. */
    @Column(name = "resolved_by", length = 254)
    public String resolvedBy;

    @Column(name = "open_target", length = 40)
    public String openTarget;

    /** The {@link #openTarget} of a post or of a comment. */
    public static String target(Long postId, Long commentId) {
        return commentId == null ? "post:" + postId : "comment:" + commentId;
    }
}
