package app.bravo.people;

import app.bravo.security.Role;

/** A role as people read it, in the language of the bundle given. */
final class RoleLabels {

    private RoleLabels() {
    }

    static String of(Role role, PeopleMessages m) {
        return switch (role) {
            case EMPLOYEE -> m.role_employee();
            case MODERATOR -> m.role_moderator();
            case HR -> m.role_hr();
            case ADMIN -> m.role_admin();
        };
    }
}
