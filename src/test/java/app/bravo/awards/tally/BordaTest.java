package app.bravo.awards.tally;

import static app.bravo.awards.tally.TestBallots.counts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class BordaTest {

    private static final List<String> ABC = List.of("A", "B", "C");

    @Test
    void fullRankingsGiveTwoOneAndZeroPointsAmongThree() {
        // A,B,C x3: A 6, B 3; B,C,A x2: B 4, C 2; C,A,B x1: C 2, A 1; B,A,C x1: B 2, A 1 -> A 8, B 9, C 4
        TallyResult result = Borda.count(1, ABC, new TestBallots().add(3, "A", "B", "C").add(2, "B", "C", "A")
                .add(1, "C", "A", "B").add(1, "B", "A", "C").list());

        assertEquals(counts("B", 9, "A", 8, "C", 4), result.rounds().get(0).counts());
        assertEquals(List.of("B"), result.winners());
        assertFalse(result.tied());
    }

    @Test
    void truncatedBallotsGiveRankedCandidatesFullPointsAndTheRestZero() {
        // A x2: A 2+2; B,C x1: B 2, C 1; C,B,A x1: C 2, B 1 -> A 4, B 3, C 3
        TallyResult result = Borda.count(1, ABC,
                new TestBallots().add(2, "A").add(1, "B", "C").add(1, "C", "B", "A").list());

        assertEquals(counts("A", 4, "B", 3, "C", 3), result.rounds().get(0).counts());
        assertEquals(List.of("A"), result.winners());
    }

    @Test
    void aTieForTheWinIsMarked() {
        TallyResult result = Borda.count(1, ABC,
                new TestBallots().add(1, "A", "B", "C").add(1, "B", "A", "C").list());

        assertTrue(result.tied());
        assertEquals(List.of("A", "B"), result.tiedCandidates());
        assertEquals(counts("A", 3, "B", 3, "C", 0), result.rounds().get(0).counts());
    }

    @Test
    void aTieForTheSecondSeatKeepsTheFirst() {
        // A,B,C x2: A 4, B 2; A,C,B x2: A 4, C 2 -> A 8, B 2, C 2
        TallyResult result = Borda.count(2, ABC,
                new TestBallots().add(2, "A", "B", "C").add(2, "A", "C", "B").list());

        assertEquals(counts("A", 8, "B", 2, "C", 2), result.rounds().get(0).counts());
        assertTrue(result.tied());
        assertEquals(List.of("A"), result.winners());
        assertEquals(List.of("B", "C"), result.tiedCandidates());
    }
}
