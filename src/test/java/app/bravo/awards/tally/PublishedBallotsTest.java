package app.bravo.awards.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class PublishedBallotsTest {

    @Test
    void theCsvHasAHeaderAsWideAsTheLongestBallotAndPadsShorterOnes() {
        String csv = PublishedBallots.toCsv(VotingMethod.INSTANT_RUNOFF,
                List.of(Ballot.of("person:1", "team:3", "person:2"), Ballot.of("team:3")));

        assertEquals("choice1,choice2,choice3\r\nperson:1,team:3,person:2\r\nteam:3,,\r\n", csv);
    }

    @Test
    void keysWithCommasQuotesAndLineBreaksAreQuotedAndComeBack() {
        List<Ballot> ballots = List.of(Ballot.of("a,b", "say \"hi\"", "two\r\nlines"), Ballot.of(" spaced "),
                Ballot.of("plain", "a,b"));

        String csv = PublishedBallots.toCsv(VotingMethod.BORDA, ballots);

        assertTrue(csv.contains("\"a,b\",\"say \"\"hi\"\"\""), csv);
        assertEquals(ballots, PublishedBallots.fromCsv(csv));
    }

    @Test
    void aRecountOfThePublishedListEqualsTheCount() {
        List<String> candidates = List.of("person:1", "team:2", "person:3", "team:4");
        List<Ballot> ballots = TestBallots.random(3, 500, candidates);

        List<Ballot> published = PublishedBallots.fromCsv(PublishedBallots.toCsv(VotingMethod.INSTANT_RUNOFF,
                PublishedBallots.shuffled(ballots, new SplittableRandom(11))));

        assertEquals(Tally.count(VotingMethod.INSTANT_RUNOFF, 1, candidates, ballots),
                Tally.count(VotingMethod.INSTANT_RUNOFF, 1, candidates, published));
    }

    @Test
    void approvalChoicesArePublishedSortedSoTheirOrderCannotMarkABallot() {
        String csv = PublishedBallots.toCsv(VotingMethod.APPROVAL, List.of(Ballot.of("team:9", "person:1")));

        assertEquals("choice1,choice2\r\nperson:1,team:9\r\n", csv);
    }

    @Test
    void noBallotsGiveJustTheHeader() {
        assertEquals("choice1\r\n", PublishedBallots.toCsv(VotingMethod.PLURALITY, List.of()));
        assertEquals(List.of(), PublishedBallots.fromCsv("choice1\r\n"));
        assertEquals(List.of(), PublishedBallots.fromCsv(""));
    }

    @Test
    void aListWithoutTheHeaderOrWithAnOpenQuoteIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PublishedBallots.fromCsv("person:1\r\n"));
        assertThrows(IllegalArgumentException.class, () -> PublishedBallots.fromCsv("choice1\r\n\"person:1\r\n"));
    }

    @Test
    void shufflingKeepsEveryBallotAndChangesTheOrder() {
        List<Ballot> ballots = TestBallots.random(5, 200, List.of("a", "b", "c"));

        List<Ballot> shuffled = PublishedBallots.shuffled(ballots, new SplittableRandom(1));

        assertNotEquals(ballots, shuffled);
        assertEquals(tally(ballots), tally(shuffled));
    }

    /** Each of the 6 orders of 3 ballots should come out about equally often. */
    @Test
    void shufflingIsUniform() {
        List<Ballot> three = List.of(Ballot.of("a"), Ballot.of("b"), Ballot.of("c"));
        SplittableRandom random = new SplittableRandom(2026);
        Map<List<Ballot>, Integer> seen = new HashMap<>();
        int draws = 60_000;
        for (int i = 0; i < draws; i++) {
            seen.merge(PublishedBallots.shuffled(three, random), 1, Integer::sum);
        }
        assertEquals(6, seen.size());
        // 10,000 expected each; 5 standard deviations is about 456
        seen.values().forEach(count -> assertTrue(Math.abs(count - draws / 6) < 500, seen.toString()));
    }

    private static Map<Ballot, Integer> tally(List<Ballot> ballots) {
        Map<Ballot, Integer> counts = new HashMap<>();
        ballots.forEach(ballot -> counts.merge(ballot, 1, Integer::sum));
        return counts;
    }
}
