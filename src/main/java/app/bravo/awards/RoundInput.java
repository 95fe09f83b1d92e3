package app.bravo.awards;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new round of a programme. The scheduled times are instants (the page reads them in the organisation's time
 * zone); each is optional, and those given must follow each other in phase order.
 */
public record RoundInput(
        @NotNull Long programmeId,
        @NotBlank @Size(max = 120) String title,
        LocalDate periodStart,
        LocalDate periodEnd,
        Instant nominatingAt,
        Instant shortlistingAt,
        Instant votingAt,
        Instant closingAt,
        Instant announcingAt) {
}
