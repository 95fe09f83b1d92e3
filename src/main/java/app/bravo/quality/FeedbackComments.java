package app.bravo.quality;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import app.bravo.audit.Audit;
import app.bravo.posts.CustomerErased;
import app.bravo.posts.PostService;

/**
 * The customer's words on a score are personal data: a moderator or HR clears one comment (audited, without the
 * words), and a customer's erasure request cuts their name from every comment, in the erasure's transaction.
 * Either way {@code comment_erased_at} records when.
 */
@ApplicationScoped
public class FeedbackComments {

    Clock clock = Clock.systemUTC();

    @Inject
    Audit audit;

    /** Clears the comment of the score with this id. */
    @Transactional
    public FeedbackScore clear(long id) {
        FeedbackScore score = FeedbackScore.findById(id);
        if (score == null) {
            throw new NotFoundException();
        }
        return clear(score);
    }

    /** Clears the comment of the score a sender knows by its external id. */
    @Transactional
    public FeedbackScore clearByExternalId(String externalId) {
        FeedbackScore score = externalId == null ? null
                : FeedbackScore.<FeedbackScore> find("externalId", externalId.strip()).firstResult();
        if (score == null) {
            throw new NotFoundException();
        }
        return clear(score);
    }

    private FeedbackScore clear(FeedbackScore score) {
        boolean held = score.comment != null;
        score.comment = null;
        score.commentErasedAt = clock.instant();
        audit.record("feedback.comment_cleared", "feedback:" + score.id, Map.of("held", held));
        return score;
    }

    /** Cuts an erased customer's name and contacts from the comments that hold them. */
    void onCustomerErased(@Observes CustomerErased erased) {
        List<String> names = erased.names();
        for (String name : names) {
            for (FeedbackScore score : FeedbackScore.<FeedbackScore> list("lower(comment) like ?1 escape '!'",
                    PostService.likeAnywhere(name))) {
                String cut = PostService.cutNames(score.comment, names);
                if (!cut.equals(score.comment)) { // the LIKE also finds the name inside a longer word
                    score.comment = cut;
                    score.commentErasedAt = clock.instant();
                }
            }
        }
    }
}
