package app.bravo.insights;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import app.bravo.board.BoardChanges;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * Reports read from the board's tables, kept per instance for {@link #TTL}: a year of recognitions is tens of
 * thousands of rows to count, and HR reading and downloading the same report again should not count them again.
 * As in the board's cache, an entry is used only while no write to those tables went through this instance
 * since it was read ({@link BoardChanges}), so a change made here shows at once; one made through another
 * instance shows when the entry expires. Bounded: past {@link #MAX_ENTRIES} reports it starts again.
 */
@ApplicationScoped
public class InsightsCache {

    static final Duration TTL = Duration.ofSeconds(60);
    static final int MAX_ENTRIES = 200;

    private record Entry(Object value, long generation, Object stamp, long loadedAtNanos) {
    }

    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();

    @Inject
    @PersistenceUnitExtension // BoardChanges is Hibernate's statement inspector, found by this qualifier
    BoardChanges changes;

    <T> T get(Object key, Supplier<T> load) {
        return get(key, null, load);
    }

    /**
     * As {@link #get(Object, Supplier)}, for a report that also reads tables the board does not watch: the entry
     * holds only while {@code stamp} (read from those tables, e.g. their row counts) is still the same.
     */
    @SuppressWarnings("unchecked")
    <T> T get(Object key, Object stamp, Supplier<T> load) {
        long generation = changes.generation();
        Entry entry = entries.get(key);
        if (entry != null && entry.generation == generation && java.util.Objects.equals(entry.stamp, stamp)
                && System.nanoTime() - entry.loadedAtNanos < TTL.toNanos()) {
            return (T) entry.value;
        }
        long startedAt = System.nanoTime();
        T value = load.get();
        // Kept only if nothing changed while it was read, so it is never older than a change seen here.
        if (changes.generation() == generation) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(key, new Entry(value, generation, stamp, startedAt));
        }
        return value;
    }
}
