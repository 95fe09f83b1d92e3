package app.bravo.board;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import app.bravo.config.BravoConfig;
import app.bravo.i18n.CurrentLocale;
import app.bravo.posts.Post;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.qute.Engine;
import io.quarkus.qute.RawString;
import io.quarkus.qute.Template;

/**
 * The part of a card every reader sees alike (who, for whom, when, the story, the standards), rendered by Qute
 * from {@code tags/postcardbody.html} once per language and kept like {@link BoardCache}'s pages: rendering
 * twenty cards anew is most of what a board page costs. The text is Qute's own escaped output, so it goes into
 * the page as it is; what is the reader's own (applause, rights, forms with their CSRF token) is rendered
 * around it for each request.
 */
@Named("cardBodies")
@ApplicationScoped
public class CardBodies {

    static final int MAX_ENTRIES = 2000;

    /** Everything the body shows that a post can change, and the board's generation. */
    private record Key(long id, String language, String when, Instant updatedAt, int comments, Instant pinnedUntil,
            Post.Status status, long generation) {
    }

    private record Entry(RawString html, long renderedAtNanos) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    @Inject
    Engine engine;

    @Inject
    CurrentLocale currentLocale;

    @Inject
    @PersistenceUnitExtension
    BoardChanges changes;

    @Inject
    BravoConfig config;

    private Template body;

    public RawString of(BoardQuery.Card card) {
        Duration ttl = config.board().sharedPageTtl();
        if (ttl.isZero() || ttl.isNegative()) {
            return render(card);
        }
        Key key = new Key(card.id(), currentLocale.getCode(), card.when(), card.updatedAt(), card.comments(),
                card.pinnedUntil(), card.status(), changes.generation());
        Entry entry = entries.get(key);
        if (entry != null && System.nanoTime() - entry.renderedAtNanos < ttl.toNanos()) {
            return entry.html;
        }
        long startedAt = System.nanoTime();
        RawString html = render(card);
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear(); // older generations and times go with it
        }
        entries.put(key, new Entry(html, startedAt));
        return html;
    }

    private RawString render(BoardQuery.Card card) {
        if (body == null) {
            body = engine.getTemplate("tags/postcardbody");
        }
        return new RawString(body.data("card", card).render());
    }
}
