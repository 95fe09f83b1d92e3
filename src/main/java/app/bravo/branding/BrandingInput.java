package app.bravo.branding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The organisation's name and accent colour ({@code #rrggbb}), as the admin page and any client send them. */
public record BrandingInput(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 7) String accent) {
}
