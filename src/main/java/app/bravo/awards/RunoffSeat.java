package app.bravo.awards;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A category a run-off round decides, and how many places are still open in it. */
@Entity
@Table(name = "award_runoff_seat")
@IdClass(RunoffSeat.Key.class)
public class RunoffSeat extends PanacheEntityBase {

    public static class Key implements Serializable {
        public Long roundId;
        public Long categoryId;

        public Key() {
        }

        public Key(Long roundId, Long categoryId) {
            this.roundId = roundId;
            this.categoryId = categoryId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(roundId, key.roundId)
                    && Objects.equals(categoryId, key.categoryId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(roundId, categoryId);
        }
    }

    @Id
    @Column(name = "round_id")
    public Long roundId;

    @Id
    @Column(name = "category_id")
    public Long categoryId;

    @Column(nullable = false)
    public int seats;
}
