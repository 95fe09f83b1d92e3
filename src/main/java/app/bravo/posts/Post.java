package app.bravo.posts;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;

import app.bravo.behaviours.Behaviour;
import app.bravo.people.Person;
import app.bravo.people.Team;
import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * Something on the notice board. One table for every kind (the {@code kind} column), so the board, reactions,
 * moderation and the kiosk treat them alike. The board reads posts through {@code board.BoardQuery}, which
 * loads the people, teams and standards of a whole page at once; these collections are for writing.
 */
@Entity
// An edit writes only the columns it changed, so counters kept by statements (applause, comments) stay right.
@org.hibernate.annotations.DynamicUpdate
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind", discriminatorType = DiscriminatorType.STRING, length = 20)
public abstract class Post extends PanacheEntity {

    /** How long an author may still edit or delete what they posted; after that, a moderator may. */
    public static final Duration EDIT_WINDOW = Duration.ofHours(24);
    public static final int MIN_STORY = 20;
    public static final int MAX_STORY = 2000;
    /** The longest rejection reason, comment or report reason. */
    public static final int MAX_REASON = 500;

    public enum Status {
        PENDING, APPROVED, REJECTED, REMOVED
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Status status;

    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id")
    public Person author;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** When its content last changed ({@link PostService} sets it on an edit; applause and status do not count). */
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(nullable = false, length = MAX_STORY)
    public String story;

    @ManyToMany
    @JoinTable(name = "post_recipient", joinColumns = @JoinColumn(name = "post_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    public Set<Person> recipients = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "post_team", joinColumns = @JoinColumn(name = "post_id"),
            inverseJoinColumns = @JoinColumn(name = "team_id"))
    public Set<Team> teams = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "post_behaviour", joinColumns = @JoinColumn(name = "post_id"),
            inverseJoinColumns = @JoinColumn(name = "behaviour_id"))
    public Set<Behaviour> behaviours = new LinkedHashSet<>();

    @Column(nullable = false)
    public int applause;

    /**
     * The board's word search: the post's texts and the names of its people and teams, folded to lower-case ASCII
     * ({@link PostService} writes it). Never the customer's name or contact, which erasure must be able to remove.
     */
    @Column(name = "search_text", length = 8000)
    public String searchText;

    /** In the board's spotlight until this moment (set by a moderator, see {@code board.SpotlightService}). */
    @Column(name = "pinned_until")
    public Instant pinnedUntil;

    /** How many visible comments it has: kept by the statement that adds or removes one (see {@link Comments}). */
    @Column(nullable = false)
    public int comments;

    /** Why a moderator rejected it (shown to its author); null unless rejected. */
    @Column(name = "rejection_reason", length = MAX_REASON)
    public String rejectionReason;

    @PrePersist
    void enter() {
        if (createdAt == null) {
            createdAt = Instant.now();
        }
        updatedAt = createdAt;
    }

    /** Changed since it was first written (a minute's grace for a quick typo fix). */
    public boolean edited() {
        return updatedAt.isAfter(createdAt.plusSeconds(60));
    }

    public abstract Kind kind();

    /** Whether its author may still change it at {@code now}. */
    public boolean editableByAuthor(Instant now) {
        return now.isBefore(createdAt.plus(EDIT_WINDOW));
    }

    /** The kinds of post, as stored in {@code post.kind}. */
    public enum Kind {
        RECOGNITION(false), COMPLAINT_STORY(true), CUSTOMER_PRAISE(true), INSPIRATION(false);

        /** Whether a moderator approves it before the board shows it (stories and praise speak of customers). */
        public final boolean moderated;

        Kind(boolean moderated) {
            this.moderated = moderated;
        }

        /** The entity class of this kind, for typed queries. */
        public Class<? extends Post> type() {
            return switch (this) {
                case RECOGNITION -> Recognition.class;
                case COMPLAINT_STORY -> ComplaintStory.class;
                case CUSTOMER_PRAISE -> CustomerPraise.class;
                case INSPIRATION -> Inspiration.class;
            };
        }

        /** A kind from a query string or form; null when it names none. */
        public static Kind parse(String text) {
            for (Kind kind : values()) {
                if (kind.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                    return kind;
                }
            }
            return null;
        }
    }
}
