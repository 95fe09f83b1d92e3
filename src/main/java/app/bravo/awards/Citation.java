package app.bravo.awards;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import app.bravo.people.Person;
import app.bravo.posts.Post;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Why one person nominated a nominee; optionally a recognition from the board put forward. */
@Entity
@Table(name = "award_citation")
public class Citation extends PanacheEntityBase {

    public static final int MAX_TEXT = 1000;

    @Id
    @SequenceGenerator(name = "award_citation_seq", sequenceName = "award_citation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "award_citation_seq")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "nomination_id")
    public Nomination nomination;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "nominator_id")
    public Person nominator;

    @Column(nullable = false, length = MAX_TEXT)
    public String citation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "post_id")
    public Post post;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
