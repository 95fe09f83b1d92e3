package app.bravo.awards.tally;

import java.util.List;

/**
 * Plurality: a ballot naming exactly one candidate gives that candidate one vote; a ballot naming none or several
 * (after dropping unknown and repeated keys) counts for nobody. Winning places as in {@link Tally}.
 */
public final class Plurality {

    private Plurality() {
    }

    public static TallyResult count(int seats, List<String> candidates, List<Ballot> ballots) {
        BallotGroups groups = BallotGroups.of(seats, candidates, ballots);
        long[] votes = new long[groups.candidateCount()];
        for (int g = 0; g < groups.rankings.length; g++) {
            if (groups.rankings[g].length == 1) {
                votes[groups.rankings[g][0]] += groups.weights[g];
            }
        }
        return WinningPlaces.result(VotingMethod.PLURALITY, seats, groups, votes);
    }
}
