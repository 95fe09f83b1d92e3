package app.bravo.support;

import app.bravo.security.Role;

/** The demo accounts the tests log in as; every one has the demo password. */
public enum DemoUser {
    /** The employee most page tests read as. */
    EMPLOYEE("ana.petrovic@demo.bravo"),
    /** A second employee, for tests that change their own account and must not disturb the first. */
    COLLEAGUE("marko.jovanovic@demo.bravo"),
    MODERATOR("moderator@demo.bravo"),
    HR("hr@demo.bravo"),
    ADMIN("admin@demo.bravo");

    public static final String PASSWORD = "bravo-demo";

    public final String email;

    DemoUser(String email) {
        this.email = email;
    }

    /** The demo account that holds this role. */
    public static DemoUser of(Role role) {
        return switch (role) {
            case EMPLOYEE -> EMPLOYEE;
            case MODERATOR -> MODERATOR;
            case HR -> HR;
            case ADMIN -> ADMIN;
        };
    }
}
