package app.bravo.branding;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** "Why great service matters to us" per language; all empty takes the statement off the board. */
public record PurposeInput(
        @Schema(example = "Customers remember how we made them feel.", description = "Required once sr or sl is given")
        @Size(max = PurposeInput.MAX) String en,
        @Schema(example = "Kupci pamte kako smo se prema njima odnosili.") @Size(max = PurposeInput.MAX) String sr,
        @Schema(example = "Stranke si zapomnijo, kako smo z njimi ravnali.") @Size(max = PurposeInput.MAX) String sl) {

    public static final int MAX = 500;
}
