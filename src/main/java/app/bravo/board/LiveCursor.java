package app.bravo.board;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the live feed has read up to. Each poll reads posts published after {@link #readFrom()}, a little
 * behind the newest one seen, because transactions commit out of timestamp order; posts read again are
 * dropped, so each goes out once. Not thread-safe: one poller uses it.
 */
final class LiveCursor {

    /** A post as the poll reads it. */
    record Row(long id, Instant publishedAt) {
    }

    private final Duration behind;
    private Instant newest;
    /** Ids sent, with their publication time, kept while a poll can still read them again. */
    private final Map<Long, Instant> sent = new HashMap<>();

    LiveCursor(Instant start, Duration behind) {
        this.newest = start;
        this.behind = behind;
    }

    Instant readFrom() {
        return newest.minus(behind);
    }

    /** The ids among these rows not sent before, in the rows' order; moves the cursor on. */
    List<Long> fresh(List<Row> rows) {
        List<Long> fresh = new ArrayList<>();
        for (Row row : rows) {
            if (sent.putIfAbsent(row.id(), row.publishedAt()) == null) {
                fresh.add(row.id());
            }
            if (row.publishedAt().isAfter(newest)) {
                newest = row.publishedAt();
            }
        }
        Instant from = readFrom();
        sent.values().removeIf(at -> !at.isAfter(from));
        return fresh;
    }

    int remembered() {
        return sent.size();
    }
}
