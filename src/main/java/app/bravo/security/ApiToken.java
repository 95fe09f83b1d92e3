package app.bravo.security;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * An API token as stored: a keyed hash of the secret (the secret itself is shown once and never kept), a name
 * its owner recognises, and either the account it acts as (a personal token) or its scopes (a service token).
 */
@Entity
@Table(name = "api_token")
public class ApiToken extends PanacheEntity {

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    public String tokenHash;

    /** The first characters of the token, so people can tell their tokens apart. */
    @Column(nullable = false, length = 16)
    public String prefix;

    @Column(nullable = false, length = 80)
    public String name;

    /** The account a personal token acts as; null for a service token. */
    @Column(name = "account_id")
    public Long accountId;

    /** A service token's scopes, space-separated. */
    @Column(length = 200)
    public String scopes;

    @Column(name = "created_by", nullable = false, length = 254)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    public boolean isPersonal() {
        return accountId != null;
    }

    public Set<Scope> scopeSet() {
        if (scopes == null || scopes.isBlank()) {
            return EnumSet.noneOf(Scope.class);
        }
        return Arrays.stream(scopes.split(" ")).map(Scope::parse).flatMap(java.util.Optional::stream)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Scope.class)));
    }

    public String getScopeCodes() {
        return scopeSet().stream().map(s -> s.code).collect(Collectors.joining(", "));
    }

    /** Usable now: not revoked and not expired. */
    public boolean isValidAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    public boolean isValid() {
        return isValidAt(Instant.now());
    }

    public static List<ApiToken> personalOf(long accountId) {
        return list("accountId = ?1 order by revokedAt nulls first, createdAt desc", accountId);
    }

    public static List<ApiToken> serviceTokens() {
        return list("accountId is null order by revokedAt nulls first, createdAt desc");
    }
}
