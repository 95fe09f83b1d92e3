package app.bravo.people;

import java.time.Duration;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * The size of the directory for pages that show it on every view (the unfiltered people list).
 * Counting 100,000 rows per view would cost more than the rest of the page, so each instance counts at most
 * once a minute; a figure a minute old is fine for "1,234 people". Searches count their matches themselves.
 */
@ApplicationScoped
public class DirectoryCounts {

    static final Duration MAX_AGE = Duration.ofMinutes(1);

    private final Cached activePeople = new Cached(() -> Person.count("active", true));
    private final Cached people = new Cached(Person::count);

    @ActivateRequestContext
    public long activePeople() {
        return activePeople.get();
    }

    @ActivateRequestContext
    public long people() {
        return people.get();
    }

    /** Fired by whatever adds, moves or deactivates people or teams. */
    public record Changed() {
    }

    /** Counts again on the next question after a committed change: it shows at once on this instance. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        activePeople.forget();
        people.forget();
    }

    /** One figure and when it was counted; racing requests may both count, which is harmless. */
    private static final class Cached {
        private final LongSupplier counter;
        private volatile long value;
        private volatile long countedAt = Long.MIN_VALUE;

        Cached(LongSupplier counter) {
            this.counter = counter;
        }

        long get() {
            long now = System.nanoTime();
            if (countedAt == Long.MIN_VALUE || now - countedAt > MAX_AGE.toNanos()) {
                value = counter.getAsLong();
                countedAt = now;
            }
            return value;
        }

        void forget() {
            countedAt = Long.MIN_VALUE;
        }
    }
}
