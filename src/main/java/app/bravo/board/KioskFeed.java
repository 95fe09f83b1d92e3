package app.bravo.board;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import org.jboss.logging.Logger;

import app.bravo.config.BravoConfig;
import app.bravo.posts.Post;
import app.bravo.quality.pulse.PulseViews;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * The kiosks' live feed on this instance. While a kiosk listens, it asks the database about once a second for
 * posts approved since its cursor (index {@code ix_post_feed}), so posts approved on any instance reach every
 * instance's screens; no broker, no special SQL. The same tick ends the streams of links revoked anywhere.
 * Nobody listening: no statements at all.
 */
@ApplicationScoped
public class KioskFeed {

    private static final Logger LOG = Logger.getLogger(KioskFeed.class);

    /** Most posts one poll reads; more wait for the next tick. */
    static final int MAX_PER_POLL = 100;

    /** How often the screens' pulse panel is compared with the kept one (which changes at most every TTL). */
    static final Duration PULSE_EVERY = Duration.ofSeconds(5);

    /** A quiet stream still sends a beat now and then, so a vanished screen is noticed and dropped. */
    static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    /** An open kiosk stream: the link that opened it and the language its screen reads. */
    record Listener(long linkId, String language, SseEventSink sink, Sse sse) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance slide(BoardQuery.Card card, boolean fresh);
    }

    @Inject
    KioskLinks links;

    @Inject
    BravoConfig config;

    @Inject
    PulseViews pulse;

    Clock clock = Clock.systemUTC();

    private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();

    /** Touched by the poller only (ticks never overlap). */
    private LiveCursor cursor;
    private Instant lastBeat = Instant.EPOCH;
    private Instant lastPulse = Instant.EPOCH;
    /** The pulse panel each language's screens show (sent on the page or by the last "pulse" event). */
    private final Map<String, String> pulseShown = new ConcurrentHashMap<>();

    void listen(long linkId, String language, SseEventSink sink, Sse sse) {
        Listener listener = new Listener(linkId, language, sink, sse);
        // The page it came from showed the current panel; a newer one comes as a "pulse" event.
        pulseShown.putIfAbsent(language, pulse.kioskHtml(language));
        listeners.add(listener);
        // A first beat at once, so the screen (and any proxy between) sees the stream open.
        send(listener, beat(sse));
    }

    private static OutboundSseEvent beat(Sse sse) {
        return sse.newEventBuilder().name("beat").data("").build();
    }

    int listening() {
        return listeners.size();
    }

    @Scheduled(every = "${bravo.kiosk.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "kiosk-feed")
    void tick() {
        listeners.removeIf(l -> l.sink().isClosed());
        if (listeners.isEmpty()) {
            cursor = null;
            pulseShown.clear();
            return;
        }
        try {
            endRevoked();
            if (cursor == null) {
                cursor = new LiveCursor(clock.instant(), config.kiosk().lookBehind());
            }
            broadcast(poll());
            if (clock.instant().isAfter(lastPulse.plus(PULSE_EVERY))) {
                lastPulse = clock.instant();
                broadcastPulse();
            }
            if (clock.instant().isAfter(lastBeat.plus(KEEP_ALIVE))) {
                lastBeat = clock.instant();
                listeners.forEach(l -> send(l, beat(l.sse())));
            }
        } catch (RuntimeException e) {
            LOG.warn("Kiosk feed poll failed; trying again on the next tick", e);
        }
    }

    /** A link revoked on this instance ends its streams at once, after the revocation committed. */
    void onRevoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) KioskLinks.Revoked revoked) {
        end(l -> l.linkId() == revoked.linkId());
    }

    void onStop(@Observes ShutdownEvent stop) {
        end(l -> true);
    }

    private void endRevoked() {
        Set<Long> open = listeners.stream().map(Listener::linkId).collect(Collectors.toSet());
        Set<Long> active = links.stillActive(open);
        end(l -> !active.contains(l.linkId()));
    }

    private void end(java.util.function.Predicate<Listener> which) {
        for (Listener listener : List.copyOf(listeners)) {
            if (which.test(listener)) {
                listeners.remove(listener);
                listener.sink().close();
            }
        }
    }

    /** Ids of posts approved since the cursor and not sent yet: one statement. */
    private List<Long> poll() {
        List<LiveCursor.Row> rows = QuarkusTransaction.requiringNew().call(() -> Post.getEntityManager()
                .createQuery("""
                        select p.id, p.publishedAt from Post p
                        where p.status = :approved and p.publishedAt > :from order by p.publishedAt, p.id""",
                        Object[].class)
                .setParameter("approved", Post.Status.APPROVED).setParameter("from", cursor.readFrom())
                .setMaxResults(MAX_PER_POLL).getResultStream()
                .map(row -> new LiveCursor.Row((Long) row[0], (Instant) row[1])).toList());
        return cursor.fresh(rows);
    }

    private void broadcast(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<BoardQuery.Card> cards = QuarkusTransaction.requiringNew().call(() -> Highlights.approved(ids, now));
        Map<String, List<String>> slides = new HashMap<>();
        for (Listener listener : listeners) {
            List<String> html = slides.computeIfAbsent(listener.language(), language -> cards.stream()
                    .map(card -> render(card, language)).toList());
            html.forEach(slide -> send(listener, listener.sse().newEventBuilder().name("post").data(slide).build()));
        }
    }

    /**
     * The pulse panel to the screens whose language's panel changed (new feedback, a new day, a new target):
     * the kept panel, so this reads the database at most once per {@code bravo.pulse.ttl}. The screens swap it in
     * place; the kiosk token opens no other address for it.
     */
    private void broadcastPulse() {
        Map<String, String> fresh = new HashMap<>();
        for (Listener listener : listeners) {
            String html = fresh.computeIfAbsent(listener.language(),
                    language -> QuarkusTransaction.requiringNew().call(() -> pulse.kioskHtml(language)));
            if (!html.equals(pulseShown.get(listener.language()))) {
                send(listener, listener.sse().newEventBuilder().name("pulse").data(html).build());
            }
        }
        pulseShown.putAll(fresh);
    }

    /** One slide as HTML on one line (an SSE data field is a line); Qute escapes what people wrote. */
    static String render(BoardQuery.Card card, String language) {
        return Templates.slide(card, true).setLocale(Locale.forLanguageTag(language)).render()
                .replaceAll("[\\r\\n]+", " ").strip();
    }

    private void send(Listener listener, OutboundSseEvent event) {
        listener.sink().send(event).whenComplete((ignored, failure) -> {
            if (failure != null) {
                listeners.remove(listener);
                listener.sink().close();
            }
        });
    }
}
