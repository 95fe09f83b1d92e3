package app.bravo.awards.tally;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One round of a count.
 *
 * @param number     1, 2, ... across the whole count (a multi-seat instant-runoff keeps numbering)
 * @param counts     votes (approvals, or Borda points) per candidate still in the count, most first, equal counts
 *                   in the order of the candidate list given to {@link Tally#count}; a candidate with none shows 0
 * @param eliminated who leaves the count after this round (instant-runoff only), in candidate-list order
 * @param elected    who is elected in this round
 */
public record TallyRound(int number, Map<String, Long> counts, List<String> eliminated, List<String> elected) {

    public TallyRound {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        eliminated = List.copyOf(eliminated);
        elected = List.copyOf(elected);
    }

    /** The sum of the counts: for instant-runoff the continuing (not exhausted) ballots of this round. */
    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
