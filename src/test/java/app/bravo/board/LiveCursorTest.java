package app.bravo.board;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The live feed's cursor: reads behind, sends each post once, forgets what it can no longer read. */
class LiveCursorTest {

    static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

    static LiveCursor.Row row(long id, int second) {
        return new LiveCursor.Row(id, T.plusSeconds(second));
    }

    @Test
    void postsReadAgainBehindTheCursorGoOutOnce() {
        LiveCursor cursor = new LiveCursor(T, Duration.ofSeconds(5));
        assertEquals(T.minusSeconds(5), cursor.readFrom());
        assertEquals(List.of(1L, 2L), cursor.fresh(List.of(row(1, 1), row(2, 3))));
        assertEquals(T.minusSeconds(2), cursor.readFrom(), "five seconds behind the newest");
        // The next poll reads 1 and 2 again, and 3, which committed late with an earlier timestamp.
        assertEquals(List.of(3L), cursor.fresh(List.of(row(1, 1), row(3, 2), row(2, 3))));
        assertEquals(List.of(4L), cursor.fresh(List.of(row(1, 1), row(3, 2), row(2, 3), row(4, 10))));
        assertEquals(List.of(), cursor.fresh(List.of(row(4, 10))));
        assertEquals(1, cursor.remembered(), "posts the poll can no longer read are forgotten");
    }
}
