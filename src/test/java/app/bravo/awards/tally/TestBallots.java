package app.bravo.awards.tally;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Builds ballot lists for the tally tests: {@code new TestBallots().add(42, "M", "N").list()}. */
final class TestBallots {

    private final List<Ballot> ballots = new ArrayList<>();

    TestBallots add(int times, String... choices) {
        for (int i = 0; i < times; i++) {
            ballots.add(Ballot.of(choices));
        }
        return this;
    }

    List<Ballot> list() {
        return List.copyOf(ballots);
    }

    /** Random ranked ballots (possibly truncated) over the given candidates, the same for the same seed. */
    static List<Ballot> random(long seed, int count, List<String> candidates) {
        Random random = new Random(seed);
        List<Ballot> ballots = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            List<String> order = new ArrayList<>(candidates);
            Collections.shuffle(order, random);
            ballots.add(new Ballot(order.subList(0, 1 + random.nextInt(order.size()))));
        }
        return ballots;
    }

    static Map<String, Long> counts(Object... keysAndCounts) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < keysAndCounts.length; i += 2) {
            counts.put((String) keysAndCounts[i], ((Number) keysAndCounts[i + 1]).longValue());
        }
        return counts;
    }
}
