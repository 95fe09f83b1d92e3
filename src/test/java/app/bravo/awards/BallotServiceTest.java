package app.bravo.awards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;

import org.junit.jupiter.api.Test;

import app.bravo.awards.AwardFixtures.Voter;
import app.bravo.awards.tally.VotingMethod;
import app.bravo.awards.voting.BallotService;
import app.bravo.awards.voting.VoterKeys;
import app.bravo.awards.voting.VotingRefused;
import app.bravo.support.SqlStatements;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Casting: the rules, one ballot per voter whatever races, and a close that a ballot cannot slip past. */
@QuarkusTest
class BallotServiceTest {

    @Inject
    AwardFixtures fixtures;

    @Inject
    BallotService ballots;

    record Setup(long round, long category, Voter alice, Voter bob, Voter carol) {
    }

    /** A plurality category in VOTING with Alice and Bob as finalists; Carol votes. */
    private Setup voting(VotingMethod method, int maxChoices) {
        String dept = AwardFixtures.unique("Dept");
        Voter alice = fixtures.person("Alice Finalist", AwardFixtures.unique("Team"), dept);
        Voter bob = fixtures.person("Bob Finalist", AwardFixtures.unique("Team"), dept);
        Voter carol = fixtures.person("Carol Voter", AwardFixtures.unique("Team"), dept);
        long programme = fixtures.programme(AwardFixtures.unique("Programme"));
        long category = fixtures.category(programme, "Star", method, maxChoices, 1);
        long round = fixtures.round(programme, "Q1", Phase.VOTING);
        fixtures.finalists(round, category, key(alice), key(bob));
        return new Setup(round, category, alice, bob, carol);
    }

    private static String key(Voter voter) {
        return "person:" + voter.id();
    }

    private static int status(Runnable cast) {
        return assertThrows(VotingRefused.class, cast::run).status();
    }

    private static String reason(Runnable cast) {
        return assertThrows(VotingRefused.class, cast::run).reason();
    }

    @Inject
    SessionFactory sessionFactory;

    @Test
    void aBallotReadsOnlyTheLockedRoundAndTheVoterOnceTheRulesAreKept() {
        Setup s = voting(VotingMethod.APPROVAL, 2);
        ballots.cast(s.alice().id(), s.round(), s.category(), List.of(key(s.bob())));
        // Lock the round, read the voter, replace the ballot, turnout (one conditional insert): the category,
        // its voters and finalists are kept per round version.
        long recast = SqlStatements.of(sessionFactory,
                () -> ballots.cast(s.carol().id(), s.round(), s.category(), List.of(key(s.alice()), key(s.bob()))));
        assertEquals(4, recast);
        assertEquals(2, fixtures.count("award_participation", s.round()), "turnout once per voter");

        assertTrue(fixtures.move(s.round(), Phase.VOTING, Phase.CLOSED));
        assertEquals("not_voting", reason(() -> ballots.cast(s.carol().id(), s.round(), s.category(),
                List.of(key(s.alice())))));
    }

