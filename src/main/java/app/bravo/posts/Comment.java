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
import jakarta.persistence.Table;

import app.bravo.people.Person;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A short congratulation under a post. Deleting one only changes its status, so a report keeps its target and
 * the post's {@link Post#comments} count stays right.
 */
@Entity
@Table(name = "post_comment")
public class Comment extends PanacheEntityBase {

    public static final int MAX_BODY = 500;

    public enum Status {
        VISIBLE, DELETED, REMOVED
    }

    @Id
    @SequenceGenerator(name = "post_comment_seq", sequenceName = "post_comment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "post_comment_seq")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id")
    public Post post;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    public Person author;

    @Column(nullable = false, length = MAX_BODY)
    public String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Status status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
