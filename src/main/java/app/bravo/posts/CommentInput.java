package app.bravo.posts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A congratulation as the form or the API sends it: 1 to 500 characters, paragraphs kept. */
@Schema(example = "{\"body\": \"Congratulations, Marko! Well deserved.\"}")
public record CommentInput(
        @NotBlank @Size(min = 1, max = Comment.MAX_BODY) @Schema(example = "Congratulations, Marko! Well deserved.") String body) {

    /** The text as typed in a form: the ends trimmed, paragraphs kept (CR LF, as browsers send it, becomes LF). */
    public static CommentInput typed(String body) {
        return new CommentInput(Texts.trimmed(body));
    }
}
