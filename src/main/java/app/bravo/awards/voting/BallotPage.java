package app.bravo.awards.voting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.bravo.awards.Category;
import app.bravo.awards.Citation;
import app.bravo.awards.Nomination;
import app.bravo.awards.Phase;
import app.bravo.awards.Round;
import app.bravo.awards.tally.Ballot;
import app.bravo.awards.tally.VotingMethod;
import app.bravo.people.Person;

/**
 * What a voter sees of a round: the categories they may vote in, each with its finalists and their citations,
 * and the first day they voted there. Their choices are never read back (the ballot is keyed,
 * not theirs by id), so the page can only say that they voted.
 */
public final class BallotPage {

    public record Finalist(String key, String name, List<String> citations) {
    }

    public record CategoryBallot(long id, String name, String criteria, VotingMethod method, int maxChoices,
            List<Finalist> finalists, LocalDate votedOn) {

        public boolean ranked() {
            return method.ranked();
        }

        public boolean single() {
            return method == VotingMethod.PLURALITY;
        }

        public boolean voted() {
            return votedOn != null;
        }

        /** For the ranked form: one select per place. */
        public List<Integer> places() {
            List<Integer> places = new ArrayList<>();
            for (int i = 1; i <= maxChoices; i++) {
                places.add(i);
            }
            return places;
        }
    }

    public record View(long roundId, String title, String programme, Phase phase, List<CategoryBallot> categories) {

        public boolean open() {
            return phase == Phase.VOTING;
        }
    }

    private BallotPage() {
    }

    public static View of(Round round, Person voter, String language) {
        List<CategoryBallot> categories = new ArrayList<>();
        Map<Long, LocalDate> voted = votedOn(round.id, voter.id);
        for (Category category : Category.ofRound(round)) {
            if (!Eligibility.mayVote(voter, category)) {
                continue;
            }
            List<Nomination> nominations = Nomination.finalistsOf(round.id, category.id);
            Map<String, String> names = Candidates.names(nominations.stream().map(n -> n.nomineeKey).toList());
            Map<Long, List<String>> citations = citationsOf(nominations);
            List<Finalist> finalists = nominations.stream().map(n -> new Finalist(n.nomineeKey,
                    names.get(n.nomineeKey), citations.getOrDefault(n.id, List.of()))).toList();
            int allowed = Ballot.allowedChoices(category.method, BallotService.limitOf(category), finalists.size());
            categories.add(new CategoryBallot(category.id, category.name.in(language),
                    category.criteria == null ? null : category.criteria.in(language), category.method, allowed,
                    finalists, voted.get(category.id)));
        }
        return new View(round.id, round.title, round.programme.name.in(language), round.phase, categories);
    }

    private static Map<Long, LocalDate> votedOn(long roundId, long personId) {
        Map<Long, LocalDate> voted = new HashMap<>();
        List<?> rows = Round.getEntityManager().createNativeQuery("select category_id, voted_on from award_participation"
                + " where round_id = ?1 and person_id = ?2").setParameter(1, roundId).setParameter(2, personId)
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            voted.put(((Number) columns[0]).longValue(), toDate(columns[1]));
        }
        return voted;
    }

    static LocalDate toDate(Object value) {
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        return (LocalDate) value;
    }

    private static Map<Long, List<String>> citationsOf(List<Nomination> nominations) {
        Map<Long, List<String>> citations = new HashMap<>();
        if (nominations.isEmpty()) {
            return citations;
        }
        for (Citation citation : Citation.<Citation>list("nomination in ?1 order by createdAt, id", nominations)) {
            citations.computeIfAbsent(citation.nomination.id, id -> new ArrayList<>()).add(citation.citation);
        }
        return citations;
    }
}
