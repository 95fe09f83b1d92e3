package app.bravo.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import io.quarkus.qute.TemplateData;

/**
 * One page of a list read by keyset ("the next 20 after this row"), never by OFFSET, so the thousandth page
 * costs what the first does. A query fetches one row more than it shows to learn whether more follow; the
 * cursors are the ids of the rows at either edge, for {@code ?after=} and {@code ?before=} links (read them
 * with {@link Forms#parseId}).
 */
@TemplateData
public record Slice<T>(List<T> items, String next, String previous) {

    /** Which way a page is read from its cursor. */
    public enum Direction {
        /** The first page, or the rows after a cursor, in list order. */
        FORWARD,
        /** The rows before a cursor, fetched in reverse list order. */
        BACKWARD
    }

    /**
     * A page from {@code fetched}: up to {@code size + 1} rows read in {@code direction} from a cursor (or from
     * the start when {@code fromCursor} is false).
     */
    public static <T> Slice<T> of(List<T> fetched, int size, Direction direction, boolean fromCursor,
            Function<T, Object> cursorOf) {
        boolean more = fetched.size() > size;
        List<T> items = new ArrayList<>(fetched.subList(0, Math.min(size, fetched.size())));
        if (direction == Direction.BACKWARD) {
            Collections.reverse(items);
        }
        if (items.isEmpty()) {
            return new Slice<>(List.of(), null, null);
        }
        String first = String.valueOf(cursorOf.apply(items.get(0)));
        String last = String.valueOf(cursorOf.apply(items.get(items.size() - 1)));
        return direction == Direction.FORWARD
                ? new Slice<>(List.copyOf(items), more ? last : null, fromCursor ? first : null)
                : new Slice<>(List.copyOf(items), last, more ? first : null);
    }

    public boolean hasNext() {
        return next != null;
    }

    public boolean hasPrevious() {
        return previous != null;
    }
}
