package app.bravo.awards.tally;

import static app.bravo.awards.tally.TestBallots.counts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class TallyTest {

    static final List<String> TENNESSEE = List.of("Memphis", "Nashville", "Chattanooga", "Knoxville");

    /** The textbook example, per 100 voters, each preferring the cities closest to them. */
    static List<Ballot> tennesseeBallots() {
        return new TestBallots().add(42, "Memphis", "Nashville", "Chattanooga", "Knoxville")
                .add(26, "Nashville", "Chattanooga", "Knoxville", "Memphis")
                .add(15, "Chattanooga", "Knoxville", "Nashville", "Memphis")
                .add(17, "Knoxville", "Chattanooga", "Nashville", "Memphis").list();
    }

    @Test
    void tennesseeElectsADifferentCapitalWithEachMethod() {
        assertEquals(List.of("Memphis"),
                Tally.count(VotingMethod.PLURALITY, 1, TENNESSEE, firstChoices(tennesseeBallots())).winners());
        assertEquals(List.of("Knoxville"),
                Tally.count(VotingMethod.INSTANT_RUNOFF, 1, TENNESSEE, tennesseeBallots()).winners());
        TallyResult borda = Tally.count(VotingMethod.BORDA, 1, TENNESSEE, tennesseeBallots());
        assertEquals(List.of("Nashville"), borda.winners());
        // Nashville 42*2 + 26*3 + 15 + 17; Chattanooga 42 + 26*2 + 15*3 + 17*2; Memphis 42*3; Knoxville 26 + 30 + 51
        assertEquals(counts("Nashville", 194, "Chattanooga", 173, "Memphis", 126, "Knoxville", 107),
                borda.rounds().get(0).counts());
    }

    @Test
    void approvalOfTheTopTwoElectsNashville() {
        List<Ballot> topTwo = tennesseeBallots().stream()
                .map(ballot -> new Ballot(ballot.choices().subList(0, 2))).toList();

        TallyResult result = Tally.count(VotingMethod.APPROVAL, 1, TENNESSEE, topTwo);

        assertEquals(counts("Nashville", 68, "Chattanooga", 58, "Memphis", 42, "Knoxville", 32),
                result.rounds().get(0).counts());
        assertEquals(List.of("Nashville"), result.winners());
    }

    @ParameterizedTest
    @EnumSource(VotingMethod.class)
    void theOrderOfTheBallotsDoesNotMatter(VotingMethod method) {
        assertOrderDoesNotMatter(method, candidates(6));
        assertOrderDoesNotMatter(method, candidates(20));
    }

    private static void assertOrderDoesNotMatter(VotingMethod method, List<String> candidates) {
        List<Ballot> ballots = method == VotingMethod.PLURALITY
                ? firstChoices(TestBallots.random(7, 2_000, candidates))
                : TestBallots.random(7, 2_000, candidates);
        TallyResult first = Tally.count(method, 2, candidates, ballots);

        for (long seed = 1; seed <= 5; seed++) {
            List<Ballot> shuffled = new ArrayList<>(ballots);
            Collections.shuffle(shuffled, new Random(seed));
            TallyResult again = Tally.count(method, 2, candidates, shuffled);
            assertEquals(first, again);
            assertEquals(first.toString(), again.toString(), "the same order of counts too");
        }
    }

    @Test
    void theOrderOfTiedBallotsDoesNotPickAWinner() {
        List<Ballot> ballots = new TestBallots().add(3, "A").add(3, "B").list();
        List<Ballot> reversed = new ArrayList<>(ballots);
        Collections.reverse(reversed);

        for (VotingMethod method : VotingMethod.values()) {
            TallyResult result = Tally.count(method, 1, List.of("A", "B"), ballots);
            assertEquals(result, Tally.count(method, 1, List.of("A", "B"), reversed), method.name());
            assertEquals(List.of("A", "B"), result.tiedCandidates(), method.name());
            assertEquals(List.of(), result.winners(), method.name());
        }
    }

    @Test
    void aLargeRankedCountIsRight() {
        List<String> ten = candidates(10);
        List<Ballot> ballots = TestBallots.random(42, 100_000, ten);

        TallyResult result = Tally.count(VotingMethod.INSTANT_RUNOFF, 1, ten, ballots);

        assertEquals(100_000, result.rounds().get(0).total());
        assertFalse(result.tied());
        TallyRound last = result.rounds().get(result.rounds().size() - 1);
        assertEquals(result.winners(), last.elected());
        assertTrue(2 * last.counts().get(result.winners().get(0)) > last.total(),
                "the winner has a majority of the continuing ballots: " + last);
    }

    @Test
    void theMethodIsNamedInTheResult() {
        for (VotingMethod method : VotingMethod.values()) {
            assertEquals(method, Tally.count(method, 1, List.of("A"), List.of(Ballot.of("A"))).method());
        }
    }

    @Test
    void badInputIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Tally.count(VotingMethod.BORDA, 0, List.of("A"), List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> Tally.count(VotingMethod.BORDA, 1, List.of("A", "A"), List.of()));
        assertNotEquals(null, Tally.count(VotingMethod.BORDA, 1, List.of(), List.of()));
    }

    /**
     * Up to 15 candidates ballots are grouped in packed form, beyond that by hashing: both give the same points.
     */
    @ParameterizedTest
    @ValueSource(ints = { 2, 15, 16, 20 })
    void everyPlaceGetsItsBordaPointsWithFewOrManyCandidates(int n) {
        List<String> candidates = candidates(n);
        List<String> backwards = new ArrayList<>(candidates);
        Collections.reverse(backwards);
        List<Ballot> ballots = List.of(new Ballot(candidates), new Ballot(candidates),
                new Ballot(backwards.subList(0, 1)));

        TallyResult result = Tally.count(VotingMethod.BORDA, 1, candidates, ballots);

        for (int place = 0; place < n; place++) {
            long expected = 2L * (n - 1 - place) + (place == n - 1 ? n - 1 : 0);
            assertEquals(expected, result.rounds().get(0).counts().get(candidates.get(place)), "place " + place);
        }
    }

    private static List<String> candidates(int n) {
        return IntStream.range(0, n).mapToObj(i -> "person:" + i).toList();
    }

    static List<Ballot> firstChoices(List<Ballot> ballots) {
        return ballots.stream().map(ballot -> Ballot.of(ballot.choices().get(0))).toList();
    }
}
