package app.bravo.awards.tally;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Instant-runoff voting; for several seats, sequential instant-runoff.
 *
 * <p>Each round, every ballot counts for its highest-ranked candidate still in the count; a ballot with none left is
 * exhausted and counts for nobody from then on. A candidate with more than half of the round's continuing ballots
 * (the ballots not exhausted) is elected. Otherwise the candidate with the fewest votes is eliminated. When several
 * share the fewest: if all of them have 0 votes they are eliminated together (they have no ballots to pass on,
 * so the order cannot matter); otherwise the rounds of this seat's count are searched from the most recent back,
 * and in the most recent round where their votes differ only those with the fewest stay in the tie, repeating
 * further back until one is left, who is eliminated. If more than one is left (their votes never differed), the
 * count stops {@linkplain TallyResult#tied() tied} between them, with one {@link TieBranch} per candidate that
 * could be eliminated, each carrying the count continued from there. A count in which nobody has any vote stops
 * tied between all candidates still in it, with no branches. When one candidate is left, it is elected.
 *
 * <p>Several seats: after a candidate is elected, the count starts again from the first preferences with every
 * candidate not yet elected (eliminated ones come back), the elected ones removed from every ballot, until the
 * seats are filled or no candidate is left. Round numbers run on across these counts; the search for an earlier
 * round that breaks a tie stays within the current seat's count.
 *
 * <p>Branches are worked out for at most {@value #MAX_BRANCHES} continuations in all; a tie found when they are used
 * up is reported with its candidates and no branches.
 */
public final class InstantRunoff {

    /** Bounds the work of ties inside ties (every candidate with exactly equal votes at every step). */
    static final int MAX_BRANCHES = 100;

    private final BallotGroups groups;
    private final int seats;
    private int branchesLeft = MAX_BRANCHES;

    private InstantRunoff(BallotGroups groups, int seats) {
        this.groups = groups;
        this.seats = seats;
    }

    public static TallyResult count(int seats, List<String> candidates, List<Ballot> ballots) {
        BallotGroups groups = BallotGroups.of(seats, candidates, ballots);
        return new InstantRunoff(groups, seats).proceed(new Progress(groups.candidateCount()));
    }

    /** Where a count stands; copied for each branch of a tie. */
    private static final class Progress {
        final List<TallyRound> rounds;
        final List<String> winners;
        /** Elected, or eliminated in the current seat's count. */
        final boolean[] out;
        final boolean[] elected;
        /** The counts of the current seat's rounds so far, oldest first. */
        final List<long[]> seatRounds;

        Progress(int candidates) {
            this(new ArrayList<>(), new ArrayList<>(), new boolean[candidates], new boolean[candidates],
                    new ArrayList<>());
        }

        private Progress(List<TallyRound> rounds, List<String> winners, boolean[] out, boolean[] elected,
                List<long[]> seatRounds) {
            this.rounds = rounds;
            this.winners = winners;
            this.out = out;
            this.elected = elected;
            this.seatRounds = seatRounds;
        }

        Progress copy() {
            return new Progress(new ArrayList<>(rounds), new ArrayList<>(winners), out.clone(), elected.clone(),
                    new ArrayList<>(seatRounds));
        }

        int[] continuing() {
            return IntStream.range(0, out.length).filter(c -> !out[c]).toArray();
        }

        void eliminate(int[] candidates, long[] votes) {
            for (int candidate : candidates) {
                out[candidate] = true;
            }
            seatRounds.add(votes);
        }

        /** Elects a candidate and starts the next seat's count with everyone not elected. */
        void elect(int candidate, String key) {
            winners.add(key);
            elected[candidate] = true;
            System.arraycopy(elected, 0, out, 0, out.length);
            seatRounds.clear();
        }
    }

    private TallyResult proceed(Progress progress) {
        while (progress.winners.size() < seats) {
            int[] continuing = progress.continuing();
            if (continuing.length == 0) {
                break;
            }
            long[] votes = firstPreferences(progress.out);
            long total = IntStream.of(continuing).mapToLong(c -> votes[c]).sum();
            int number = progress.rounds.size() + 1;
            int leader = BallotGroups.byScore(votes, continuing)[0];
            if (continuing.length == 1 || 2 * votes[leader] > total) {
                progress.rounds.add(round(number, votes, continuing, new int[0], new int[] { leader }));
                progress.elect(leader, groups.key(leader));
            } else if (total == 0) {
                progress.rounds.add(round(number, votes, continuing, new int[0], new int[0]));
                return tied(progress, continuing, List.of());
            } else {
                int[] fewest = fewest(votes, continuing);
                int[] eliminated = votes[fewest[0]] == 0 ? fewest : breakTie(fewest, progress.seatRounds);
                if (eliminated.length > 1 && votes[fewest[0]] > 0) {
                    return tiedElimination(progress, number, votes, continuing, eliminated);
                }
                progress.rounds.add(round(number, votes, continuing, eliminated, new int[0]));
                progress.eliminate(eliminated, votes);
            }
        }
        return new TallyResult(VotingMethod.INSTANT_RUNOFF, seats, progress.rounds, progress.winners, false,
                List.of(), List.of());
    }

    /** The count stops at an elimination tie; each branch eliminates one of the tied and counts on. */
    private TallyResult tiedElimination(Progress progress, int number, long[] votes, int[] continuing, int[] tied) {
        List<TieBranch> branches = new ArrayList<>();
        if (branchesLeft >= tied.length) {
            branchesLeft -= tied.length;
            for (int candidate : tied) {
                Progress branch = progress.copy();
                branch.rounds.add(round(number, votes, continuing, new int[] { candidate }, new int[0]));
                branch.eliminate(new int[] { candidate }, votes);
                branches.add(new TieBranch(groups.key(candidate), proceed(branch)));
            }
        }
        progress.rounds.add(round(number, votes, continuing, new int[0], new int[0]));
        return tied(progress, tied, branches);
    }

    private TallyResult tied(Progress progress, int[] tied, List<TieBranch> branches) {
        return new TallyResult(VotingMethod.INSTANT_RUNOFF, seats, progress.rounds, progress.winners, true,
                groups.keys(tied), branches);
    }

    /** Votes per candidate: each ballot for its highest-ranked candidate still in the count. */
    private long[] firstPreferences(boolean[] out) {
        long[] votes = new long[groups.candidateCount()];
        for (int g = 0; g < groups.rankings.length; g++) {
            for (int candidate : groups.rankings[g]) {
                if (!out[candidate]) {
                    votes[candidate] += groups.weights[g];
                    break;
                }
            }
        }
        return votes;
    }

    /** The candidates among {@code among} with the fewest votes in {@code votes}, in candidate-list order. */
    private static int[] fewest(long[] votes, int[] among) {
        long least = IntStream.of(among).mapToLong(c -> votes[c]).min().orElseThrow();
        return IntStream.of(among).filter(c -> votes[c] == least).toArray();
    }

    /**
     * Narrows a tie for fewest votes by the earlier rounds of this seat's count, most recent first: in each round
     * where the tied candidates' votes differ, only those with the fewest stay. One left: eliminate it; several
     * left: they never differed.
     */
    private static int[] breakTie(int[] tied, List<long[]> earlierRounds) {
        int[] left = tied;
        for (int r = earlierRounds.size() - 1; r >= 0 && left.length > 1; r--) {
            left = fewest(earlierRounds.get(r), left);
        }
        return left;
    }

    private TallyRound round(int number, long[] votes, int[] continuing, int[] eliminated, int[] elected) {
        return new TallyRound(number, groups.counts(votes, continuing), groups.keys(sorted(eliminated)),
                groups.keys(elected));
    }

    private static int[] sorted(int[] candidates) {
        int[] copy = candidates.clone();
        Arrays.sort(copy);
        return copy;
    }
}
