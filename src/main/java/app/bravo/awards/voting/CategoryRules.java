package app.bravo.awards.voting;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import app.bravo.awards.Category;
import app.bravo.awards.Nomination;
import app.bravo.awards.Round;
import app.bravo.awards.RunoffSeat;
import app.bravo.awards.tally.VotingMethod;

/**
 * What a ballot in one category of a round is checked against: the category's method and limit, who may vote,
 * and the finalists. None of it changes while the round is in one phase (categories are locked from
 * SHORTLISTING, finalists are chosen only before VOTING), so each instance keeps it per round, round version
 * (every phase move bumps it) and category, and a ballot reads only the round's row and the voter.
 */
record CategoryRules(long categoryId, boolean active, long programmeId, VotingMethod method, int limit,
        boolean votersFromChosen, Set<Long> voterDepartments, Set<String> finalists) {

    /** More than any instance has rounds voting at once; past it the kept rules are dropped and read again. */
    static final int KEPT = 256;

    private record Key(long roundId, int roundVersion, long categoryId) {
    }

    private static final Map<Key, CategoryRules> KEPT_RULES = new ConcurrentHashMap<>();

    /** The rules of the category in the round (as the caller locked it), or null for no such category. */
    static CategoryRules of(Round round, long categoryId) {
        Key key = new Key(round.id, round.version, categoryId);
        CategoryRules rules = KEPT_RULES.get(key);
        if (rules != null) {
            return rules;
        }
        Category category = Category.findById(categoryId);
        if (category == null) {
            return null;
        }
        // A run-off round votes only in the categories it decides.
        boolean inRound = !round.isRunoff()
                || RunoffSeat.count("roundId = ?1 and categoryId = ?2", round.id, categoryId) > 0;
        rules = new CategoryRules(category.id, category.active && inRound, category.programme.id, category.method,
                BallotService.limitOf(category), category.votersFromChosen,
                category.voterDepartments.stream().map(d -> d.id).collect(Collectors.toUnmodifiableSet()),
                Nomination.finalistsOf(round.id, categoryId).stream().map(n -> n.nomineeKey)
                        .collect(Collectors.toCollection(LinkedHashSet::new)));
        if (KEPT_RULES.size() >= KEPT) {
            KEPT_RULES.clear();
        }
        KEPT_RULES.put(key, rules);
        return rules;
    }

    boolean belongsTo(Round round) {
        return active && programmeId == round.programme.id;
    }
}
