package app.bravo.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import app.bravo.security.Role;
import app.bravo.web.ValidEmail;

/** What HR may set on a person, from the form or the JSON API. */
public record PersonInput(
        @NotBlank @Size(max = 160) String fullName,
        @NotBlank @ValidEmail @Size(max = 254) String email,
        @Size(max = 160) String jobTitle,
        @NotNull Long teamId,
        @NotNull Role role,
        Boolean active) {

    /** Left out (null) means active, so an API client does not create deactivated people by accident. */
    public boolean isActive() {
        return active == null || active;
    }
}
