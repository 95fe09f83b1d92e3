package app.bravo.awards.tally;

import static app.bravo.awards.tally.TestBallots.counts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class InstantRunoffTest {

    /**
     * The textbook example of the choice of Tennessee's capital (per 100 voters): Memphis leads the first round but
     * Chattanooga, then Nashville are eliminated and Knoxville wins with 58.
     */
    @Test
    void tennesseeCapitalElectsKnoxville() {
        TallyResult result = InstantRunoff.count(1, TallyTest.TENNESSEE, TallyTest.tennesseeBallots());

        assertEquals(List.of("Knoxville"), result.winners());
        assertFalse(result.tied());
        assertEquals(List.of(
                new TallyRound(1, counts("Memphis", 42, "Nashville", 26, "Knoxville", 17, "Chattanooga", 15),
                        List.of("Chattanooga"), List.of()),
                new TallyRound(2, counts("Memphis", 42, "Knoxville", 32, "Nashville", 26), List.of("Nashville"),
                        List.of()),
                new TallyRound(3, counts("Knoxville", 58, "Memphis", 42), List.of(), List.of("Knoxville"))),
                result.rounds());
        assertEquals(List.of("Knoxville", "Memphis"), List.copyOf(result.rounds().get(2).counts().keySet()));
    }

    /**
     * X and Y tie for fewest in round 3. They differ in round 2 (X 6, Y 8) and, the other way round, in round 1
     * (X 6, Y 5): the most recent round decides, so X goes and W wins. Had round 1 decided, Y's ballots would
     * have gone to X, who would have beaten W 16 to 15.
     */
    @Test
    void anEliminationTieIsBrokenByTheMostRecentEarlierRoundWhereTheyDiffer() {
        List<Ballot> ballots = new TestBallots().add(15, "W").add(6, "X").add(5, "Y", "X").add(2, "P", "X")
                .add(2, "P").add(3, "Q", "Y", "X").list();

        TallyResult result = InstantRunoff.count(1, List.of("W", "X", "Y", "P", "Q"), ballots);

        assertFalse(result.tied());
        assertEquals(List.of("W"), result.winners());
        assertEquals(List.of(
                new TallyRound(1, counts("W", 15, "X", 6, "Y", 5, "P", 4, "Q", 3), List.of("Q"), List.of()),
                new TallyRound(2, counts("W", 15, "Y", 8, "X", 6, "P", 4), List.of("P"), List.of()),
                new TallyRound(3, counts("W", 15, "X", 8, "Y", 8), List.of("X"), List.of()),
                new TallyRound(4, counts("W", 15, "Y", 8), List.of(), List.of("W"))), result.rounds());
    }

    /** W has 15 of 33 ballots, under half, but more than half of the 23 not exhausted in round 4. */
    @Test
    void theMajorityIsOfTheBallotsNotExhausted() {
        TallyResult result = InstantRunoff.count(1, List.of("W", "X", "Y", "P", "Q"), new TestBallots().add(15, "W")
                .add(6, "X").add(5, "Y", "X").add(2, "P", "X").add(2, "P").add(3, "Q", "Y", "X").list());

        TallyRound last = result.rounds().get(result.rounds().size() - 1);
        assertEquals(23, last.total());
        assertEquals(33, result.rounds().get(0).total());
    }

    @Test
    void aFinalPairTieIsBrokenByAnEarlierRound() {
        TallyResult result = InstantRunoff.count(1, List.of("A", "B", "C"), new TestBallots().add(40, "A")
                .add(35, "B").add(10, "C", "A").add(15, "C", "B").list());

        assertFalse(result.tied());
        assertEquals(List.of("A"), result.winners());
        assertEquals(counts("A", 50, "B", 50), result.rounds().get(1).counts());
        assertEquals(List.of("B"), result.rounds().get(1).eliminated());
    }

    @Test
    void anEliminationTieThatNeverDifferedIsTiedWithEveryWayToContinue() {
        TallyResult result = InstantRunoff.count(1, List.of("A", "B", "C"),
                new TestBallots().add(4, "A").add(3, "B", "A").add(3, "C", "B").list());

        assertTrue(result.tied());
        assertEquals(List.of(), result.winners());
        assertEquals(List.of("B", "C"), result.tiedCandidates());
        assertEquals(List.of(new TallyRound(1, counts("A", 4, "B", 3, "C", 3), List.of(), List.of())),
                result.rounds(), "the tie round eliminates nobody");

        assertEquals(2, result.waysToContinue().size());
        TieBranch withoutB = result.waysToContinue().get(0);
        assertEquals("B", withoutB.choice());
        assertEquals(List.of("A"), withoutB.continuation().winners());
        assertFalse(withoutB.continuation().tied());
        assertEquals(List.of(
                new TallyRound(1, counts("A", 4, "B", 3, "C", 3), List.of("B"), List.of()),
                new TallyRound(2, counts("A", 7, "C", 3), List.of(), List.of("A"))),
                withoutB.continuation().rounds());

        TieBranch withoutC = result.waysToContinue().get(1);
        assertEquals("C", withoutC.choice());
        assertEquals(List.of("B"), withoutC.continuation().winners());
        assertEquals(counts("B", 6, "A", 4), withoutC.continuation().rounds().get(1).counts());

        assertEquals(Optional.empty(), result.winnersWhicheverWay(), "HR's choice decides the winner");
    }

    @Test
    void aTieWhoseEveryBranchElectsTheSameWinnerIsStillATie() {
        TallyResult result = InstantRunoff.count(1, List.of("A", "B", "C"),
                new TestBallots().add(6, "A").add(3, "B", "A").add(3, "C", "A").list());

        assertTrue(result.tied());
        assertEquals(List.of(), result.winners());
        assertEquals(Optional.of(List.of("A")), result.winnersWhicheverWay());
    }

    @Test
    void candidatesWithNoVotesAreEliminatedTogether() {
        TallyResult result = InstantRunoff.count(1, List.of("A", "B", "C", "D", "E"),
                new TestBallots().add(4, "A").add(3, "B").add(2, "D", "B").list());

        assertFalse(result.tied());
        assertEquals(counts("A", 4, "B", 3, "D", 2, "C", 0, "E", 0), result.rounds().get(0).counts());
        assertEquals(List.of("C", "E"), result.rounds().get(0).eliminated());
        assertEquals(List.of("D"), result.rounds().get(1).eliminated());
        assertEquals(List.of("B"), result.winners());
    }

    @Test
    void noBallotsIsATieBetweenEveryoneWithoutBranches() {
        TallyResult result = InstantRunoff.count(1, List.of("A", "B", "C"), List.of());

        assertTrue(result.tied());
        assertEquals(List.of("A", "B", "C"), result.tiedCandidates());
        assertEquals(List.of(), result.waysToContinue());
        assertEquals(counts("A", 0, "B", 0, "C", 0), result.rounds().get(0).counts());
    }

    @Test
    void aSingleCandidateIsElected() {
        TallyResult result = InstantRunoff.count(1, List.of("A"), new TestBallots().add(1, "A").list());

        assertEquals(List.of("A"), result.winners());
        assertFalse(result.tied());
    }

    /**
     * Seat 1: B is eliminated, A wins with B's ballots. Seat 2 starts again without A: B is back, takes A's
     * ballots' second choices and beats C. (Plurality would have elected A and C.)
     */
    @Test
    void severalSeatsAreFilledBySequentialRunoffs() {
        List<Ballot> ballots = new TestBallots().add(5, "A", "B").add(3, "B", "A").add(4, "C", "B").list();

        TallyResult result = InstantRunoff.count(2, List.of("A", "B", "C"), ballots);

        assertFalse(result.tied());
        assertEquals(List.of("A", "B"), result.winners());
        assertEquals(List.of(
                new TallyRound(1, counts("A", 5, "C", 4, "B", 3), List.of("B"), List.of()),
                new TallyRound(2, counts("A", 8, "C", 4), List.of(), List.of("A")),
                new TallyRound(3, counts("B", 8, "C", 4), List.of(), List.of("B"))), result.rounds());
        assertEquals(List.of("A", "C"),
                Plurality.count(2, List.of("A", "B", "C"), TallyTest.firstChoices(ballots)).winners());
    }

    @Test
    void aTieForTheSecondSeatKeepsTheFirstWinner() {
        // Seat 1: A has 6 of 10. Seat 2 without A: A's ballots go 3 to B and 3 to C -> B 5, C 5, never differed.
        List<Ballot> ballots = new TestBallots().add(3, "A", "B").add(3, "A", "C").add(2, "B").add(2, "C").list();

        TallyResult result = InstantRunoff.count(2, List.of("A", "B", "C"), ballots);

        assertTrue(result.tied());
        assertEquals(List.of("A"), result.winners());
        assertEquals(List.of("B", "C"), result.tiedCandidates());
        assertEquals(List.of("A", "C"), result.waysToContinue().get(0).continuation().winners());
        assertEquals(List.of("A", "B"), result.waysToContinue().get(1).continuation().winners());
    }

    @Test
    void moreSeatsThanCandidatesElectsEveryone() {
        TallyResult result = InstantRunoff.count(3, List.of("A", "B"), new TestBallots().add(2, "B").list());

        assertFalse(result.tied());
        assertEquals(List.of("B", "A"), result.winners());
    }

    /** Six candidates equal at every step would need 6 x 5 x 4 x ... branches: the work stops at a bound. */
    @Test
    void tiesInsideTiesAreWorkedOutOnlyUpToABound() {
        List<String> six = List.of("A", "B", "C", "D", "E", "F");
        TestBallots ballots = new TestBallots();
        six.forEach(candidate -> ballots.add(2, candidate));

        TallyResult result = InstantRunoff.count(1, six, ballots.list());

        assertTrue(result.tied());
        assertEquals(six, result.tiedCandidates());
        assertEquals(6, result.waysToContinue().size());
        int continuations = 0;
        boolean tieWithoutBranches = false;
        Deque<TallyResult> open = new ArrayDeque<>(List.of(result));
        while (!open.isEmpty()) {
            TallyResult next = open.pop();
            tieWithoutBranches |= next.tied() && next.waysToContinue().isEmpty();
            for (TieBranch branch : next.waysToContinue()) {
                continuations++;
                open.push(branch.continuation());
            }
        }
        assertTrue(continuations <= InstantRunoff.MAX_BRANCHES, "continuations: " + continuations);
        assertTrue(tieWithoutBranches);
        assertEquals(Optional.empty(), result.winnersWhicheverWay());
    }
}
