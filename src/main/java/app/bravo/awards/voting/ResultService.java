package app.bravo.awards.voting;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.bravo.audit.Audit;
import app.bravo.awards.Category;
import app.bravo.awards.Nomination;
import app.bravo.awards.Phase;
import app.bravo.awards.PhaseChanged;
import app.bravo.awards.Round;
import app.bravo.awards.RoundService;
import app.bravo.awards.Winner;
import app.bravo.awards.tally.Ballot;
import app.bravo.awards.tally.PublishedBallots;
import app.bravo.awards.tally.Tally;
import app.bravo.awards.tally.TallyResult;
import app.bravo.people.Person;
import app.bravo.people.Team;

/**
 * Tallies a round when it closes (and again when HR asks, until it is announced), records HR's resolution of a
 * tie, and on the announcement writes the winners and publishes the ballots and, separately, the receipts.
 * Observers run inside the phase move's transaction: a refused announcement (an unresolved tie) rolls the move
 * back.
 */
@ApplicationScoped
public class ResultService {

    public enum Resolution {
        /** Every tied candidate wins. */
        SHARED,
        /** A run-off round decides; the tied place stays open in this round's announcement. */
        RUNOFF
    }

    /** award_result.tally's size: a tally whose ways to continue do not fit is stored without them. */
    static final int MAX_TALLY = 100000;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Audit audit;

    @Inject
    RoundService rounds;

    private final SecureRandom random = new SecureRandom();

    void onPhaseChanged(@Observes PhaseChanged event) {
        if (event.to() == Phase.CLOSED) {
            tally(event.roundId());
        } else if (event.to() == Phase.ANNOUNCED) {
            announce(event.roundId());
        }
    }

    /** HR counts a closed round again (before it is announced). */
    @Transactional
    public void retally(long roundId) {
        Round round = em.find(Round.class, roundId, LockModeType.PESSIMISTIC_WRITE);
        if (round == null) {
            throw VotingRefused.notFound();
        }
        if (round.phase != Phase.CLOSED) {
            throw new VotingRefused(409, "not_closed", VotingMessages::error_not_closed);
        }
        // A run-off opened from this count decides a place of it: counting again would drop that decision.
        if (Round.count("runoffOf.id = ?1", roundId) > 0) {
            throw new VotingRefused(409, "runoff_opened", VotingMessages::error_recount_after_runoff);
        }
        tally(roundId);
        audit.record("awards.retallied", "round:" + roundId, Map.of("round", round.title));
    }

    /**
     * HR decides a tie before the announcement: recorded in the audit log. A run-off opens a run-off round
     * between those the tie leaves in doubt (see {@link RoundService#openRunoff}); once one is opened the choice
     * stands, and a tie that changes no winner needs none.
     */
    @Transactional
    public void resolveTie(long roundId, long categoryId, Resolution resolution, String note) {
        // Locked: two HR decisions on one round (or a recount) go one after the other, each seeing the last.
        Round round = em.find(Round.class, roundId, LockModeType.PESSIMISTIC_WRITE);
        if (round == null) {
            throw VotingRefused.notFound();
        }
        if (round.phase != Phase.CLOSED) {
            throw new VotingRefused(409, "not_closed", VotingMessages::error_not_closed);
        }
        StoredResult stored = StoredResult.ofRound(roundId, json).stream().filter(r -> r.categoryId() == categoryId)
                .findFirst().orElse(null);
        if (stored == null || !stored.tied()) {
            throw new VotingRefused(409, "not_tied", VotingMessages::error_not_tied);
        }
        if (Resolution.RUNOFF.name().equals(stored.resolution())) {
            throw new VotingRefused(409, "runoff_opened", VotingMessages::error_runoff_opened);
        }
        if (resolution == Resolution.RUNOFF && stored.tally().runoffCandidates().isEmpty()) {
            throw new VotingRefused(409, "runoff_needless", VotingMessages::error_runoff_needless);
        }
        String trimmed = note == null || note.isBlank() ? null : note.strip();
        if (trimmed != null && trimmed.length() > 500) {
            trimmed = trimmed.substring(0, 500);
        }
        int updated = em.createNativeQuery("update award_result set resolution = ?1, resolution_note = ?2"
                + " where round_id = ?3 and category_id = ?4 and tied = true"
                + " and (resolution is null or resolution <> 'RUNOFF')")
                .setParameter(1, resolution.name()).setParameter(2, trimmed).setParameter(3, roundId)
                .setParameter(4, categoryId).executeUpdate();
        if (updated == 0) {
            throw new VotingRefused(409, "runoff_opened", VotingMessages::error_runoff_opened);
        }
        Category category = Category.findById(categoryId);
        Map<String, String> args = new LinkedHashMap<>();
        args.put("round", round.title);
        args.put("category", category == null ? String.valueOf(categoryId) : category.name.en);
        args.put("resolution", resolution.name());
        args.put("note", trimmed == null ? "" : trimmed);
        audit.record("awards.tie-resolved", "round:" + roundId, args);
        if (resolution == Resolution.RUNOFF) {
            rounds.openRunoff(round, category, stored.tally().runoffCandidates(), stored.tally().runoffSeats());
        }
    }

