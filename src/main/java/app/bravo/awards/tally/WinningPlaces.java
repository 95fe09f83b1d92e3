package app.bravo.awards.tally;

import java.util.ArrayList;
import java.util.List;

/**
 * The one-round result shared by plurality, approval and Borda: the {@code seats} highest scores win; candidates
 * sharing the score of the last winning place are all winners if they fit in the seats, otherwise the count is
 * tied between them and only the candidates above them are winners.
 */
final class WinningPlaces {

    private WinningPlaces() {
    }

    static TallyResult result(VotingMethod method, int seats, BallotGroups groups, long[] scores) {
        int[] ranked = BallotGroups.byScore(scores, BallotGroups.all(groups.candidateCount()));
        List<String> winners = new ArrayList<>();
        List<String> tied = new ArrayList<>();
        if (ranked.length <= seats) {
            winners.addAll(groups.keys(ranked));
        } else {
            long lastPlace = scores[ranked[seats - 1]];
            List<String> sharingLastPlace = new ArrayList<>();
            for (int candidate : ranked) {
                if (scores[candidate] > lastPlace) {
                    winners.add(groups.key(candidate));
                } else if (scores[candidate] == lastPlace) {
                    sharingLastPlace.add(groups.key(candidate));
                }
            }
            if (winners.size() + sharingLastPlace.size() <= seats) {
                winners.addAll(sharingLastPlace);
            } else {
                tied.addAll(sharingLastPlace);
            }
        }
        TallyRound round = new TallyRound(1, groups.counts(scores, ranked), List.of(), winners);
        return new TallyResult(method, seats, List.of(round), winners, !tied.isEmpty(), tied, List.of());
    }
}
