package app.bravo.awards.tally;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The outcome of a count.
 *
 * @param method          how it was counted
 * @param seats           how many winners were wanted
 * @param rounds          every round, in order (one for plurality, approval and Borda)
 * @param winners         the winners the count decided: for instant-runoff in the order elected, otherwise most
 *                        votes first; fewer than {@code seats} when tied, or when there were fewer candidates
 * @param tied            whether a tie stopped the count: HR resolves it (shared award or run-off) before announcing
 * @param tiedCandidates  who is tied: for a winning place the candidates sharing the last place(s) not in
 *                        {@code winners}; for an instant-runoff elimination the candidates one of whom must go
 * @param waysToContinue  for an instant-runoff elimination tie, one branch per candidate that could be eliminated;
 *                        empty for a tie for a winning place
 */
public record TallyResult(VotingMethod method, int seats, List<TallyRound> rounds, List<String> winners, boolean tied,
        List<String> tiedCandidates, List<TieBranch> waysToContinue) {

    public TallyResult {
        rounds = List.copyOf(rounds);
        winners = List.copyOf(winners);
        tiedCandidates = List.copyOf(tiedCandidates);
        waysToContinue = List.copyOf(waysToContinue);
    }

    /**
     * The winners if every way of resolving the tie leads to the same ones (an instant-runoff elimination tie
     * that does not matter), or the winners of an untied count; empty when HR's choice changes who wins. A
     * tie is still a tie: the caller shows that it happened.
     */
    public Optional<List<String>> winnersWhicheverWay() {
        if (!tied) {
            return Optional.of(winners);
        }
        if (waysToContinue.isEmpty()) {
            return Optional.empty();
        }
        List<String> agreed = null;
        for (TieBranch branch : waysToContinue) {
            Optional<List<String>> these = branch.continuation().winnersWhicheverWay();
            if (these.isEmpty() || agreed != null && !new HashSet<>(these.get()).equals(new HashSet<>(agreed))) {
                return Optional.empty();
            }
            if (agreed == null) {
                agreed = these.get();
            }
        }
        return Optional.of(agreed);
    }

    /**
     * Who wins however the tie is resolved: the winners of an untied count; for a tie, those every way of
     * continuing elects (the count's decided winners when the tie is for a winning place).
     */
    public Set<String> settledWinners() {
        if (!tied || waysToContinue.isEmpty()) {
            return new LinkedHashSet<>(winners);
        }
        Set<String> settled = null;
        for (TieBranch branch : waysToContinue) {
            Set<String> these = branch.continuation().settledWinners();
            if (settled == null) {
                settled = these;
            } else {
                settled.retainAll(these);
            }
        }
        return settled;
    }

    /**
     * The candidates a run-off decides between: those who win in some way of resolving the tie but not in every
     * way (the count's winners first, then the tied). Empty when the tie changes no winner.
     */
    public List<String> runoffCandidates() {
        Set<String> possible = possibleWinners();
        possible.removeAll(settledWinners());
        return List.copyOf(possible);
    }

    /** The places a run-off fills: the seats less those every way of resolving the tie fills alike. */
    public int runoffSeats() {
        return runoffCandidates().isEmpty() ? 0 : seats - settledWinners().size();
    }

    private Set<String> possibleWinners() {
        Set<String> possible = new LinkedHashSet<>(winners);
        if (tied && waysToContinue.isEmpty()) {
            possible.addAll(tiedCandidates);
        }
        for (TieBranch branch : waysToContinue) {
            possible.addAll(branch.continuation().possibleWinners());
        }
        return possible;
    }
}
