package app.bravo.awards.voting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;

import app.bravo.awards.Category;
import app.bravo.awards.Phase;
import app.bravo.awards.Round;
import app.bravo.awards.tally.TallyResult;
import app.bravo.awards.tally.TallyRound;
import app.bravo.awards.tally.TieBranch;

/**
 * A round's results as the results page and JSON show them: per category the method, the winners, every round's
 * counts, and always whether a tie happened, between whom, the ways it could continue and how HR resolved it.
 */
public final class ResultsView {

    public record Candidate(String key, String name) {
    }

    public record Count(String key, String name, long votes) {
    }

    public record CountRound(int number, List<Count> counts, List<Candidate> eliminated, List<Candidate> elected) {
    }

    /** One way to continue an instant-runoff elimination tie: eliminate {@code eliminate}, and who then wins. */
    public record Way(Candidate eliminate, List<Candidate> winners, boolean tiedAgain) {
    }

    public record Winner(String key, String name, boolean shared) {
    }

    public record CategoryResult(long id, String name, String method, int seats, int ballots, List<Winner> winners,
            List<CountRound> rounds, boolean tied, List<Candidate> tiedCandidates, List<Way> waysToContinue,
            String resolution, String resolutionNote) {
    }

    /** Another round: the run-off deciding this round's tie, or the round a run-off decides. */
    public record RoundRef(long id, String title) {
    }

    public record View(long roundId, String title, String programme, Phase phase, List<CategoryResult> categories,
            List<RoundRef> runoffs, RoundRef decides) {

        public boolean announced() {
            return phase == Phase.ANNOUNCED;
        }
    }

    private ResultsView() {
    }

    public static View of(Round round, String language, ObjectMapper json) {
        List<StoredResult> results = StoredResult.ofRound(round.id, json);
        Set<String> keys = new HashSet<>();
        for (StoredResult result : results) {
            collect(result.tally(), keys);
        }
        Map<String, String> names = Candidates.names(keys);
        Map<Long, Category> categories = new HashMap<>();
        for (Category category : Category.<Category>list("programme.id = ?1", round.programme.id)) {
            categories.put(category.id, category);
        }
        List<CategoryResult> views = new ArrayList<>();
        for (StoredResult result : results) {
            TallyResult tally = result.tally();
            Category category = categories.get(result.categoryId());
            views.add(new CategoryResult(result.categoryId(), category == null ? "" : category.name.in(language),
                    tally.method().name(), tally.seats(), result.ballots(),
                    result.places().stream().map(p -> new Winner(p.key(), names.get(p.key()), p.shared())).toList(),
                    rounds(tally, names), result.tied(), candidates(tally.tiedCandidates(), names),
                    ways(tally, names), result.resolution(), result.resolutionNote()));
        }
        List<RoundRef> runoffs = Round.<Round>list("runoffOf.id = ?1 order by id", round.id).stream()
                .map(r -> new RoundRef(r.id, r.title)).toList();
        return new View(round.id, round.title, round.programme.name.in(language), round.phase, views, runoffs,
                round.isRunoff() ? new RoundRef(round.runoffOf.id, round.runoffOf.title) : null);
    }

    private static List<CountRound> rounds(TallyResult tally, Map<String, String> names) {
        List<CountRound> rounds = new ArrayList<>();
        for (TallyRound round : tally.rounds()) {
            List<Count> counts = new ArrayList<>();
            round.counts().forEach((key, votes) -> counts.add(new Count(key, names.get(key), votes)));
            rounds.add(new CountRound(round.number(), counts, candidates(round.eliminated(), names),
                    candidates(round.elected(), names)));
        }
        return rounds;
    }

    private static List<Way> ways(TallyResult tally, Map<String, String> names) {
        List<Way> ways = new ArrayList<>();
        for (TieBranch branch : tally.waysToContinue()) {
            TallyResult next = branch.continuation();
            ways.add(new Way(new Candidate(branch.choice(), names.get(branch.choice())),
                    candidates(next.winners(), names), next.tied()));
        }
        return ways;
    }

    private static List<Candidate> candidates(List<String> keys, Map<String, String> names) {
        return keys.stream().map(key -> new Candidate(key, names.getOrDefault(key, key))).toList();
    }

    private static void collect(TallyResult tally, Set<String> keys) {
        tally.rounds().forEach(round -> keys.addAll(round.counts().keySet()));
        keys.addAll(tally.winners());
        keys.addAll(tally.tiedCandidates());
        for (TieBranch branch : tally.waysToContinue()) {
            keys.add(branch.choice());
            collect(branch.continuation(), keys);
        }
    }
}
