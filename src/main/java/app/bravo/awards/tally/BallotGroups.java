package app.bravo.awards.tally;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The ballots of one count, reduced to what counting needs: candidates as indexes into the candidate list, each
 * ballot's choices without unknown keys (a nominee withdrawn after voting) and without repeats (the first place
 * counts), and identical ballots grouped with a weight. Counting then costs per distinct ballot, not per ballot,
 * and no longer depends on the order the ballots came in.
 */
final class BallotGroups {

    private static final int BITS_PER_PLACE = 4;
    private static final int MAX_PACKED_CANDIDATES = (1 << BITS_PER_PLACE) - 1;

    final List<String> candidates;
    /** The distinct reduced ballots; {@code rankings[g]} holds candidate indexes, first choice first. */
    final int[][] rankings;
    /** How many ballots read {@code rankings[g]}. */
    final long[] weights;

    private BallotGroups(List<String> candidates, int[][] rankings, long[] weights) {
        this.candidates = candidates;
        this.rankings = rankings;
        this.weights = weights;
    }

    static BallotGroups of(int seats, List<String> candidates, List<Ballot> ballots) {
        Objects.requireNonNull(candidates, "candidates");
        Objects.requireNonNull(ballots, "ballots");
        if (seats < 1) {
            throw new IllegalArgumentException("seats must be at least 1, not " + seats);
        }
        Map<String, Integer> index = new HashMap<>();
        for (String candidate : candidates) {
            if (candidate == null || index.put(candidate, index.size()) != null) {
                throw new IllegalArgumentException("candidates must be distinct and not null: " + candidates);
            }
        }
        Reducer reducer = new Reducer(index);
        return candidates.size() <= MAX_PACKED_CANDIDATES ? groupPacked(candidates, ballots, reducer)
                : groupHashed(candidates, ballots, reducer);
    }

    /**
     * Up to 15 candidates a reduced ballot fits in a long, 4 bits per place (candidate index + 1, so no place is
     * 0 and the length needs no field): sorting the longs groups the ballots with little garbage.
     */
    private static BallotGroups groupPacked(List<String> candidates, List<Ballot> ballots, Reducer reducer) {
        long[] packed = new long[ballots.size()];
        int[] ranking = new int[candidates.size()];
        int b = 0;
        for (Ballot ballot : ballots) {
            int length = reducer.reduce(ballot, ranking);
            long code = 0;
            for (int place = 0; place < length; place++) {
                code = code << BITS_PER_PLACE | (ranking[place] + 1);
            }
            packed[b++] = code;
        }
        Arrays.sort(packed);
        int distinct = 0;
        for (int i = 0; i < packed.length; i++) {
            if (i == 0 || packed[i] != packed[i - 1]) {
                distinct++;
            }
        }
        int[][] rankings = new int[distinct][];
        long[] weights = new long[distinct];
        int g = -1;
        for (int i = 0; i < packed.length; i++) {
            if (i == 0 || packed[i] != packed[i - 1]) {
                rankings[++g] = unpack(packed[i]);
            }
            weights[g]++;
        }
        return new BallotGroups(List.copyOf(candidates), rankings, weights);
    }

    private static int[] unpack(long code) {
        int length = (Long.SIZE - Long.numberOfLeadingZeros(code) + BITS_PER_PLACE - 1) / BITS_PER_PLACE;
        int[] ranking = new int[length];
        for (int place = length - 1; place >= 0; place--) {
            ranking[place] = (int) (code & ((1 << BITS_PER_PLACE) - 1)) - 1;
            code >>>= BITS_PER_PLACE;
        }
        return ranking;
    }

    private static BallotGroups groupHashed(List<String> candidates, List<Ballot> ballots, Reducer reducer) {
        Map<Ranking, long[]> groups = new HashMap<>();
        int[] ranking = new int[candidates.size()];
        for (Ballot ballot : ballots) {
            int length = reducer.reduce(ballot, ranking);
            groups.computeIfAbsent(new Ranking(Arrays.copyOf(ranking, length)), key -> new long[1])[0]++;
        }
        int[][] rankings = new int[groups.size()][];
        long[] weights = new long[groups.size()];
        int g = 0;
        for (Map.Entry<Ranking, long[]> group : groups.entrySet()) {
            rankings[g] = group.getKey().choices;
            weights[g] = group.getValue()[0];
            g++;
        }
        return new BallotGroups(List.copyOf(candidates), rankings, weights);
    }

    /** Turns a ballot into candidate indexes, skipping unknown keys and repeats. */
    private static final class Reducer {
        private final Map<String, Integer> index;
        /** {@code seenIn[c] == ballotNumber} when candidate c is already on the current ballot. */
        private final int[] seenIn;
        private int ballotNumber;

        Reducer(Map<String, Integer> index) {
            this.index = index;
            this.seenIn = new int[index.size()];
        }

        /** Writes the ballot's candidate indexes into {@code ranking} and returns how many there are. */
        int reduce(Ballot ballot, int[] ranking) {
            ballotNumber++;
            int length = 0;
            for (String choice : ballot.choices()) {
                Integer candidate = choice == null ? null : index.get(choice);
                if (candidate != null && seenIn[candidate] != ballotNumber) {
                    seenIn[candidate] = ballotNumber;
                    ranking[length++] = candidate;
                }
            }
            return length;
        }
    }

    int candidateCount() {
        return candidates.size();
    }

    String key(int candidate) {
        return candidates.get(candidate);
    }

    List<String> keys(int[] candidateIndexes) {
        return IntStream.of(candidateIndexes).mapToObj(candidates::get).toList();
    }

    /**
     * The given candidates ordered for showing: most first, equal scores in candidate-list order.
     */
    static int[] byScore(long[] scores, int[] candidateIndexes) {
        return IntStream.of(candidateIndexes).boxed()
                .sorted(Comparator.<Integer>comparingLong(c -> -scores[c]).thenComparingInt(c -> c))
                .mapToInt(Integer::intValue).toArray();
    }

    /** The scores of the given candidates as a round shows them (see {@link TallyRound#counts()}). */
    Map<String, Long> counts(long[] scores, int[] candidateIndexes) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int candidate : byScore(scores, candidateIndexes)) {
            counts.put(key(candidate), scores[candidate]);
        }
        return counts;
    }

    static int[] all(int count) {
        return IntStream.range(0, count).toArray();
    }

    /** A reduced ballot as a map key. */
    private static final class Ranking {
        final int[] choices;
        private final int hash;

        Ranking(int[] choices) {
            this.choices = choices;
            this.hash = Arrays.hashCode(choices);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Ranking ranking && Arrays.equals(choices, ranking.choices);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
