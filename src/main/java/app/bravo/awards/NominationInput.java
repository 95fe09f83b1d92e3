package app.bravo.awards;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One nomination: a person or a team (exactly one) in a category, with a citation of 1 to 1000 characters, or a
 * recognition from the board put forward ({@code postId}; its story is the citation unless one is written).
 */
public record NominationInput(
        @NotNull Long categoryId,
        Long personId,
        Long teamId,
        @Size(max = Citation.MAX_TEXT) String citation,
        Long postId) {
}
