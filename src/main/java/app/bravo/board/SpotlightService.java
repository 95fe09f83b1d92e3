package app.bravo.board;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import app.bravo.audit.Audit;
import app.bravo.config.BravoConfig;
import app.bravo.i18n.Text;
import app.bravo.posts.Post;
import app.bravo.web.BadInputException;

/**
 * The board's spotlight: moderators (and HR) pin approved posts until a day, at most {@link #MAX_PINNED} at a
 * time. A fourth pin is refused (nothing is unpinned behind the moderator's back); changing the end day of a
 * pinned post is not a new pin. A pin ends by itself when its time passes, or when the post leaves the board.
 */
@Named("spotlight")
@ApplicationScoped
public class SpotlightService {

    public static final int MAX_PINNED = 3;
    public static final Duration DEFAULT_LENGTH = Duration.ofDays(7);
    public static final int MAX_DAYS = 60;

    @Inject
    Audit audit;

    @Inject
    BravoConfig config;

    Clock clock = Clock.systemUTC();

    /** Pins the post through {@code until} (null: one week from now); returns when the pin ends. */
    @Transactional
    public Instant pin(long postId, LocalDate until) {
        Instant now = clock.instant();
        Post post = visible(postId);
        if (post.status != Post.Status.APPROVED) {
            throw new BadInputException("post", msg(m -> m.error_pin_not_approved()));
        }
        Instant end = end(until, now);
        // One pin at a time across all instances: the count below cannot be raced past the limit.
        Post.getEntityManager().createNativeQuery("select id from spotlight_lock where id = 1 for update")
                .getResultList();
        long others = Post.count("status = ?1 and pinnedUntil > ?2 and id <> ?3", Post.Status.APPROVED, now, postId);
        if (others >= MAX_PINNED) {
            throw new BadInputException("post", msg(m -> m.error_pin_full()));
        }
        post.pinnedUntil = end;
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("kind", post.kind().name());
        args.put("until", lastDay(end));
        audit.record("post.pinned", "post:" + post.id, args);
        return end;
    }

    /** Takes the post out of the spotlight; one that is not in it stays as it is. */
    @Transactional
    public void unpin(long postId) {
        Post post = visible(postId);
        if (post.pinnedUntil == null) {
            return;
        }
        boolean wasPinned = post.pinnedUntil.isAfter(clock.instant());
        post.pinnedUntil = null;
        if (wasPinned) {
            audit.record("post.unpinned", "post:" + post.id, Map.of("kind", post.kind().name()));
        }
    }

    /** The last day a pin ending at {@code end} is shown, in the organisation's zone (cards: {@code inject:spotlight}). */
    public String lastDay(Instant end) {
        return end == null ? "" : LocalDate.ofInstant(end.minusSeconds(1), config.timeZone()).toString();
    }

    /** The moment a pin "through {@code until}" ends: the start of the next day in the organisation's zone. */
    Instant end(LocalDate until, Instant now) {
        if (until == null) {
            return now.plus(DEFAULT_LENGTH);
        }
        LocalDate today = LocalDate.ofInstant(now, config.timeZone());
        if (until.isBefore(today) || until.isAfter(today.plusDays(MAX_DAYS))) {
            throw new BadInputException("until", msg(m -> m.error_pin_date()));
        }
        return until.plusDays(1).atStartOfDay(config.timeZone()).toInstant();
    }

    private static Post visible(long postId) {
        Post post = Post.findById(postId);
        if (post == null || post.status == Post.Status.REMOVED) {
            throw new NotFoundException();
        }
        return post;
    }

    private static Text msg(Function<BoardMessages, String> message) {
        return Text.of(BoardMessages.class, message);
    }
}
