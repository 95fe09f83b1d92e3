package app.bravo.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class StartupGuardTest {

    private static final Optional<String> GOOD_KEY = Optional.of("a-long-random-session-key-0123456789abcdef");

    private static List<String> production(Optional<String> key, boolean hasAccounts, String email, String password) {
        return StartupGuard.check(true, false, "bravo-demo", key, hasAccounts, Optional.ofNullable(email),
                Optional.ofNullable(password));
    }

    @Test
    void productionWithAStrongAdminStarts() {
        assertEquals(List.of(), production(GOOD_KEY, false, "it@example.org", "Tr0ub4dor&3-horse"));
        assertEquals(List.of(), production(GOOD_KEY, true, null, null), "existing accounts need no bootstrap");
    }

    @Test
    void emptyProductionDatabaseNeedsAnAdmin() {
        List<String> problems = production(GOOD_KEY, false, null, null);
        assertTrue(problems.stream().anyMatch(p -> p.contains("BRAVO_BOOTSTRAP_ADMIN_EMAIL")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("BRAVO_BOOTSTRAP_ADMIN_PASSWORD")), problems.toString());
    }

    @Test
    void defaultPasswordsAreRefused() {
        for (String weak : List.of("bravo-demo", "bravo-demo-123", "password1234", "admin12345678", "aaaaaaaaaaaaa",
                "it@example.org")) {
            List<String> problems = production(GOOD_KEY, false, "it@example.org", weak);
            assertEquals(1, problems.size(), weak + " -> " + problems);
        }
    }

    @Test
    void productionNeedsItsOwnSessionKey() {
        assertEquals(1, production(Optional.empty(), true, null, null).size());
        assertEquals(1, production(Optional.of(StartupGuard.DEV_SESSION_KEY), true, null, null).size());
        assertEquals(1, production(Optional.of("short"), true, null, null).size());
    }

    @Test
    void demoDataNeverInProduction() {
        List<String> problems = StartupGuard.check(true, true, "bravo-demo", GOOD_KEY, false, Optional.empty(),
                Optional.empty());
        assertTrue(problems.stream().anyMatch(p -> p.contains("demo")), problems.toString());
        assertEquals(List.of(), StartupGuard.check(false, true, "bravo-demo", Optional.empty(), false,
                Optional.empty(), Optional.empty()), "demo mode outside production needs nothing");
    }
}
