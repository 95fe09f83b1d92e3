package app.bravo.quality;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

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
import app.bravo.people.Team;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One customer's score for a team (and optionally a person). The pulse never loads these into Java: it
 * aggregates them in SQL, grouped by {@link #receivedOn}, the organisation's day of receipt fixed at intake.
 */
@Entity
@Table(name = "feedback_score")
public class FeedbackScore extends PanacheEntityBase {

    /** CSAT: 1-5, satisfied at 4 or 5. NPS: 0-10, promoters 9-10, detractors 0-6. */
    public enum Scale {
        CSAT(1, 5), NPS(0, 10);

        public final int min;
        public final int max;

        Scale(int min, int max) {
            this.min = min;
            this.max = max;
        }

        public boolean accepts(int score) {
            return score >= min && score <= max;
        }
    }

    public enum Channel {
        EMAIL, PHONE, COUNTER, CHAT, WEB, SURVEY, SOCIAL, OTHER
    }

    public enum Source {
        FORM, IMPORT, API
    }

    @Id
    @SequenceGenerator(name = "feedback_score_seq", sequenceName = "feedback_score_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_score_seq")
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 4)
    public Scale scale;

    @Column(nullable = false)
    public short score;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id")
    public Team team;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    public Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Channel channel;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** The organisation's day of {@link #receivedAt}: see {@link #dayOf}. */
    @Column(name = "received_on", nullable = false)
    public LocalDate receivedOn;

    /** The customer's words, if any: personal data, erasable. */
    @Column(length = 1000)
    public String comment;

    @Column(name = "comment_erased_at")
    public Instant commentErasedAt;

    /** The sender's id of this score; unique, so a re-delivered score is recognised and not counted again. */
    @Column(name = "external_id", length = 120, unique = true)
    public String externalId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Source source;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "entered_by_id")
    public Person enteredBy;

    /** The integration's token that sent it (its id only: the token entity lives in security). */
    @Column(name = "api_token_id")
    public Long apiTokenId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The organisation's day on which a score received at this instant counts. */
    public static LocalDate dayOf(Instant receivedAt, ZoneId organisationZone) {
        return receivedAt.atZone(organisationZone).toLocalDate();
    }
}
