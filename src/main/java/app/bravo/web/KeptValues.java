package app.bravo.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Values kept per instance while a generation stays the same and for a time (the board's page parts, the
 * pulse, the insights), each loaded by one reader however many ask at
 * once. After a change (the generation moved) readers wait for that one load: nobody gets a value older than a
 * change. When a value has only grown old, one reader loads it again and the others keep reading the last copy
 * meanwhile, so the moment it expires does not send every reader to the database at once.
 */
public final class KeptValues {

    private record Entry(Object value, long generation, long loadedAtNanos) {
    }

    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();
    private final Map<Object, ReentrantLock> loading = new ConcurrentHashMap<>();
    private final int maxEntries;
    private final LongSupplier generations;
    private final LongSupplier nanoClock;

    public KeptValues(int maxEntries, LongSupplier generations, LongSupplier nanoClock) {
        this.maxEntries = maxEntries;
        this.generations = generations;
        this.nanoClock = nanoClock;
    }

    @SuppressWarnings("unchecked")
    public <T> T get(Object key, long ttlNanos, Supplier<T> load) {
        long arrived = generations.getAsLong();
        Entry entry = entries.get(key);
        if (fresh(entry, arrived, ttlNanos)) {
            return (T) entry.value;
        }
        ReentrantLock lock = loading.computeIfAbsent(key, k -> new ReentrantLock());
        if (entry != null && entry.generation == arrived) {
            if (!lock.tryLock()) {
                return (T) entry.value; // only old, and another reader is loading it again
            }
        } else {
            lock.lock();
        }
        try {
            entry = entries.get(key);
            // Loaded by the reader this one waited for, from a state no older than this one found on arrival:
            // taken even if more changes came meanwhile, so a steady stream of changes does not make every
            // waiting reader load in turn.
            if (entry != null && entry.generation >= arrived && young(entry, ttlNanos)) {
                return (T) entry.value;
            }
            long generation = generations.getAsLong();
            long startedAt = nanoClock.getAsLong();
            T value = load.get();
            if (entries.size() >= maxEntries) {
                entries.clear();
                loading.clear();
            }
            // Kept under the generation it was read at: a reader who finds a later one loads again.
            entries.put(key, new Entry(value, generation, startedAt));
            return value;
        } finally {
            lock.unlock();
        }
    }

    public void clear() {
        entries.clear();
    }

    private boolean fresh(Entry entry, long generation, long ttlNanos) {
        return entry != null && entry.generation == generation && young(entry, ttlNanos);
    }

    private boolean young(Entry entry, long ttlNanos) {
        return nanoClock.getAsLong() - entry.loadedAtNanos < ttlNanos;
    }
}
