package app.bravo.quality;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.bravo.quality.FeedbackScore.Channel;
import app.bravo.quality.FeedbackScore.Scale;

/**
 * One customer's score as the form, the CSV import and the API give it. There is deliberately no field for the
 * customer's name or contact: a score never stores who the customer is. Rules that need the database or the
 * clock (the score fits the scale, the team and person exist, the time is not in the future) are checked by
 * {@link FeedbackService}.
 *
 * @param receivedAt when the customer gave the score; now when left out
 * @param externalId the sender's own id of the score: the same id is never counted twice
 */
public record FeedbackInput(
        @NotNull Scale scale,
        @NotNull @Schema(description = "CSAT 1-5 or NPS 0-10") Integer score,
        @NotNull Long teamId,
        Long personId,
        @NotNull Channel channel,
        Instant receivedAt,
        @Size(max = FeedbackInput.MAX_COMMENT) @Schema(description = "The customer's words; never their name or contact")
        String comment,
        @Size(max = FeedbackInput.MAX_EXTERNAL_ID) String externalId) {

    public static final int MAX_COMMENT = 1000;
    public static final int MAX_EXTERNAL_ID = 120;

    /** Stored as given but trimmed; blank means none (minimised: nothing kept that says nothing). */
    public String cleanComment() {
        return blankToNull(comment);
    }

    public String cleanExternalId() {
        return blankToNull(externalId);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
