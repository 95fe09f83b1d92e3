package app.bravo.awards.tally;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One voter's choices, as candidate keys (opaque strings such as {@code person:12} or {@code team:3}); nothing
 * about the voter. For plurality exactly one choice; for approval up to k, in no meaningful order; for
 * instant-runoff and Borda in order of preference, first choice first, possibly not ranking every candidate.
 * The list is copied as given (nulls included) so that {@link #problems} can report a bad ballot instead of the
 * constructor throwing.
 */
public record Ballot(List<String> choices) {

    public Ballot {
        choices = choices == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(choices));
    }

    public static Ballot of(String... choices) {
        return new Ballot(List.of(choices));
    }

    /**
     * The message keys ({@link BallotProblem#key()}) of what is wrong with a ballot, each at most once, empty when
     * the ballot may be cast.
     *
     * @param maxChoices the category's limit for approval and ranked ballots; 0 or less means "as many as there
     *                   are candidates". Plurality always allows exactly one.
     */
    public static List<String> problems(VotingMethod method, int maxChoices, Set<String> candidates, Ballot ballot) {
        return problemsOf(method, maxChoices, candidates, ballot).stream().map(BallotProblem::key).toList();
    }

    /** {@link #problems} as constants, in the order of {@link BallotProblem}. */
    public static Set<BallotProblem> problemsOf(VotingMethod method, int maxChoices, Set<String> candidates,
            Ballot ballot) {
        Set<BallotProblem> found = EnumSet.noneOf(BallotProblem.class);
        List<String> choices = ballot == null ? List.of() : ballot.choices();
        if (choices.isEmpty()) {
            found.add(BallotProblem.EMPTY);
        }
        Set<String> seen = new HashSet<>();
        for (String choice : choices) {
            if (choice == null || choice.isBlank() || !candidates.contains(choice)) {
                found.add(BallotProblem.UNKNOWN_CANDIDATE);
            } else if (!seen.add(choice)) {
                found.add(BallotProblem.DUPLICATE);
            }
        }
        if (choices.size() > allowedChoices(method, maxChoices, candidates.size())) {
            found.add(BallotProblem.TOO_MANY);
        }
        return found;
    }

    /** How many choices a ballot may hold. */
    public static int allowedChoices(VotingMethod method, int maxChoices, int candidateCount) {
        if (method == VotingMethod.PLURALITY) {
            return 1;
        }
        return maxChoices <= 0 ? candidateCount : Math.min(maxChoices, candidateCount);
    }
}
