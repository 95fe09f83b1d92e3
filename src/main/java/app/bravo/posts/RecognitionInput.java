package app.bravo.posts;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A recognition as the form or the API sends it: colleagues and/or one team, one to three service standards,
 * the story (paragraphs kept), an optional customer case reference, and whether it was service to a colleague.
 * Shapes are checked here; who may be recognised, by the service.
 */
public record RecognitionInput(
        @Size(max = 20) List<@NotNull Long> recipientIds,
        Long teamId,
        @NotNull @Size(min = 1, max = Recognition.MAX_BEHAVIOURS) List<@NotNull Long> behaviourIds,
        @NotBlank @Size(min = Post.MIN_STORY, max = Post.MAX_STORY) String story,
        @Size(max = Recognition.MAX_CASE_REFERENCE) String caseReference,
        Boolean internalService) {

    public List<Long> recipients() {
        return recipientIds == null ? List.of() : recipientIds.stream().distinct().toList();
    }

    public boolean isInternalService() {
        return internalService != null && internalService;
    }
}
