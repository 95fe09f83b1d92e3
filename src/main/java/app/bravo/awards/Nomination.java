package app.bravo.awards;

import java.time.Instant;
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

import app.bravo.people.Person;
import app.bravo.people.Team;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A nominee in one category of one round. Nominating the same person or team again adds a {@link Citation}
 * (a unique key on round, category and nominee makes racing nominations merge).
 */
@Entity
@Table(name = "award_nomination")
public class Nomination extends PanacheEntityBase {

    public enum Status {
        ACTIVE, WITHDRAWN
    }

    @Id
    @SequenceGenerator(name = "award_nomination_seq", sequenceName = "award_nomination_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "award_nomination_seq")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    public Round round;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    public Category category;

    /** "person:<id>" or "team:<id>": the candidate key of ballots and results. */
    @Column(name = "nominee_key", nullable = false, length = 40)
    public String nomineeKey;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    public Person person;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    public Team team;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Status status = Status.ACTIVE;

    @Column(name = "withdrawn_reason", length = 500)
    public String withdrawnReason;

    @Column(nullable = false)
    public boolean finalist;

    /** How many citations: kept by the statement that adds one. */
    @Column(nullable = false)
    public int citations;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static String keyOfPerson(long personId) {
        return "person:" + personId;
    }

    public static String keyOfTeam(long teamId) {
        return "team:" + teamId;
    }

    public static List<Nomination> finalistsOf(long roundId, long categoryId) {
        return list("round.id = ?1 and category.id = ?2 and finalist = true and status = ?3 order by id",
                roundId, categoryId, Status.ACTIVE);
    }
}