    /** Every active category of the round, counted over its active finalists; a result replaces the last one. */
    void tally(long roundId) {
        Round round = Round.findById(roundId);
        em.createNativeQuery("delete from award_result where round_id = ?1").setParameter(1, roundId).executeUpdate();
        for (Category category : Category.ofRound(round)) {
            List<String> candidates = Nomination.finalistsOf(roundId, category.id).stream().map(n -> n.nomineeKey)
                    .toList();
            if (candidates.isEmpty()) {
                continue;
            }
            List<Ballot> ballots = ballotsOf("award_ballot", roundId, category.id);
            TallyResult result = Tally.count(category.method, category.seatsIn(round), candidates, ballots);
            em.createNativeQuery("insert into award_result (round_id, category_id, method, seats, ballots, tally, tied,"
                    + " tallied_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                    .setParameter(1, roundId).setParameter(2, category.id).setParameter(3, category.method.name())
                    .setParameter(4, result.seats()).setParameter(5, ballots.size()).setParameter(6, write(result))
                    .setParameter(7, result.tied()).setParameter(8, Instant.now()).executeUpdate();
        }
    }

    /**
     * Refused while a tie is unresolved. Writes the winners, then publishes each category's ballots (contents
     * only, in a fresh random order) and the receipt hashes of those same ballots (in hash order), and drops the
     * keyed ballots: after this nobody, the ballot secret's holder included, can link a ballot to a voter key.
     */
    void announce(long roundId) {
        List<StoredResult> results = StoredResult.ofRound(roundId, json);
        for (StoredResult result : results) {
            if (result.tied() && result.resolution() == null) {
                throw new VotingRefused(409, "tie_unresolved", VotingMessages::error_tie_unresolved);
            }
        }
        Instant now = Instant.now();
        Round round = em.getReference(Round.class, roundId);
        for (StoredResult result : results) {
            Category category = em.getReference(Category.class, result.categoryId());
            for (StoredResult.Place place : result.places()) {
                Winner winner = new Winner();
                winner.round = round;
                winner.category = category;
                winner.nomineeKey = place.key();
                Long id = Candidates.idOf(place.key());
                if (place.key().startsWith("person:")) {
                    winner.person = em.getReference(Person.class, id);
                } else {
                    winner.team = em.getReference(Team.class, id);
                }
                winner.shared = place.shared();
                winner.announcedAt = now;
                winner.persist();
            }
            publish(roundId, result.categoryId());
        }
        em.createNativeQuery("delete from award_ballot where round_id = ?1").setParameter(1, roundId).executeUpdate();
    }

    private void publish(long roundId, long categoryId) {
        List<Ballot> shuffled = PublishedBallots.shuffled(ballotsOf("award_ballot", roundId, categoryId), random);
        int order = 0;
        for (Ballot ballot : shuffled) {
            em.createNativeQuery("insert into award_published_ballot (round_id, category_id, shuffled_order, choices)"
                    + " values (?1, ?2, ?3, ?4)").setParameter(1, roundId).setParameter(2, categoryId)
                    .setParameter(3, ++order).setParameter(4, String.join(" ", ballot.choices())).executeUpdate();
        }
        em.createNativeQuery("insert into award_published_receipt (round_id, category_id, receipt_hash)"
                + " select round_id, category_id, receipt_hash from award_ballot where round_id = ?1 and category_id = ?2")
                .setParameter(1, roundId).setParameter(2, categoryId).executeUpdate();
    }

    /** The ballots of a category from the keyed table (before the announcement) or the published one (after). */
    static List<Ballot> ballotsOf(String table, long roundId, long categoryId) {
        String order = table.equals("award_published_ballot") ? " order by shuffled_order" : "";
        List<?> rows = Round.getEntityManager().createNativeQuery("select choices from " + table
                + " where round_id = ?1 and category_id = ?2" + order)
                .setParameter(1, roundId).setParameter(2, categoryId).getResultList();
        List<Ballot> ballots = new ArrayList<>(rows.size());
        for (Object row : rows) {
            ballots.add(new Ballot(Arrays.asList(((String) row).split(" "))));
        }
        return ballots;
    }

    private String write(TallyResult result) {
        try {
            String text = json.writeValueAsString(result);
            if (text.length() > MAX_TALLY) {
                text = json.writeValueAsString(new TallyResult(result.method(), result.seats(), result.rounds(),
                        result.winners(), result.tied(), result.tiedCandidates(), List.of()));
            }
            return text;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tally is plain data", e);
        }
    }
}
