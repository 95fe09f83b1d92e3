package app.bravo.posts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a post or a comment should not be on the board, for the moderators: 1 to 500 characters. */
@Schema(example = "{\"reason\": \"It names a customer.\"}")
public record ReportInput(
        @NotBlank @Size(min = 1, max = Post.MAX_REASON) @Schema(example = "It names a customer.") String reason) {

    public static ReportInput typed(String reason) {
        return new ReportInput(Texts.trimmed(reason));
    }
}
