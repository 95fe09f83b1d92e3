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
 * CSRF token is rendered as a random stand-in, and the card is kept cut at it, so that each request puts its own
 * token in between. A board page asks for its cards as one list ({@link #items}). The text is Qute's own escaped
 * output, so it goes into the page as it is.
 */
@Named("cardBodies")
@ApplicationScoped
public class CardBodies {

    static final int MAX_ENTRIES = 5000;

    /** Stands for the reader's CSRF token in a kept card; random, so no text a person writes can hold it. */
    private static final String TOKEN_STAND_IN = "csrf-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(16));

    private static final java.util.regex.Pattern AT_STAND_IN = java.util.regex.Pattern
            .compile(java.util.regex.Pattern.quote(TOKEN_STAND_IN));

    /** Everything a card shows that can change, what the reader may do, and the board's generation. */
    private record Key(long id, String language, String when, Instant updatedAt, int comments, int applause,
            Instant pinnedUntil, Post.Status status, boolean applauded, boolean changeable, boolean moderator,
            boolean spotlight, long generation) {
    }

    /** A kept card: its HTML cut at the token's stand-ins, so a request puts its token in without a search. */
    private record Entry(String[] parts, long renderedAtNanos) {
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

    /** One card (the {@code postcard} tag). */
    public RawString card(BoardQuery.Card card, boolean spotlight) {
        StringBuilder html = new StringBuilder(4096);
        append(html, card, spotlight, new Reader(page.getCsrfToken()));
        return new RawString(html.toString());
    }

    /** A list's items, each card in an {@code li}: a page of the board in one go, not a template call per card. */
    public RawString items(java.util.List<BoardQuery.Card> cards, boolean spotlight) {
        StringBuilder html = new StringBuilder(cards.size() * 3072);
        Reader reader = new Reader(page.getCsrfToken());
        for (BoardQuery.Card card : cards) {
            html.append("<li>");
            append(html, card, spotlight, reader);
            html.append("</li>");
        }
        return new RawString(html.toString());
    }

    /** What is the same for every card of one request. */
    private final class Reader {
        final String token;
        final String escapedToken;
        final String language = currentLocale.getCode();
        final boolean moderator = currentUser.isModerator();
        final long generation = changes.generation();
        final long ttlNanos;

        Reader(String token) {
            this.token = token;
            this.escapedToken = token == null ? "" : escaped(token);
            Duration ttl = config.board().sharedPageTtl();
            this.ttlNanos = token == null || ttl.isNegative() ? 0 : ttl.toNanos();
        }
    }

    private void append(StringBuilder html, BoardQuery.Card card, boolean spotlight, Reader reader) {
        if (reader.ttlNanos == 0) {
            html.append(render(card, spotlight, reader.token == null ? "" : reader.token));
            return;
        }
        Key key = new Key(card.id(), reader.language, card.when(), card.updatedAt(), card.comments(),
                card.applause(), card.pinnedUntil(), card.status(), card.applauded(), card.changeable(),
                reader.moderator, spotlight, reader.generation);
        Entry entry = entries.get(key);
        if (entry == null || System.nanoTime() - entry.renderedAtNanos >= reader.ttlNanos) {
            long startedAt = System.nanoTime();
            entry = new Entry(AT_STAND_IN.split(render(card, spotlight, TOKEN_STAND_IN), -1), startedAt);
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear(); // older generations and times go with it
            }
            entries.put(key, entry);
        }
        String[] parts = entry.parts;
        html.append(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            html.append(reader.escapedToken).append(parts[i]);
        }
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
