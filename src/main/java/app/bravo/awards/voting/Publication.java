package app.bravo.awards.voting;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import app.bravo.awards.Category;
import app.bravo.awards.Phase;
import app.bravo.awards.Round;
import app.bravo.awards.tally.Ballot;
import app.bravo.awards.tally.PublishedBallots;

/**
 * What a round makes public and who may read it: results for HR from CLOSED and for everyone once ANNOUNCED;
 * the published ballots and receipts once ANNOUNCED. The two published lists share no column and are read in
 * different orders (shuffled, by hash), so they cannot be joined.
 */
public final class Publication {

    public record CategoryBallots(long id, String name, String method, List<List<String>> ballots) {
    }

    public record CategoryReceipts(long id, String name, List<String> receipts) {
    }

    public record ReceiptCheck(boolean counted, List<Long> categories) {
    }

    private Publication() {
    }

    /** The round, if the reader may see its results now. */
    public static Round withResults(long roundId, boolean hr) {
        Round round = Round.findById(roundId);
        if (round == null) {
            throw VotingRefused.notFound();
        }
        if (round.phase == Phase.ANNOUNCED || (hr && round.phase == Phase.CLOSED)) {
            return round;
        }
        throw new VotingRefused(409, "results_not_yet", VotingMessages::error_results_not_yet);
    }

    public static Round announced(long roundId) {
        Round round = Round.findById(roundId);
        if (round == null) {
            throw VotingRefused.notFound();
        }
        if (round.phase != Phase.ANNOUNCED) {
            throw new VotingRefused(409, "results_not_yet", VotingMessages::error_results_not_yet);
        }
        return round;
    }

    public static List<CategoryBallots> ballots(Round round, String language) {
        List<CategoryBallots> all = new ArrayList<>();
        for (Category category : published(round)) {
            List<List<String>> ballots = ResultService.ballotsOf("award_published_ballot", round.id, category.id)
                    .stream().map(Ballot::choices).toList();
            all.add(new CategoryBallots(category.id, category.name.in(language), category.method.name(), ballots));
        }
        return all;
    }

    /** The CSV anyone can recount: UTF-8 with a byte order mark, so spreadsheets read names right. */
    public static byte[] csv(Round round, long categoryId) {
        Category category = published(round).stream().filter(c -> c.id == categoryId).findFirst()
                .orElseThrow(VotingRefused::notFound);
        String csv = PublishedBallots.toCsv(category.method,
                ResultService.ballotsOf("award_published_ballot", round.id, categoryId));
        return ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
    }

    public static List<CategoryReceipts> receipts(Round round, String language) {
        List<CategoryReceipts> all = new ArrayList<>();
        for (Category category : published(round)) {
            List<String> hashes = Round.getEntityManager().createNativeQuery("select receipt_hash"
                    + " from award_published_receipt where round_id = ?1 and category_id = ?2 order by receipt_hash",
                    String.class).setParameter(1, round.id).setParameter(2, category.id).getResultList();
            all.add(new CategoryReceipts(category.id, category.name.in(language), hashes));
        }
        return all;
    }

    /** Whether the ballot a receipt code was given for counted: its hash is on the published list. */
    public static ReceiptCheck check(Round round, String code) {
        List<?> rows = Round.getEntityManager().createNativeQuery("select category_id from award_published_receipt"
                + " where round_id = ?1 and receipt_hash = ?2").setParameter(1, round.id)
                .setParameter(2, VoterKeys.receiptHash(code)).getResultList();
        List<Long> categories = rows.stream().map(r -> ((Number) r).longValue()).toList();
        return new ReceiptCheck(!categories.isEmpty(), categories);
    }

    /** The categories that have a result (and so published lists), in the programme's order. */
    private static List<Category> published(Round round) {
        List<Long> ids = ((List<?>) Round.getEntityManager().createNativeQuery(
                "select category_id from award_result where round_id = ?1").setParameter(1, round.id).getResultList())
                .stream().map(id -> ((Number) id).longValue()).toList();
        return ids.isEmpty() ? List.of() : Category.list("id in ?1 order by sortOrder, id", ids);
    }
}
