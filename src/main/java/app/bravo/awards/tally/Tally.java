package app.bravo.awards.tally;

import java.util.List;

/**
 * Counts a category's ballots. Pure and deterministic: the same candidates and ballots give the same result in
 * whatever order the ballots come. Every candidate appears in the first round, with 0 if nobody chose it.
 * Choices that are not candidates (a nominee withdrawn after voting) are skipped, and a repeated choice counts
 * only at its first place.
 *
 * <ul>
 * <li><b>Plurality</b>: a ballot with exactly one choice gives it one vote; the most votes win.</li>
 * <li><b>Approval</b>: a ballot gives one vote to each candidate it names; the most votes win.</li>
 * <li><b>Borda</b>: with n candidates, a ballot gives its 1st choice n-1 points, its 2nd n-2, and so on; candidates
 * it does not rank get 0. The most points win.</li>
 * <li><b>Instant-runoff</b>: each round, every ballot counts for its highest-ranked candidate still in the count;
 * ballots with none left are exhausted. A candidate with more than half of the round's non-exhausted ballots is
 * elected, or the last candidate left; otherwise the candidate with the fewest votes is eliminated and the next
 * round begins. Several seats: sequential instant-runoff, i.e. once a candidate is elected the count starts again
 * without them, with every other candidate back in, until the seats are filled.</li>
 * </ul>
 *
 * <p>Ties, never decided silently:
 * <ul>
 * <li>Plurality, approval, Borda: if the candidates with the score of the last winning place do not all fit in the
 * seats, the result is <i>tied</i>: {@code tiedCandidates} names them and {@code winners} holds only the
 * candidates above them. HR resolves it (shared award or run-off).</li>
 * <li>Instant-runoff: when several candidates share the fewest votes, the one with fewer votes in the most recent
 * earlier round (of the same seat's count) where they differ is eliminated; of three or more, those with the
 * fewest in that round stay tied and the search goes on further back. If they never differed, the result is
 * <i>tied</i> between them, with one way to continue per candidate that could be eliminated. Candidates who all
 * have 0 votes are eliminated together: they have no ballots to pass on, so the order cannot change anything.
 * If no ballot counts at all, the result is tied between all candidates still in the count.</li>
 * </ul>
 *
 * <p>Rounds list counts most first, equal counts in the order of the candidate list given.
 */
public final class Tally {

    private Tally() {
    }

    /**
     * @param seats      how many winners the category has (at least 1)
     * @param candidates the finalists' keys, distinct; their order orders equal counts when shown
     * @param ballots    the ballots as cast (see {@link Ballot#problems} for what a valid ballot is)
     */
    public static TallyResult count(VotingMethod method, int seats, List<String> candidates, List<Ballot> ballots) {
        return switch (method) {
            case PLURALITY -> Plurality.count(seats, candidates, ballots);
            case APPROVAL -> Approval.count(seats, candidates, ballots);
            case INSTANT_RUNOFF -> InstantRunoff.count(seats, candidates, ballots);
            case BORDA -> Borda.count(seats, candidates, ballots);
        };
    }
}
