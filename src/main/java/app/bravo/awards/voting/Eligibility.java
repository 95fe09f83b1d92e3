package app.bravo.awards.voting;

import app.bravo.awards.Category;
import app.bravo.awards.tally.BallotProblem;
import app.bravo.people.Person;

/** Who may vote in a category, and what a refused ballot is told. */
public final class Eligibility {

    private Eligibility() {
    }

    /** An active person of the whole organisation, or of one of the category's chosen departments. */
    public static boolean mayVote(Person person, Category category) {
        if (person.active && category.votersFromChosen) {
            return mayVote(person, true, category.voterDepartments.stream().map(d -> d.id).collect(
                    java.util.stream.Collectors.toSet()));
        }
        return person.active;
    }

    /** The same rule, with the departments given as ids. */
    static boolean mayVote(Person person, boolean votersFromChosen, java.util.Set<Long> voterDepartments) {
        if (!person.active) {
            return false;
        }
        if (!votersFromChosen) {
            return true;
        }
        if (person.team == null || person.team.department == null) {
            return false;
        }
        return voterDepartments.contains(person.team.department.id);
    }

    static String problemText(VotingMessages m, BallotProblem problem) {
        switch (problem) {
            case EMPTY:
                return m.error_ballot_empty();
            case DUPLICATE:
                return m.error_ballot_duplicate();
            case TOO_MANY:
                return m.error_ballot_too_many();
            default:
                return m.error_ballot_unknown();
        }
    }
}
