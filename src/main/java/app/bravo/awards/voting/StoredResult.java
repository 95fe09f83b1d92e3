package app.bravo.awards.voting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.bravo.awards.Round;
import app.bravo.awards.tally.TallyResult;

/** A category's stored tally and HR's resolution of its tie, and who wins by them. */
public record StoredResult(long categoryId, int ballots, TallyResult tally, boolean tied, String resolution,
        String resolutionNote) {

    public record Place(String key, boolean shared) {
    }

    public static List<StoredResult> ofRound(long roundId, ObjectMapper json) {
        List<?> rows = Round.getEntityManager().createNativeQuery("select r.category_id, r.ballots, r.tally, r.tied,"
                + " r.resolution, r.resolution_note from award_result r join award_category c on c.id = r.category_id"
                + " where r.round_id = ?1 order by c.sort_order, c.id").setParameter(1, roundId).getResultList();
        List<StoredResult> results = new ArrayList<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            try {
                results.add(new StoredResult(((Number) c[0]).longValue(), ((Number) c[1]).intValue(),
                        json.readValue((String) c[2], TallyResult.class), (Boolean) c[3], (String) c[4],
                        (String) c[5]));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("award_result.tally is written by ResultService", e);
            }
        }
        return results;
    }

    /**
     * Who wins: the tally's winners; after a tie, those every way of resolving it elects, and with a shared award
     * also everyone a way of resolving it would elect (for an instant-runoff elimination tie: those who could win,
     * not those tied for last); with a run-off, the open places are left to the run-off round.
     */
    public List<Place> places() {
        List<Place> places = new ArrayList<>();
        if (!tied) {
            tally.winners().forEach(key -> places.add(new Place(key, false)));
            return places;
        }
        Optional<List<String>> whicheverWay = tally.winnersWhicheverWay();
        if (whicheverWay.isPresent()) {
            whicheverWay.get().forEach(key -> places.add(new Place(key, false)));
            return places;
        }
        tally.settledWinners().forEach(key -> places.add(new Place(key, false)));
        if (ResultService.Resolution.SHARED.name().equals(resolution)) {
            tally.runoffCandidates().forEach(key -> places.add(new Place(key, true)));
        }
        return places;
    }
}
