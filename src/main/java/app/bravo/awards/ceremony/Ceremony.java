package app.bravo.awards.ceremony;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;

import app.bravo.awards.Category;
import app.bravo.awards.Citation;
import app.bravo.awards.Emblems;
import app.bravo.awards.Nomination;
import app.bravo.awards.Phase;
import app.bravo.awards.Round;
import app.bravo.awards.voting.Candidates;
import app.bravo.awards.voting.ResultService;
import app.bravo.awards.voting.StoredResult;

/**
 * A round's ceremony as slides, from the same stored results the results page reads: the programme's title, then
 * per category each finalist with their citations, a drum roll and the reveal, then thanks. A reveal always says
 * when the vote was tied (shared award, run-off, not yet resolved, or a tie that did not change the winner).
 */
public final class Ceremony {

    /** Citations shown on a slide are cut at a word to stay readable from the back of a room. */
    static final int CITATION_CHARS = 220;
    static final int CITATIONS_PER_SLIDE = 4;

    public enum Kind {
        TITLE, FINALIST, DRUMROLL, REVEAL, THANKS
    }

    /** How a category ended, as the reveal tells it. */
    public enum Outcome {
        /** One or more clear winners. */
        CLEAR,
        /** A tie that every way of resolving leads to the same winners. */
        TIE_NO_MATTER,
        /** A tie HR resolved as a shared award: every tied candidate wins. */
        SHARED,
        /** A tie HR sent to a run-off: the tied place is open. */
        RUNOFF,
        /** A tie HR has not resolved yet (only seen before the announcement). */
        UNRESOLVED,
        /** No ballots, no winner. */
        NONE
    }

    public record Name(String key, String name, boolean shared) {
    }

    public record Reveal(Outcome outcome, List<Name> winners, List<Name> tied) {

        public boolean isTie() {
            return outcome != Outcome.CLEAR && outcome != Outcome.NONE;
        }
    }

    /** One slide; the fields a kind does not use are null or empty. */
    public record Slide(int number, Kind kind, String category, Name finalist, int finalistNumber, int finalists,
            List<String> citations, Reveal reveal) {

        public boolean is(String kindName) {
            return kind.name().equals(kindName);
        }
    }

    public record View(long roundId, String language, String programme, String roundTitle, String emblemUrl,
            boolean rehearsal, List<Slide> slides) {

        public Slide slide(int number) {
            return slides.get(Math.max(1, Math.min(number, slides.size())) - 1);
        }

        public int count() {
            return slides.size();
        }
    }

    private Ceremony() {
    }

    /** The slides of a round the reader may already see (see {@code Publication.withResults}). */
    public static View of(Round round, String language, ObjectMapper json) {
        List<StoredResult> results = StoredResult.ofRound(round.id, json);
        Map<Long, Category> categories = new HashMap<>();
        for (Category category : Category.<Category>list("programme.id = ?1", round.programme.id)) {
            categories.put(category.id, category);
        }
        Map<Long, List<Nomination>> finalists = new HashMap<>();
        Set<String> keys = new HashSet<>();
        for (StoredResult result : results) {
            List<Nomination> these = Nomination.finalistsOf(round.id, result.categoryId());
            finalists.put(result.categoryId(), these);
            these.forEach(n -> keys.add(n.nomineeKey));
            keys.addAll(result.tally().winners());
            keys.addAll(result.tally().tiedCandidates());
        }
        Map<String, String> names = Candidates.names(keys);
        Map<Long, List<String>> citations = citationsOf(finalists.values().stream().flatMap(List::stream).toList());

        List<Slide> slides = new ArrayList<>();
        slides.add(new Slide(1, Kind.TITLE, null, null, 0, 0, List.of(), null));
        for (StoredResult result : results) {
            Category category = categories.get(result.categoryId());
            String categoryName = category == null ? "" : category.name.in(language);
            List<Nomination> these = finalists.get(result.categoryId());
            for (int i = 0; i < these.size(); i++) {
                Nomination nomination = these.get(i);
                slides.add(new Slide(slides.size() + 1, Kind.FINALIST, categoryName,
                        new Name(nomination.nomineeKey, names.get(nomination.nomineeKey), false), i + 1, these.size(),
                        citations.getOrDefault(nomination.id, List.of()), null));
            }
            slides.add(new Slide(slides.size() + 1, Kind.DRUMROLL, categoryName, null, 0, 0, List.of(), null));
            slides.add(new Slide(slides.size() + 1, Kind.REVEAL, categoryName, null, 0, 0, List.of(),
                    reveal(result, names)));
        }
        slides.add(new Slide(slides.size() + 1, Kind.THANKS, null, null, 0, 0, List.of(), null));
        return new View(round.id, language, round.programme.name.in(language), round.title,
                Emblems.url(round.programme.emblem), round.phase != Phase.ANNOUNCED, slides);
    }

    static Reveal reveal(StoredResult result, Map<String, String> names) {
        List<Name> winners = result.places().stream()
                .map(place -> new Name(place.key(), names.getOrDefault(place.key(), place.key()), place.shared()))
                .toList();
        List<Name> tied = result.tally().tiedCandidates().stream()
                .map(key -> new Name(key, names.getOrDefault(key, key), false)).toList();
        return new Reveal(outcome(result, winners), winners, tied);
    }

    static Outcome outcome(StoredResult result, List<Name> winners) {
        if (!result.tied()) {
            return winners.isEmpty() ? Outcome.NONE : Outcome.CLEAR;
        }
        if (result.tally().winnersWhicheverWay().isPresent()) {
            return Outcome.TIE_NO_MATTER;
        }
        if (ResultService.Resolution.SHARED.name().equals(result.resolution())) {
            return Outcome.SHARED;
        }
        if (ResultService.Resolution.RUNOFF.name().equals(result.resolution())) {
            return Outcome.RUNOFF;
        }
        return Outcome.UNRESOLVED;
    }

    /** Every citation of these nominations, oldest first, each cut short; one query. */
    static Map<Long, List<String>> citationsOf(List<Nomination> nominations) {
        Map<Long, List<String>> byNomination = new HashMap<>();
        if (nominations.isEmpty()) {
            return byNomination;
        }
        List<Long> ids = nominations.stream().map(n -> n.id).toList();
        for (Citation citation : Citation.<Citation>list("nomination.id in ?1 order by createdAt, id", ids)) {
            List<String> texts = byNomination.computeIfAbsent(citation.nomination.id, id -> new ArrayList<>());
            if (texts.size() < CITATIONS_PER_SLIDE) {
                texts.add(shorten(citation.citation, CITATION_CHARS));
            }
        }
        return byNomination;
    }

    /** Cut at a word with "…" when longer than {@code max} characters. */
    static String shorten(String text, int max) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.length() <= max) {
            return trimmed;
        }
        int cut = trimmed.lastIndexOf(' ', max - 1);
        return trimmed.substring(0, cut > max / 2 ? cut : max - 1).stripTrailing() + "…";
    }
}
