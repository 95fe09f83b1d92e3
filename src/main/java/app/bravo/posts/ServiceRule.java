package app.bravo.posts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

import app.bravo.people.Person;
import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * An internal rule or routine that caused or slowed a customer's problem. HR keeps the list; a story's author may
 * name a new one (proposed), which a moderator keeps or merges into an existing rule, so the quality reports count
 * one rule under one name.
 */
@Entity
@Table(name = "service_rule")
public class ServiceRule extends PanacheEntity {

    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 1000;

    @Column(nullable = false, length = MAX_NAME)
    public String name;

    /** The folded name, unique: "Refund only with receipt" and "refund only with a receipt " stay apart, but case and accents do not. */
    @Column(name = "name_key", nullable = false, length = MAX_NAME)
    public String nameKey;

    @Column(length = MAX_DESCRIPTION)
    public String description;

    /** Named by a story's author, not yet kept by a moderator or HR. */
    @Column(nullable = false)
    public boolean proposed;

    @Column(nullable = false)
    public boolean active = true;

    /** Where a merged rule's stories went. */
    @ManyToOne(fetch = jakarta.persistence.FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    public ServiceRule mergedInto;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @PrePersist
    void enter() {
        if (createdAt == null) {
            createdAt = Instant.now();
        }
    }

    public void setName(String name) {
        this.name = name;
        this.nameKey = keyOf(name);
    }

    public static String keyOf(String name) {
        String key = Person.fold(name.strip()).replaceAll("\\s+", " ");
        return key.length() <= MAX_NAME ? key : key.substring(0, MAX_NAME);
    }

    public static Optional<ServiceRule> findByName(String name) {
        return find("nameKey", keyOf(name)).firstResultOptional();
    }

    /**
     * The rules an author picks from, in name order: HR's list, not the names other authors proposed (those may
     * come from a story a moderator has not seen, or has rejected), but the story's own rule when it has one.
     */
    public static List<ServiceRule> listOffered(Long ownRuleId) {
        return list("active = true and (proposed = false or id = ?1) order by nameKey", ownRuleId == null ? -1L : ownRuleId);
    }

    /** Every rule, the retired and merged ones too, for HR's page. */
    public static List<ServiceRule> listAll() {
        return list("order by active desc, proposed desc, nameKey");
    }
}
