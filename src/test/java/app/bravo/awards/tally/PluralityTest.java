package app.bravo.awards.tally;

import static app.bravo.awards.tally.TestBallots.counts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PluralityTest {

    private static final List<String> ABCD = List.of("A", "B", "C", "D");

    @Test
    void theMostVotesWinAndCandidatesWithoutVotesShowZero() {
        TallyResult result = Plurality.count(1, ABCD,
                new TestBallots().add(3, "B").add(5, "C").add(1, "A").list());

        assertEquals(VotingMethod.PLURALITY, result.method());
        assertEquals(List.of("C"), result.winners());
        assertFalse(result.tied());
        assertEquals(1, result.rounds().size());
        TallyRound round = result.rounds().get(0);
        assertEquals(List.of("C", "B", "A", "D"), List.copyOf(round.counts().keySet()), "most first");
        assertEquals(counts("C", 5, "B", 3, "A", 1, "D", 0), round.counts());
        assertEquals(List.of("C"), round.elected());
        assertEquals(9, round.total());
    }

    @Test
    void aTieForTheWinIsMarkedAndNobodyWins() {
        TallyResult result = Plurality.count(1, ABCD, new TestBallots().add(4, "D").add(4, "B").add(2, "A").list());

        assertTrue(result.tied());
        assertEquals(List.of(), result.winners());
        assertEquals(List.of("B", "D"), result.tiedCandidates(), "in candidate-list order");
        assertEquals(List.of(), result.waysToContinue());
        assertEquals(List.of("B", "D", "A", "C"), List.copyOf(result.rounds().get(0).counts().keySet()));
    }

    @Test
    void aTieForTheLastOfSeveralSeatsKeepsTheUntiedWinners() {
        TallyResult result = Plurality.count(2, ABCD,
                new TestBallots().add(6, "A").add(3, "B").add(3, "C").add(1, "D").list());

        assertTrue(result.tied());
        assertEquals(List.of("A"), result.winners());
        assertEquals(List.of("B", "C"), result.tiedCandidates());
    }

    @Test
    void aTieThatFitsInTheSeatsIsNoTie() {
        TallyResult result = Plurality.count(2, ABCD, new TestBallots().add(3, "C").add(3, "A").add(1, "B").list());

        assertFalse(result.tied());
        assertEquals(List.of("A", "C"), result.winners());
    }

    @Test
    void aTieBelowTheWinningPlacesIsNoTie() {
        TallyResult result = Plurality.count(1, ABCD, new TestBallots().add(5, "A").add(2, "B").add(2, "C").list());

        assertFalse(result.tied());
        assertEquals(List.of("A"), result.winners());
    }

    @Test
    void ballotsNamingNoneOrSeveralCandidatesCountForNobody() {
        TallyResult result = Plurality.count(1, ABCD,
                new TestBallots().add(2, "A").add(3, "B", "C").add(1).add(4, "withdrawn").add(1, "C", "C").list());

        assertEquals(counts("A", 2, "C", 1, "B", 0, "D", 0), result.rounds().get(0).counts());
        assertEquals(List.of("A"), result.winners());
    }

    @Test
    void noBallotsIsATieBetweenEveryone() {
        TallyResult result = Plurality.count(1, List.of("A", "B"), List.of());

        assertTrue(result.tied());
        assertEquals(List.of("A", "B"), result.tiedCandidates());
    }

    @Test
    void fewerCandidatesThanSeatsAllWin() {
        TallyResult result = Plurality.count(3, List.of("A", "B"), new TestBallots().add(1, "B").list());

        assertFalse(result.tied());
        assertEquals(List.of("B", "A"), result.winners());
    }
}
