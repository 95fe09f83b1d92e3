package app.bravo.posts;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A resolved-complaint story as the form or the API sends it. The rule that got in the way is picked by id or
 * named anew ({@code newRule}); naming one that exists picks it.
 */
public record ComplaintStoryInput(
        @Size(max = 20) List<@NotNull Long> recipientIds,
        @Size(max = 10) List<@NotNull Long> teamIds,
        @Size(max = Recognition.MAX_BEHAVIOURS) List<@NotNull Long> behaviourIds,
        @NotBlank @Size(min = 10, max = ComplaintStory.MAX_COMPLAINT) String complaint,
        @NotBlank @Size(min = Post.MIN_STORY, max = Post.MAX_STORY) String story,
        @NotBlank @Size(max = ComplaintStory.MAX_OUTCOME) String outcome,
        @Min(1) @Max(ComplaintStory.MAX_RESOLUTION_MINUTES) Integer resolutionMinutes,
        @Size(max = ComplaintStory.MAX_QUOTE) String customerQuote,
        Long ruleId,
        @Size(max = ServiceRule.MAX_NAME) String newRule) implements Involving {
}
