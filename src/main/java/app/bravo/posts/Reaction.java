package app.bravo.posts;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One person's applause for one post; the primary key allows no second. */
@Entity
@IdClass(Reaction.Key.class)
public class Reaction extends PanacheEntityBase {

    public static class Key implements Serializable {
        Long postId;
        Long personId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(postId, k.postId) && Objects.equals(personId, k.personId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(postId, personId);
        }
    }

    @Id
    @Column(name = "post_id")
    public Long postId;

    @Id
    @Column(name = "person_id")
    public Long personId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
