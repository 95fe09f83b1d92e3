package app.bravo.awards.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Who a run-off round decides between, and for how many places, for each kind of tie. */
class RunoffCandidatesTest {

    @Test
    void aPluralityTieForTheWinIsRunOffBetweenTheTied() {
        TallyResult result = Plurality.count(1, List.of("A", "B", "C", "D"),
                new TestBallots().add(4, "D").add(4, "B").add(2, "A").list());

        assertEquals(List.of("B", "D"), result.runoffCandidates());
        assertEquals(1, result.runoffSeats());
        assertEquals(Set.of(), result.settledWinners());
    }

    @Test
    void aTieForTheLastOfSeveralSeatsKeepsTheWinnerOutOfTheRunoff() {
        TallyResult result = Plurality.count(2, List.of("A", "B", "C", "D"),
                new TestBallots().add(6, "A").add(3, "B").add(3, "C").add(1, "D").list());

        assertEquals(Set.of("A"), result.settledWinners());
        assertEquals(List.of("B", "C"), result.runoffCandidates());
        assertEquals(1, result.runoffSeats(), "one of the two places is filled");
    }

    @Test
    void anEliminationTieIsRunOffBetweenThoseWhoCouldWinNotThoseTiedForLast() {
        // B and C tie for fewest: eliminating B elects A, eliminating C elects B. C wins in no way of going on.
        TallyResult result = InstantRunoff.count(1, List.of("A", "B", "C"),
                new TestBallots().add(4, "A").add(3, "B", "A").add(3, "C", "B").list());

        assertEquals(List.of("B", "C"), result.tiedCandidates());
        assertEquals(Set.of("A", "B"), Set.copyOf(result.runoffCandidates()));
        assertEquals(1, result.runoffSeats());
    }

    @Test
    void aTieThatChangesNoWinnerNeedsNoRunoff() {
        TallyResult result = InstantRunoff.count(1, List.of("A", "B", "C"),
                new TestBallots().add(6, "A").add(3, "B", "A").add(3, "C", "A").list());

        assertEquals(Set.of("A"), result.settledWinners());
        assertEquals(List.of(), result.runoffCandidates());
        assertEquals(0, result.runoffSeats());
    }

    @Test
    void aSecondSeatTieKeepsTheFirstWinnerSettled() {
        // Seat 1: A has 6 of 10. Seat 2 without A: B 5, C 5, never differed (as in InstantRunoffTest).
        TallyResult result = InstantRunoff.count(2, List.of("A", "B", "C"),
                new TestBallots().add(3, "A", "B").add(3, "A", "C").add(2, "B").add(2, "C").list());

        assertEquals(Set.of("A"), result.settledWinners());
        assertEquals(Set.of("B", "C"), Set.copyOf(result.runoffCandidates()));
        assertEquals(1, result.runoffSeats());
    }

    @Test
    void anUntiedCountHasNoRunoff() {
        TallyResult result = Plurality.count(1, List.of("A", "B"), new TestBallots().add(2, "A").add(1, "B").list());

        assertEquals(List.of(), result.runoffCandidates());
        assertEquals(0, result.runoffSeats());
        assertEquals(Set.of("A"), result.settledWinners());
    }
}
