package app.bravo.board;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import app.bravo.audit.Audit;
import app.bravo.i18n.Text;
import app.bravo.security.Passwords;
import app.bravo.security.TokenHasher;
import app.bravo.web.BadInputException;

/**
 * Issuing, checking and revoking kiosk links. The token is returned once, on creation; only its keyed hash is
 * stored. Every create and revoke is audited in the same transaction.
 */
@ApplicationScoped
public class KioskLinks {

    /** Last use is noted at most this often, so a screen that reloads all day writes rarely. */
    static final Duration USE_RESOLUTION = Duration.ofMinutes(5);

    /** A link just made, with the token to show its creator once. */
    public record Issued(KioskLink link, String token) {
    }

    /** A link was revoked; open streams of this instance end at once (other instances notice on their next poll). */
    public record Revoked(long linkId) {
    }

    @Inject
    TokenHasher hasher;

    @Inject
    Audit audit;

    @Inject
    Event<Revoked> revoked;

    Clock clock = Clock.systemUTC();

    @Transactional
    public Issued create(String name, String createdBy) {
        if (name == null || name.isBlank() || name.strip().length() > KioskLink.MAX_NAME) {
            throw new BadInputException("name", Text.of(KioskMessages.class, m -> m.links_error_name(KioskLink.MAX_NAME)));
        }
        String token = KioskLink.PREFIX + Passwords.randomSecret(32);
        KioskLink link = new KioskLink();
        link.name = name.strip();
        link.tokenHash = hasher.hash(token);
        link.prefix = token.substring(0, KioskLink.PREFIX.length() + 4);
        link.createdBy = createdBy;
        link.createdAt = clock.instant();
        link.persist();
        audit.record("kiosk.created", "kiosk:" + link.id, Map.of("name", link.name));
        return new Issued(link, token);
    }

    @Transactional
    public KioskLink revoke(long id) {
        KioskLink link = KioskLink.findById(id);
        if (link == null) {
            throw new NotFoundException();
        }
        if (link.revokedAt == null) {
            link.revokedAt = clock.instant();
            audit.record("kiosk.revoked", "kiosk:" + link.id, Map.of("name", link.name));
            revoked.fire(new Revoked(link.id));
        }
        return link;
    }

    /** The id of the active link this token belongs to, noting its use; empty for an unknown or revoked token. */
    @Transactional
    public Optional<Long> open(String token) {
        if (token == null || !token.startsWith(KioskLink.PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Optional<KioskLink> link = KioskLink.activeByHash(hasher.hash(token));
        Instant now = clock.instant();
        link.filter(l -> l.lastUsedAt == null || l.lastUsedAt.isBefore(now.minus(USE_RESOLUTION)))
                .ifPresent(l -> l.lastUsedAt = now);
        return link.map(l -> l.id);
    }

    /** Which of these links are still active: one statement, for the live feed's check of its open streams. */
    @Transactional
    public Set<Long> stillActive(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(KioskLink.getEntityManager().createQuery(
                "select k.id from KioskLink k where k.id in :ids and k.revokedAt is null", Long.class)
                .setParameter("ids", ids).getResultList());
    }
}
