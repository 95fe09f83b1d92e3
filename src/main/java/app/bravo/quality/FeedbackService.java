package app.bravo.quality;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import app.bravo.quality.FeedbackScore.Source;

/**
 * Takes customer feedback scores in, from the staff form, the CSV import and the API alike. A delivery (one score
 * or a batch) is all or nothing: one invalid score and nothing is written ({@link FeedbackRefused}).
 *
 * <p>Idempotent by external id: a score whose external id is already stored is answered as "already received"
 * and not written again. Two deliveries of the same ids at the same moment both see the ids as new; the unique
 * constraint {@code uq_feedback_external_id} lets only one of them commit, the other's transaction rolls back on
 * the violation and is run once more, now finding the ids the first one committed. So both senders get their
 * answer and every score exists once. That retry needs its own transaction, so this service runs outside one and
 * {@link FeedbackWriter} holds the transaction of each attempt.
 */
@ApplicationScoped
public class FeedbackService {

    private static final Logger LOG = Logger.getLogger(FeedbackService.class);

    /** Scores per delivery through the API (a larger batch is refused with a clear message). */
    public static final int MAX_BATCH = 1_000;

    static final String EXTERNAL_ID_CONSTRAINT = "uq_feedback_external_id";

    /** Who delivered the scores: how they came in, the member of staff who entered them, the integration's token. */
    public record Origin(Source source, Long enteredById, Long apiTokenId) {
    }

    /** One score of a delivery: written now ({@code added}) or already there from an earlier delivery. */
    public record Item(int index, long id, String externalId, boolean added) {
    }

    /** What a delivery did, item by item in the order given. */
    public record Outcome(List<Item> items) {
        public int added() {
            return (int) items.stream().filter(Item::added).count();
        }

        public int alreadyReceived() {
            return items.size() - added();
        }
    }

    @Inject
    FeedbackWriter writer;

    /** One score; problems are named by field alone. */
    @Transactional(Transactional.TxType.NEVER)
    public Outcome record(FeedbackInput input, Origin origin) {
        return deliver(List.of(input), origin, false);
    }

    /** A batch; problems are named by item index and field. */
    @Transactional(Transactional.TxType.NEVER)
    public Outcome recordAll(List<FeedbackInput> inputs, Origin origin) {
        return deliver(inputs, origin, true);
    }

    /** The problems of these scores, as a delivery of them would be refused with; nothing is written. */
    @Transactional(Transactional.TxType.NEVER)
    public List<FeedbackRefused.Problem> problems(List<FeedbackInput> inputs) {
        return writer.check(inputs);
    }

    private Outcome deliver(List<FeedbackInput> inputs, Origin origin, boolean indexed) {
        try {
            return writer.write(inputs, origin, indexed);
        } catch (RuntimeException e) {
            if (!externalIdTaken(e)) {
                throw e;
            }
            LOG.debugf("A concurrent delivery stored some of these external ids first; retrying %d scores", inputs.size());
            return writer.write(inputs, origin, indexed);
        }
    }

    /** Whether the failure is the external-id constraint refusing a second copy (and not any other violation). */
    static boolean externalIdTaken(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            for (Throwable t = cause; t != null; t = t instanceof SQLException sql ? sql.getNextException() : null) {
                String message = t.getMessage();
                if (message != null && message.toLowerCase(Locale.ROOT).contains(EXTERNAL_ID_CONSTRAINT)) {
                    return true;
                }
                if (t instanceof org.hibernate.exception.ConstraintViolationException violation
                        && violation.getConstraintName() != null
                        && violation.getConstraintName().toLowerCase(Locale.ROOT).contains(EXTERNAL_ID_CONSTRAINT)) {
                    return true;
                }
            }
        }
        return false;
    }
}
