package app.bravo.quality.pulse;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

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

import app.bravo.people.Team;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A goal HR set for the organisation or one team: CSAT % at least, or NPS at least. */
@Entity
@Table(name = "quality_target")
public class QualityTarget extends PanacheEntityBase {

    public enum Metric {
        CSAT_PERCENT(0, 100), NPS(-100, 100);

        public final int min;
        public final int max;

        Metric(int min, int max) {
            this.min = min;
            this.max = max;
        }

        public boolean accepts(int goal) {
            return goal >= min && goal <= max;
        }

        public static Metric parse(String text) {
            for (Metric metric : values()) {
                if (metric.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                    return metric;
                }
            }
            return null;
        }
    }

    @Id
    @SequenceGenerator(name = "quality_target_seq", sequenceName = "quality_target_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quality_target_seq")
    public Long id;

    /** {@code org} or {@code team:<id>} ({@link PulseScope#key()}): unique with the metric. */
    @Column(name = "scope_key", nullable = false, length = 40)
    public String scopeKey;

    /** The team, for a team's target; null for the organisation's. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    public Team team;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Metric metric;

    @Column(nullable = false)
    public int goal;

    @Column(name = "set_by", nullable = false, length = 254)
    public String setBy;

    @Column(name = "set_at", nullable = false)
    public Instant setAt;

    public static Optional<QualityTarget> find(String scopeKey, Metric metric) {
        return find("scopeKey = ?1 and metric = ?2", scopeKey, metric).firstResultOptional();
    }

    /** Every target with its team, the organisation's first, then by team name: one statement. */
    public static List<QualityTarget> listAll() {
        return find("from QualityTarget q left join fetch q.team t order by case when t.id is null then 0 else 1 end,"
                + " t.name, q.metric").list();
    }
}
