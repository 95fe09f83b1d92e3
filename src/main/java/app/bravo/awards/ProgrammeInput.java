package app.bravo.awards;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A programme as HR writes it (form and API): English required, translations optional. */
public record ProgrammeInput(
        @NotBlank @Size(max = 120) String nameEn,
        @Size(max = 120) String nameSr,
        @Size(max = 120) String nameSl,
        @Size(max = 2000) String descriptionEn,
        @Size(max = 2000) String descriptionSr,
        @Size(max = 2000) String descriptionSl,
        @NotBlank @Size(max = 40) String emblem,
        @NotNull Cadence cadence) {
}
