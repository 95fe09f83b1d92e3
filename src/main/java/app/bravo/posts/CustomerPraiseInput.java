package app.bravo.posts;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * Customer praise as the form or the API sends it: the customer's words, the channel and day, the people and teams
 * praised. A customer name only with {@code consent}; the contact is for moderators.
 */
public record CustomerPraiseInput(
        @Size(max = 20) List<@NotNull Long> recipientIds,
        @Size(max = 10) List<@NotNull Long> teamIds,
        @Size(max = Recognition.MAX_BEHAVIOURS) List<@NotNull Long> behaviourIds,
        @NotBlank @Size(min = CustomerPraise.MIN_WORDS, max = Post.MAX_STORY) String words,
        @NotNull CustomerPraise.Channel channel,
        @NotNull @PastOrPresent LocalDate receivedOn,
        @Size(max = CustomerPraise.MAX_CUSTOMER_NAME) String customerName,
        Boolean consent,
        @Size(max = CustomerPraise.MAX_CUSTOMER_CONTACT) String customerContact) implements Involving {

    public boolean hasConsent() {
        return consent != null && consent;
    }
}
