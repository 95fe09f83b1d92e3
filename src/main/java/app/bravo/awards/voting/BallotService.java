package app.bravo.awards.voting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import app.bravo.awards.Category;
import app.bravo.awards.Nomination;
import app.bravo.awards.Phase;
import app.bravo.awards.Round;
import app.bravo.awards.tally.Ballot;
import app.bravo.awards.tally.BallotProblem;
import app.bravo.awards.tally.VotingMethod;
import app.bravo.config.BravoConfig;
import app.bravo.people.Person;
import app.bravo.web.ErrorMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Casting a secret ballot. The round's row is read with a lock first, so the phase check and the ballot's write
 * are one transaction a close waits for: a close (an UPDATE of that row) that comes while a ballot is being cast
 * waits and then tallies it; a ballot that comes while a close is being written waits and then sees CLOSED. On
 * PostgreSQL the lock is shared ({@code for share}: ballots do not wait for each other), on H2 exclusive.
 * <p>
 * Nothing here logs or audits a choice: the ballot row holds the voter key (an HMAC), the choices and the
 * receipt's hash; the participation row holds the person and a day, and nothing joins the two.
 */
@ApplicationScoped
public class BallotService {

    /** A lost race (two casts of one voter inserting at once, a lock wait that timed out) is tried again. */
    static final int ATTEMPTS = 5;

    @Inject
    VoterKeys keys;

    @Inject
    BravoConfig config;

    @Inject
    EntityManager em;

    /** Casts or replaces the person's ballot in its own transaction; returns the new receipt code. */
    public String cast(long personId, long roundId, long categoryId, List<String> choices) {
        for (int attempt = 1;; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> castWithin(personId, roundId, categoryId, choices));
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !(ErrorMapper.causedByUniqueConstraint(e) || lockTimedOut(e))) {
                    throw e;
                }
            }
        }
    }

    /**
     * The cast in the caller's transaction (tests hold it open to race a close). A re-cast replaces the choices
     * and the receipt in place; the first cast inserts, and a racing first cast of the same voter fails on the
     * primary key and is tried again by {@link #cast}, then as an update.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String castWithin(long personId, long roundId, long categoryId, List<String> choices) {
        Round round = em.find(Round.class, roundId, LockModeType.PESSIMISTIC_READ);
        if (round == null) {
            throw VotingRefused.notFound();
        }
        CategoryRules rules = CategoryRules.of(round, categoryId);
        if (rules == null || !rules.belongsTo(round)) {
            throw VotingRefused.notFound();
        }
        Person person = Person.findById(personId);
        if (person == null || !Eligibility.mayVote(person, rules.votersFromChosen(), rules.voterDepartments())) {
            throw new VotingRefused(403, "not_eligible", VotingMessages::error_not_eligible);
        }
        if (round.phase != Phase.VOTING) {
            throw new VotingRefused(409, "not_voting", VotingMessages::error_not_voting);
        }
        List<String> ballot = checkedChoices(person, rules, choices);
        String voterKey = keys.voterKey(roundId, categoryId, personId);
        String receipt = keys.newReceipt();
        String receiptHash = VoterKeys.receiptHash(receipt);
        String stored = String.join(" ", ballot);
        int replaced = em.createNativeQuery("update award_ballot set choices = ?1, receipt_hash = ?2"
                + " where round_id = ?3 and category_id = ?4 and voter_key = ?5")
                .setParameter(1, stored).setParameter(2, receiptHash).setParameter(3, roundId)
                .setParameter(4, categoryId).setParameter(5, voterKey).executeUpdate();
        if (replaced == 0) {
            em.createNativeQuery("insert into award_ballot (round_id, category_id, voter_key, choices, receipt_hash)"
                    + " values (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, roundId).setParameter(2, categoryId).setParameter(3, voterKey)
                    .setParameter(4, stored).setParameter(5, receiptHash).executeUpdate();
        }
        recordParticipation(roundId, categoryId, personId);
        return receipt;
    }

    /** Turnout: that the person voted in the category, and the first day they did; never how. One statement. */
    private void recordParticipation(long roundId, long categoryId, long personId) {
        em.createNativeQuery("insert into award_participation (round_id, category_id, person_id, voted_on)"
                + " select ?1, ?2, ?3, ?4 from award_round r where r.id = ?1 and not exists (select 1"
                + " from award_participation p where p.round_id = ?1 and p.category_id = ?2 and p.person_id = ?3)")
                .setParameter(1, roundId).setParameter(2, categoryId).setParameter(3, personId)
                .setParameter(4, LocalDate.now(config.timeZone())).executeUpdate();
    }

    /**
     * The choices as they will be stored: only the category's active finalists in this round, as many as the
     * method allows, no repeats, never the voter or their own team. Approval choices are kept sorted, so their
     * order cannot serve as a mark on the published list.
     */
    private static List<String> checkedChoices(Person voter, CategoryRules rules, List<String> choices) {
        List<String> given = choices == null ? List.of() : new ArrayList<>(choices);
        given.replaceAll(choice -> choice == null ? null : choice.trim());
        if (given.contains(Nomination.keyOfPerson(voter.id))) {
            throw new VotingRefused(422, "vote_self", VotingMessages::error_vote_self);
        }
        if (voter.team != null && given.contains(Nomination.keyOfTeam(voter.team.id))) {
            throw new VotingRefused(422, "vote_own_team", VotingMessages::error_vote_own_team);
        }
        Set<BallotProblem> problems = Ballot.problemsOf(rules.method(), rules.limit(), rules.finalists(),
                new Ballot(given));
        if (!problems.isEmpty()) {
            BallotProblem first = problems.iterator().next();
            throw new VotingRefused(422, first.key(), m -> Eligibility.problemText(m, first));
        }
        if (rules.method() == VotingMethod.APPROVAL) {
            given.sort(null);
        }
        return given;
    }

    /** Approval's k; ranked ballots may rank every finalist (0: no limit below the finalists). */
    static int limitOf(Category category) {
        return category.method == VotingMethod.APPROVAL ? category.maxChoices : 0;
    }

    private static boolean lockTimedOut(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof jakarta.persistence.PessimisticLockException
                    || cause instanceof jakarta.persistence.LockTimeoutException
                    || cause instanceof org.hibernate.PessimisticLockException
                    || cause instanceof org.hibernate.exception.LockAcquisitionException) {
                return true;
            }
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().equals("40001") || sql.getSQLState().equals("40P01")
                            || sql.getSQLState().equals("HYT00"))) {
                return true;
            }
        }
        return false;
    }
}
