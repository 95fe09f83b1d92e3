package app.bravo.posts;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An example from outside as the form or the API sends it: what happened, where it comes from, what we can learn. */
public record InspirationInput(
        @Size(max = Recognition.MAX_BEHAVIOURS) List<@NotNull Long> behaviourIds,
        @NotBlank @Size(min = Post.MIN_STORY, max = Post.MAX_STORY) String story,
        @NotBlank @Size(max = Inspiration.MAX_SOURCE) String source,
        @NotBlank @Size(min = 10, max = Inspiration.MAX_LESSON) String lesson) {
}
