package app.bravo.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules a start must pass before Bravo serves anyone. Kept free of CDI so they are tested directly.
 */
public final class StartupGuard {

    /** The session key written in the dev and test profiles; production must bring its own. */
    public static final String DEV_SESSION_KEY = "bravo-dev-session-key-not-for-production-0001";
    public static final int MIN_ADMIN_PASSWORD = 12;

    private StartupGuard() {
    }

    /** Problems with the configuration of a production-like start, empty when it may go on. */
    public static List<String> check(boolean productionProfile, boolean demoEnabled, String demoPassword,
            Optional<String> sessionKey, boolean hasAccounts, Optional<String> adminEmail,
            Optional<String> adminPassword) {
        List<String> problems = new ArrayList<>();
        if (productionProfile && demoEnabled) {
            problems.add("bravo.demo.enabled is true in the production profile: demo data never goes into production");
        }
        if (productionProfile && (sessionKey.isEmpty() || sessionKey.get().equals(DEV_SESSION_KEY)
                || sessionKey.get().length() < 32)) {
            problems.add("set BRAVO_SESSION_KEY to a secret of at least 32 characters, the same on every instance");
        }
        if (!demoEnabled && !hasAccounts) {
            String email = adminEmail.map(String::trim).orElse("");
            String password = adminPassword.orElse("");
            if (email.isEmpty() || !email.contains("@")) {
                problems.add("the database has no accounts: set BRAVO_BOOTSTRAP_ADMIN_EMAIL to create the first admin");
            }
            if (password.length() < MIN_ADMIN_PASSWORD) {
                problems.add("set BRAVO_BOOTSTRAP_ADMIN_PASSWORD to at least " + MIN_ADMIN_PASSWORD + " characters");
            } else if (isDefaultPassword(password, demoPassword, email)) {
                problems.add("BRAVO_BOOTSTRAP_ADMIN_PASSWORD is a default or guessable password: choose another");
            }
        }
        return problems;
    }

    static boolean isDefaultPassword(String password, String demoPassword, String email) {
        String lower = password.toLowerCase(Locale.ROOT);
        return lower.equals(demoPassword.toLowerCase(Locale.ROOT)) || lower.contains("bravo-demo")
                || lower.equals(email.toLowerCase(Locale.ROOT)) || lower.startsWith("password")
                || lower.startsWith("admin") || lower.startsWith("changeme") || lower.chars().distinct().count() < 4;
    }
}
