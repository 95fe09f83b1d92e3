package app.bravo.quality.pulse;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A target as HR sets it: the scope ({@code org} or {@code team:<id>}), the metric and the goal. The goal's
 * range depends on the metric, so {@link TargetService} checks it (CSAT % 0..100, NPS −100..100).
 */
public record TargetInput(@NotBlank @Size(max = 40) String scope, @NotBlank @Size(max = 20) String metric,
        @NotNull Integer goal) {
}
