package app.bravo.board;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import app.bravo.config.BravoConfig;
import app.bravo.i18n.CurrentLocale;
import app.bravo.posts.Post;
import app.bravo.security.CurrentUser;
import app.bravo.web.PageContext;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.qute.Engine;
import io.quarkus.qute.RawString;
import io.quarkus.qute.Template;

/**
 * Cards rendered by Qute from {@code tags/postcardfull.html} and kept, like {@link BoardCache}'s pages: rendering
 * twenty cards anew was most of what a board page cost. A card is kept per language and per what the reader may
 * do with it (applauded, may change it, moderator), so every reader with the same rights shares it; the forms'
 * CSRF token is rendered as a random stand-in that each request replaces with its own token. The text is Qute's
 * own escaped output, so it goes into the page as it is.
 */
@Named("cardBodies")
@ApplicationScoped
public class CardBodies {

    static final int MAX_ENTRIES = 5000;

    /** Stands for the reader's CSRF token in a kept card; random, so no text a person writes can hold it. */
    private static final String TOKEN_STAND_IN = "csrf-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(16));

    /** Everything a card shows that can change, what the reader may do, and the board's generation. */
    private record Key(long id, String language, String when, Instant updatedAt, int comments, int applause,
            Instant pinnedUntil, Post.Status status, boolean applauded, boolean changeable, boolean moderator,
            boolean spotlight, long generation) {
    }

    private record Entry(String html, long renderedAtNanos) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    @Inject
    Engine engine;

    @Inject
    CurrentLocale currentLocale;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageContext page;

    @Inject
    @PersistenceUnitExtension
    BoardChanges changes;

    @Inject
    BravoConfig config;

    private Template card;

    public RawString card(BoardQuery.Card card, boolean spotlight) {
        String token = page.getCsrfToken();
        Duration ttl = config.board().sharedPageTtl();
        if (token == null || ttl.isZero() || ttl.isNegative()) {
            return new RawString(render(card, spotlight, token == null ? "" : token));
        }
        Key key = new Key(card.id(), currentLocale.getCode(), card.when(), card.updatedAt(), card.comments(),
                card.applause(), card.pinnedUntil(), card.status(), card.applauded(), card.changeable(),
                currentUser.isModerator(), spotlight, changes.generation());
        Entry entry = entries.get(key);
        if (entry == null || System.nanoTime() - entry.renderedAtNanos >= ttl.toNanos()) {
            long startedAt = System.nanoTime();
            entry = new Entry(render(card, spotlight, TOKEN_STAND_IN), startedAt);
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear(); // older generations and times go with it
            }
            entries.put(key, entry);
        }
        return new RawString(entry.html.replace(TOKEN_STAND_IN, escaped(token)));
    }

    private String render(BoardQuery.Card data, boolean spotlight, String csrfToken) {
        if (card == null) {
            card = engine.getTemplate("tags/postcardfull");
        }
        return card.data("card", data).data("spotlight", spotlight).data("csrfToken", csrfToken).render();
    }

    /** The token as an attribute value (it is URL-safe Base64, so this changes nothing; it is here for safety). */
    private static String escaped(String token) {
        return token.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
