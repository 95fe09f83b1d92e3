package app.bravo.moderation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.bravo.posts.Post;
import app.bravo.posts.Texts;

/** Why a moderator rejects a post, for its author: 1 to 500 characters. Shared by the queue's form and the API. */
public record RejectInput(
        @NotBlank @Size(min = 1, max = Post.MAX_REASON)
        @Schema(example = "Please leave out the customer's name and send it again.") String reason) {

    /** As typed into the form: the ends trimmed, paragraphs kept. */
    public static RejectInput typed(String reason) {
        return new RejectInput(Texts.trimmed(reason));
    }
}
