package app.bravo.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record TeamInput(
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Size(max = 120) String department) {
}
