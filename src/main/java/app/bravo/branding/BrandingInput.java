package app.bravo.branding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The organisation's name and accent colour ({@code #rrggbb}), as the admin page and API clients send them. */
public record BrandingInput(
        @Schema(example = "Pošta Srbije") @NotBlank @Size(max = 100) String name,
        @Schema(example = "#0f766e", description = "#rrggbb; white text on it must reach 4.5:1 contrast")
        @NotBlank @Size(max = 7) String accent) {
}
