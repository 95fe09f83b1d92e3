package app.bravo.security;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Roles as stored on an account. Every role is also an employee; an admin can do what HR and moderators do.
 */
public enum Role {
    EMPLOYEE, MODERATOR, HR, ADMIN;

    public static final String EMPLOYEE_NAME = "EMPLOYEE";
    public static final String MODERATOR_NAME = "MODERATOR";
    public static final String HR_NAME = "HR";
    public static final String ADMIN_NAME = "ADMIN";

    /** The roles a holder of this role has, itself included. */
    public Set<Role> granted() {
        return switch (this) {
            case EMPLOYEE -> EnumSet.of(EMPLOYEE);
            case MODERATOR -> EnumSet.of(EMPLOYEE, MODERATOR);
            case HR -> EnumSet.of(EMPLOYEE, HR);
            case ADMIN -> EnumSet.allOf(Role.class);
        };
    }

    public static Optional<Role> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
