package app.bravo.behaviours;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A behaviour as HR writes it: English required, the translations optional. */
public record BehaviourInput(
        @NotBlank @Size(max = 120) String nameEn,
        @Size(max = 120) String nameSr,
        @Size(max = 120) String nameSl,
        @NotBlank @Size(max = 1000) String descriptionEn,
        @Size(max = 1000) String descriptionSr,
        @Size(max = 1000) String descriptionSl,
        @Size(max = 1000) String exampleEn,
        @Size(max = 1000) String exampleSr,
        @Size(max = 1000) String exampleSl,
        Boolean active) {

    /** Left out (null) means in use. */
    public boolean isActive() {
        return active == null || active;
    }
}
