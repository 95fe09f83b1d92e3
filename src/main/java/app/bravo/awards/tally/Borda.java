package app.bravo.awards.tally;

import java.util.List;

/**
 * Borda count over n candidates: a ballot's first choice gets n-1 points, its second n-2, and so on down to 0.
 * A truncated ballot gives its ranked candidates the same points as a full one would (first n-1, second n-2, ...)
 * and every candidate it does not rank 0. Most points win; winning places as in {@link Tally}.
 */
public final class Borda {

    private Borda() {
    }

    public static TallyResult count(int seats, List<String> candidates, List<Ballot> ballots) {
        BallotGroups groups = BallotGroups.of(seats, candidates, ballots);
        int n = groups.candidateCount();
        long[] points = new long[n];
        for (int g = 0; g < groups.rankings.length; g++) {
            int[] ranking = groups.rankings[g];
            for (int place = 0; place < ranking.length; place++) {
                points[ranking[place]] += (n - 1L - place) * groups.weights[g];
            }
        }
        return WinningPlaces.result(VotingMethod.BORDA, seats, groups, points);
    }
}
