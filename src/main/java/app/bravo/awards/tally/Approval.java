package app.bravo.awards.tally;

import java.util.List;

/**
 * Approval: every candidate a ballot names gets one approval from it (a repeated key counts once). Winning places
 * as in {@link Tally}. The limit of k choices is the voting service's check ({@link Ballot#problems}), not the
 * count's.
 */
public final class Approval {

    private Approval() {
    }

    public static TallyResult count(int seats, List<String> candidates, List<Ballot> ballots) {
        BallotGroups groups = BallotGroups.of(seats, candidates, ballots);
        long[] approvals = new long[groups.candidateCount()];
        for (int g = 0; g < groups.rankings.length; g++) {
            for (int candidate : groups.rankings[g]) {
                approvals[candidate] += groups.weights[g];
            }
        }
        return WinningPlaces.result(VotingMethod.APPROVAL, seats, groups, approvals);
    }
}
