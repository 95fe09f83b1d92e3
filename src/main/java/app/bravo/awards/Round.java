package app.bravo.awards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One period of a programme. {@link #phase} changes only by the conditional update in the round service (never
 * by setting the field and flushing), so two instances or schedulers cannot both move it.
 */
@Entity
@Table(name = "award_round")
public class Round extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "award_round_seq", sequenceName = "award_round_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "award_round_seq")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    public Programme programme;

    @Column(nullable = false, length = 120)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Phase phase = Phase.DRAFT;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    /** When the scheduler opens nominations (null: by hand). */
    @Column(name = "nominating_at")
    public Instant nominatingAt;

    @Column(name = "shortlisting_at")
    public Instant shortlistingAt;

    @Column(name = "voting_at")
    public Instant votingAt;

    @Column(name = "closing_at")
    public Instant closingAt;

    @Column(name = "announcing_at")
    public Instant announcingAt;

    @Column(name = "phase_changed_at", nullable = false)
    public Instant phaseChangedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public int version;

    /** Set on a run-off round: the closed round whose tied place(s) it decides (see {@link RunoffSeat}). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "runoff_of_id")
    public Round runoffOf;

    public boolean isRunoff() {
        return runoffOf != null;
    }

    /** When the scheduler should move this round out of its current phase, or null. */
    public Instant scheduledMove() {
        switch (phase) {
            case DRAFT:
                return nominatingAt;
            case NOMINATING:
                return shortlistingAt;
            case SHORTLISTING:
                return votingAt;
            case VOTING:
                return closingAt;
            case CLOSED:
                return announcingAt;
            default:
                return null;
        }
    }

    public static List<Round> ofProgramme(long programmeId) {
        return list("programme.id = ?1 order by createdAt desc, id desc", programmeId);
    }

    public static List<Round> inPhase(Phase phase) {
        return list("phase = ?1 order by id", phase);
    }
}
