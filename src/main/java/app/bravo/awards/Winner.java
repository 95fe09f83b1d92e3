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
import app.bravo.people.Team;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An announced winner: the board's strip, profile badges and the hall of fame read these. */
@Entity
@Table(name = "award_winner")
public class Winner extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "award_winner_seq", sequenceName = "award_winner_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "award_winner_seq")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    public Round round;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    public Category category;

    @Column(name = "nominee_key", nullable = false, length = 40)
    public String nomineeKey;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    public Person person;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    public Team team;

    /** A tie HR resolved as a shared award. */
    @Column(nullable = false)
    public boolean shared;

    @Column(name = "announced_at", nullable = false)
    public Instant announcedAt;
}
