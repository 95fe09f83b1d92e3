package app.bravo.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A team as HR sets it; {@code active} left out (null) means active. */
public record TeamInput(
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Size(max = 120) String department,
        Boolean active) {

    public boolean isActive() {
        return active == null || active;
    }
}
