package app.bravo.insights;

import java.time.Duration;
import java.util.Arrays;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import app.bravo.board.BoardChanges;
import app.bravo.web.KeptValues;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * Reports read from the board's tables, kept per instance for {@link #TTL}: a year of recognitions is tens of
 * thousands of rows to count, and HR reading and downloading the same report again should not count them again.
 * As in the board's cache, an entry is used only while no write to those tables went through this instance
 * since it was read ({@link BoardChanges}), so a change made here shows at once; one made through another
 * instance shows when the entry expires (one reader loads a report at a time: {@link KeptValues}). Bounded: past {@link #MAX_ENTRIES} reports it starts again.
 */
@ApplicationScoped
public class InsightsCache {

    static final Duration TTL = Duration.ofSeconds(60);
    static final int MAX_ENTRIES = 200;

    @Inject
    @PersistenceUnitExtension // BoardChanges is Hibernate's statement inspector, found by this qualifier
    BoardChanges changes;

    private final KeptValues kept = new KeptValues(MAX_ENTRIES, () -> this.changes.generation(), System::nanoTime);

    <T> T get(Object key, Supplier<T> load) {
        return kept.get(key, TTL.toNanos(), load);
    }

    /**
     * As {@link #get(Object, Supplier)}, for a report that also reads tables the board does not watch: the entry
     * holds only while {@code stamp} (read from those tables, e.g. their row counts) is still the same.
     */
    <T> T get(Object key, Object stamp, Supplier<T> load) {
        return kept.get(Arrays.asList(key, stamp), TTL.toNanos(), load);
    }
}
