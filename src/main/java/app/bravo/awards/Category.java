package app.bravo.awards;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import app.bravo.awards.tally.VotingMethod;
import app.bravo.behaviours.Behaviour;
import app.bravo.i18n.LocalizedText;
import app.bravo.people.Department;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One award of a programme (e.g. "Back-office hero"): its criteria, who may be nominated and vote, and how the
 * votes are counted. Nominees limited to chosen departments/teams live in {@code award_category_nominee_unit}.
 */
@Entity
@Table(name = "award_category")
public class Category extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "award_category_seq", sequenceName = "award_category_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "award_category_seq")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    public Programme programme;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "name_en", nullable = false, length = 120)),
            @AttributeOverride(name = "sr", column = @Column(name = "name_sr", length = 120)),
            @AttributeOverride(name = "sl", column = @Column(name = "name_sl", length = 120)) })
    public LocalizedText name;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "criteria_en", length = 2000)),
            @AttributeOverride(name = "sr", column = @Column(name = "criteria_sr", length = 2000)),
            @AttributeOverride(name = "sl", column = @Column(name = "criteria_sl", length = 2000)) })
    public LocalizedText criteria;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public NomineeKind nominees;

    @Column(name = "nominees_from_chosen", nullable = false)
    public boolean nomineesFromChosen;

    @Column(name = "voters_from_chosen", nullable = false)
    public boolean votersFromChosen;

    @Column(name = "self_nomination", nullable = false)
    public boolean selfNomination;

    @Column(nullable = false)
    public int finalists;

    @Column(nullable = false)
    public int winners;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public VotingMethod method;

    /** Approval's k; 1 for plurality; ranked methods take up to the finalists. */
    @Column(name = "max_choices", nullable = false)
    public int maxChoices = 1;

    @Column(nullable = false)
    public boolean active = true;

    @ManyToMany
    @JoinTable(name = "award_category_behaviour", joinColumns = @JoinColumn(name = "category_id"),
            inverseJoinColumns = @JoinColumn(name = "behaviour_id"))
    public Set<Behaviour> behaviours = new LinkedHashSet<>();

    /** Who may vote when {@link #votersFromChosen}. */
    @ManyToMany
    @JoinTable(name = "award_category_voter_department", joinColumns = @JoinColumn(name = "category_id"),
            inverseJoinColumns = @JoinColumn(name = "department_id"))
    public Set<Department> voterDepartments = new LinkedHashSet<>();

    /**
     * The categories a round votes in: the programme's active categories, or for a run-off round only the
     * categories it decides.
     */
    public static List<Category> ofRound(Round round) {
        if (!round.isRunoff()) {
            return list("programme.id = ?1 and active = true order by sortOrder, id", round.programme.id);
        }
        return list("id in (select s.categoryId from RunoffSeat s where s.roundId = ?1) order by sortOrder, id",
                round.id);
    }

    /** How many win this category in that round: the category's winners, or a run-off's open places. */
    public int seatsIn(Round round) {
        if (!round.isRunoff()) {
            return winners;
        }
        RunoffSeat seat = RunoffSeat.find("roundId = ?1 and categoryId = ?2", round.id, id).firstResult();
        return seat == null ? winners : seat.seats;
    }
}
