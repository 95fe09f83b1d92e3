package app.bravo.awards.tally;

import static app.bravo.awards.tally.TestBallots.counts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ApprovalTest {

    private static final List<String> ABC = List.of("A", "B", "C");

    @Test
    void everyApprovedCandidateGetsOneVote() {
        // A: 3 + 1 = 4; B: 3 + 2 = 5; C: 2 + 1 = 3
        TallyResult result = Approval.count(1, ABC,
                new TestBallots().add(3, "A", "B").add(2, "C", "B").add(1, "C").add(1, "A").list());

        assertEquals(counts("B", 5, "A", 4, "C", 3), result.rounds().get(0).counts());
        assertEquals(List.of("B"), result.winners());
        assertFalse(result.tied());
    }

    @Test
    void twoSeatsGoToTheTwoMostApproved() {
        TallyResult result = Approval.count(2, ABC,
                new TestBallots().add(3, "A", "B").add(2, "C", "B").add(1, "C").add(1, "A").list());

        assertEquals(List.of("B", "A"), result.winners());
        assertEquals(List.of("B", "A"), result.rounds().get(0).elected());
    }

    @Test
    void aTieForTheWinIsMarked() {
        TallyResult result = Approval.count(1, ABC, new TestBallots().add(2, "A", "B").add(1, "C").list());

        assertTrue(result.tied());
        assertEquals(List.of(), result.winners());
        assertEquals(List.of("A", "B"), result.tiedCandidates());
    }

    @Test
    void aRepeatedApprovalCountsOnce() {
        TallyResult result = Approval.count(1, ABC, new TestBallots().add(2, "A", "A", "A").add(1, "B", "C").list());

        assertEquals(counts("A", 2, "B", 1, "C", 1), result.rounds().get(0).counts());
    }
}
