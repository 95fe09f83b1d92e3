package app.bravo.awards.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BallotTest {

    private static final Set<String> FINALISTS = Set.of("person:1", "person:2", "team:3", "team:4");

    @Test
    void aValidBallotOfEachMethodHasNoProblems() {
        assertEquals(List.of(), Ballot.problems(VotingMethod.PLURALITY, 0, FINALISTS, Ballot.of("team:3")));
        assertEquals(List.of(), Ballot.problems(VotingMethod.APPROVAL, 2, FINALISTS, Ballot.of("team:3", "person:1")));
        assertEquals(List.of(), Ballot.problems(VotingMethod.INSTANT_RUNOFF, 0, FINALISTS,
                Ballot.of("team:4", "person:1", "team:3", "person:2")));
        assertEquals(List.of(), Ballot.problems(VotingMethod.BORDA, 0, FINALISTS, Ballot.of("person:2")),
                "a truncated ranking is allowed");
    }

    @Test
    void anEmptyBallotIsRefused() {
        assertEquals(List.of("ballot_empty"), Ballot.problems(VotingMethod.APPROVAL, 2, FINALISTS, Ballot.of()));
        assertEquals(List.of("ballot_empty"), Ballot.problems(VotingMethod.PLURALITY, 1, FINALISTS, new Ballot(null)));
        assertEquals(List.of("ballot_empty"), Ballot.problems(VotingMethod.BORDA, 1, FINALISTS, null));
    }

    @Test
    void anUnknownOrBlankCandidateIsRefused() {
        assertEquals(List.of("ballot_unknown_candidate"),
                Ballot.problems(VotingMethod.PLURALITY, 1, FINALISTS, Ballot.of("person:99")));
        assertEquals(List.of("ballot_unknown_candidate"), Ballot.problems(VotingMethod.INSTANT_RUNOFF, 0, FINALISTS,
                new Ballot(Arrays.asList("person:1", null, " "))));
    }

    @Test
    void aDuplicateChoiceIsRefusedForApprovalAndRankings() {
        assertEquals(List.of("ballot_duplicate_choice"),
                Ballot.problems(VotingMethod.APPROVAL, 3, FINALISTS, Ballot.of("team:3", "team:3")));
        assertEquals(List.of("ballot_duplicate_choice"), Ballot.problems(VotingMethod.INSTANT_RUNOFF, 0, FINALISTS,
                Ballot.of("team:3", "person:1", "team:3")));
    }

    @Test
    void tooManyChoicesAreRefused() {
        assertEquals(List.of("ballot_too_many_choices"),
                Ballot.problems(VotingMethod.PLURALITY, 3, FINALISTS, Ballot.of("team:3", "team:4")),
                "plurality allows one choice whatever the limit");
        assertEquals(List.of("ballot_too_many_choices"), Ballot.problems(VotingMethod.APPROVAL, 2, FINALISTS,
                Ballot.of("team:3", "team:4", "person:1")));
        assertEquals(List.of("ballot_too_many_choices"),
                Ballot.problems(VotingMethod.BORDA, 2, FINALISTS, Ballot.of("team:3", "team:4", "person:1")));
    }

    @Test
    void everyProblemIsReportedOnceInAFixedOrder() {
        assertEquals(List.of("ballot_unknown_candidate", "ballot_duplicate_choice", "ballot_too_many_choices"),
                Ballot.problems(VotingMethod.APPROVAL, 2, FINALISTS,
                        Ballot.of("team:3", "x", "team:3", "y", "team:3")));
    }

    @Test
    void theLimitIsAtMostTheNumberOfCandidates() {
        assertEquals(1, Ballot.allowedChoices(VotingMethod.PLURALITY, 5, 4));
        assertEquals(4, Ballot.allowedChoices(VotingMethod.APPROVAL, 0, 4));
        assertEquals(4, Ballot.allowedChoices(VotingMethod.INSTANT_RUNOFF, 9, 4));
        assertEquals(3, Ballot.allowedChoices(VotingMethod.BORDA, 3, 4));
    }

    @Test
    void aBallotKeepsItsOwnCopyOfTheChoices() {
        List<String> choices = new ArrayList<>(List.of("team:3"));
        Ballot ballot = new Ballot(choices);
        choices.add("team:4");
        assertEquals(List.of("team:3"), ballot.choices());
    }
}
