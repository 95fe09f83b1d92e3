package app.bravo.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a service token may do. Each scope is also a role name, so endpoints open to integrations name it in
 * {@code @RolesAllowed} next to the people's roles. Features add their scopes here (the kiosk's
 * {@code board:read}, the helpdesk's {@code feedback:write}) together with the endpoints that accept them.
 */
public enum Scope {
    /** Read the directory and the service behaviours: people, teams, behaviours. */
    DIRECTORY_READ("directory:read"),
    /** Push the staff list: POST /api/people/import. */
    DIRECTORY_IMPORT("directory:import"),
    /** Push customer feedback scores: POST /api/feedback (a helpdesk integration). */
    FEEDBACK_WRITE("feedback:write");

    public static final String DIRECTORY_READ_ROLE = "scope:directory:read";
    public static final String DIRECTORY_IMPORT_ROLE = "scope:directory:import";
    public static final String FEEDBACK_WRITE_ROLE = "scope:feedback:write";

    public final String code;

    Scope(String code) {
        this.code = code;
    }

    public String role() {
        return "scope:" + code;
    }

    public static Optional<Scope> parse(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
