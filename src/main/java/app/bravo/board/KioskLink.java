package app.bravo.board;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * A link for an office screen: its token (kept only as a keyed hash) opens the kiosk page and its live feed,
 * nothing else, until an administrator revokes it.
 */
@Entity
@Table(name = "kiosk_link")
public class KioskLink extends PanacheEntity {

    public static final String PREFIX = "kiosk_";
    public static final int MAX_NAME = 80;

    @Column(nullable = false, length = MAX_NAME)
    public String name;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    public String tokenHash;

    @Column(nullable = false, length = 16)
    public String prefix;

    @Column(name = "created_by", nullable = false, length = 254)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    public boolean isActive() {
        return revokedAt == null;
    }

    /** Active links first, newest first. */
    public static List<KioskLink> listForAdmin() {
        return list("order by revokedAt nulls first, createdAt desc");
    }

    /** The active link with this keyed hash (the unique index on the hash finds it). */
    public static Optional<KioskLink> activeByHash(String tokenHash) {
        return find("tokenHash = ?1 and revokedAt is null", tokenHash).firstResultOptional();
    }
}
