package app.bravo.board;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import app.bravo.config.BravoConfig;
import app.bravo.web.KeptValues;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * What board pages show every reader alike, kept per instance for {@code bravo.board.shared-page-ttl}, with who
 * applauded each card (up to {@link BoardQuery#KEPT_APPLAUDERS}): a reader then costs no statement of the board's
 * own instead of a dozen (a card with more applause costs one statement for the reader's own). An entry is used only while no
 * change to the board's tables went through this instance since it was read ({@link BoardChanges}); changes
 * through another instance show when it expires (and one reader has read it again: {@link KeptValues}).
 * Bounded: past {@link #MAX_ENTRIES} pages it starts again.
 */
@ApplicationScoped
public class BoardCache {

    static final int MAX_ENTRIES = 500;

    /** A board page's key: the filter, the cursor and the page size. */
    record PageKey(BoardQuery.Filter filter, Long after, int size) {
    }

    private static final Object FILTER_CHOICES = "filter choices";

    private final KeptValues kept = new KeptValues(MAX_ENTRIES, () -> this.changes.generation(),
            System::nanoTime);

    @Inject
    @PersistenceUnitExtension // BoardChanges is Hibernate's statement inspector, found by this qualifier
    BoardChanges changes;

    @Inject
    BravoConfig config;

    /** A board page as {@code viewerId} sees it: the shared part from here, with their applause found in it. */
    BoardQuery.Board board(BoardQuery.Filter filter, Long after, int size, long viewerId, boolean moderator,
            Instant now, Function<Instant, String> ago) {
        BoardQuery.Board shared = get(new PageKey(filter, after, size),
                () -> BoardQuery.shared(filter, after, size, now));
        return BoardQuery.forReader(shared, viewerId, moderator, now, ago);
    }

    /** The teams and standards the board's filters offer. */
    BoardResource.FilterChoices filterChoices(Supplier<BoardResource.FilterChoices> load) {
        return get(FILTER_CHOICES, load);
    }

    /**
     * The board's filter form for these filters, rendered in {@code language} (the same for every reader); not
     * kept with words to search for, which seldom come twice and would only push pages out.
     */
    io.quarkus.qute.RawString filterForm(String language, BoardResource.Filters filters,
            Supplier<io.quarkus.qute.RawString> render) {
        return filters.q().isEmpty() ? get(new FormKey(language, filters), render) : render.get();
    }

    /** A filter form's key: the language and the filters it shows chosen. */
    private record FormKey(String language, BoardResource.Filters filters) {
    }

    /** A person's name, for a filter that names them (null: no such person). */
    String personName(long personId, Supplier<String> load) {
        return get(new NameKey(personId), load);
    }

    private record NameKey(long personId) {
    }

    /** The latest announced round's winners, named in {@code language} (the board's winners strip). */
    java.util.List<app.bravo.awards.voting.HallOfFame.Entry> winners(String language, java.time.ZoneId zone) {
        return get("winners:" + language, () -> app.bravo.awards.voting.HallOfFame.latest(language, zone));
    }

    /** Forgets everything (tests measure the cost of a page read afresh). */
    public void clear() {
        kept.clear();
    }

    private <T> T get(Object key, Supplier<T> load) {
        Duration ttl = config.board().sharedPageTtl();
        if (ttl.isZero() || ttl.isNegative()) {
            return load.get();
        }
        return kept.get(key, ttl.toNanos(), load);
    }
}