    @Test
    void theLastBallotCountsAndOnlyItsReceiptIsPublished() {
        Setup s = voting(VotingMethod.PLURALITY, 1);
        String first = ballots.cast(s.carol().id(), s.round(), s.category(), List.of(key(s.alice())));
        String second = ballots.cast(s.carol().id(), s.round(), s.category(), List.of(key(s.bob())));
        assertNotEquals(first, second);
        assertTrue(second.matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"), second);
        assertEquals(1, fixtures.count("award_ballot", s.round()));
        assertEquals(1, fixtures.count("award_participation", s.round()));
        assertEquals(List.of(key(s.bob())), fixtures.column("select choices from award_ballot where round_id = ?1",
                s.round()));

        assertTrue(fixtures.move(s.round(), Phase.VOTING, Phase.CLOSED));
        assertTrue(fixtures.move(s.round(), Phase.CLOSED, Phase.ANNOUNCED));
        List<String> receipts = fixtures.column("select receipt_hash from award_published_receipt where round_id = ?1",
                s.round());
        assertEquals(List.of(VoterKeys.receiptHash(second)), receipts);
        assertFalse(receipts.contains(VoterKeys.receiptHash(first)), "a replaced ballot's receipt is not published");
        assertEquals(List.of(key(s.bob())), fixtures.column(
                "select nominee_key from award_winner where round_id = ?1", s.round()));
    }

    @Test
    void fiftyConcurrentIdenticalBallotsLeaveOne() throws Exception {
        Setup s = voting(VotingMethod.PLURALITY, 1);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> casts = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            casts.add(pool.submit(() -> {
                start.await();
                return ballots.cast(s.carol().id(), s.round(), s.category(), List.of(key(s.alice())));
            }));
        }
        start.countDown();
        for (Future<String> cast : casts) {
            cast.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(1, fixtures.count("award_ballot", s.round()));
        assertEquals(1, fixtures.count("award_participation", s.round()));
    }

    @Test
    void aBallotAfterTheCloseIsRefused() {
        Setup s = voting(VotingMethod.PLURALITY, 1);
        assertTrue(fixtures.move(s.round(), Phase.VOTING, Phase.CLOSED));
        VotingRefused refused = assertThrows(VotingRefused.class,
                () -> ballots.cast(s.carol().id(), s.round(), s.category(), List.of(key(s.alice()))));
        assertEquals(409, refused.status());
        assertEquals("not_voting", refused.reason());
        assertEquals(0, fixtures.count("award_ballot", s.round()));
    }

    @Test
    void aCloseWaitsForABallotBeingCastAndCountsIt() throws Exception {
        Setup s = voting(VotingMethod.PLURALITY, 1);
        CountDownLatch locked = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<String> ballot = pool.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
            String receipt = ballots.castWithin(s.carol().id(), s.round(), s.category(), List.of(key(s.alice())));
            locked.countDown();
            Thread.sleep(300); // the close below starts while this transaction still holds the round
            return receipt;
        }));
        assertTrue(locked.await(30, TimeUnit.SECONDS));
        assertTrue(fixtures.move(s.round(), Phase.VOTING, Phase.CLOSED));
        ballot.get(30, TimeUnit.SECONDS);
        pool.shutdown();
        assertEquals(List.of("1"), fixtures.column("select ballots from award_result where round_id = ?1", s.round()),
                "the close waited for the ballot and counted it");
    }

    @Test
    void aBallotRacingAClosingTransactionSeesTheCloseAndIsRefused() throws Exception {
        Setup s = voting(VotingMethod.PLURALITY, 1);
        CountDownLatch closing = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<Boolean> close = pool.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
            boolean moved = fixtures.moveBare(s.round(), Phase.VOTING, Phase.CLOSED);
            closing.countDown();
            Thread.sleep(300); // the ballot below arrives while the close is not yet committed
            return moved;
        }));
        assertTrue(closing.await(30, TimeUnit.SECONDS));
        VotingRefused refused = assertThrows(VotingRefused.class,
                () -> ballots.cast(s.carol().id(), s.round(), s.category(), List.of(key(s.alice()))));
        assertEquals(409, refused.status());
        assertTrue(close.get(30, TimeUnit.SECONDS));
        pool.shutdown();
        assertEquals(0, fixtures.count("award_ballot", s.round()));
    }

    @Test
    void eligibilityAndChoices() {
        Setup s = voting(VotingMethod.APPROVAL, 1);
        String otherDept = AwardFixtures.unique("Dept");
        Voter outsider = fixtures.person("Olga Outsider", AwardFixtures.unique("Team"), otherDept);
        Voter teammate = fixtures.person("Tom Teammate", AwardFixtures.unique("Team"), otherDept);

        // A category only Carol's department may vote in; a team is among its finalists.
        long programme = fixtures.programme(AwardFixtures.unique("Scoped"));
        long scoped = fixtures.category(programme, "Team spirit", VotingMethod.APPROVAL, 1, 1,
                s.carol().departmentId());
        long round = fixtures.round(programme, "Q2", Phase.VOTING);
        fixtures.finalists(round, scoped, key(s.alice()), "team:" + teammate.teamId());

        assertEquals(403, status(() -> ballots.cast(outsider.id(), round, scoped, List.of(key(s.alice())))));
        assertEquals("vote_own_team",
                reason(() -> ballots.cast(teammate.id(), s.round(), s.category(), List.of("team:" + teammate.teamId()))));
        assertEquals("vote_self", reason(() -> ballots.cast(s.alice().id(), s.round(), s.category(),
                List.of(key(s.alice())))));
        assertEquals(422, status(() -> ballots.cast(s.alice().id(), s.round(), s.category(), List.of(key(s.alice())))));
        assertEquals("ballot_unknown_candidate", reason(() -> ballots.cast(s.carol().id(), s.round(), s.category(),
                List.of(key(outsider)))));
        assertEquals("ballot_too_many_choices", reason(() -> ballots.cast(s.carol().id(), s.round(), s.category(),
                List.of(key(s.alice()), key(s.bob())))));
        assertEquals("ballot_empty", reason(() -> ballots.cast(s.carol().id(), s.round(), s.category(), List.of())));
        assertEquals(404, status(() -> ballots.cast(s.carol().id(), s.round(), scoped, List.of(key(s.alice())))),
                "a category of another programme is not in this round");

        // Carol's department may: the ballot goes in; nothing was written by the refusals.
        ballots.cast(s.carol().id(), round, scoped, List.of("team:" + teammate.teamId()));
        assertEquals(1, fixtures.count("award_ballot", round));
        assertEquals(0, fixtures.count("award_ballot", s.round()));
        assertEquals(Set.of(), Set.copyOf(fixtures.column(
                "select choices from award_ballot where round_id = ?1 and choices like '%person%'", round)));
    }

    @Test
    void rankedBallotsKeepTheirOrderAndRefuseRepeats() {
        Setup s = voting(VotingMethod.INSTANT_RUNOFF, 1);
        assertEquals("ballot_duplicate_choice", reason(() -> ballots.cast(s.carol().id(), s.round(), s.category(),
                List.of(key(s.bob()), key(s.bob())))));
        ballots.cast(s.carol().id(), s.round(), s.category(), List.of(key(s.bob()), key(s.alice())));
        assertEquals(List.of(key(s.bob()) + " " + key(s.alice())),
                fixtures.column("select choices from award_ballot where round_id = ?1", s.round()));
    }
}
