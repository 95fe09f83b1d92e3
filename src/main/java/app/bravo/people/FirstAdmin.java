package app.bravo.people;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import app.bravo.config.BravoConfig;
import app.bravo.config.ConfigCheck;
import app.bravo.security.PasswordPolicy;
import app.bravo.security.Passwords;
import app.bravo.security.Role;
import io.quarkus.runtime.StartupEvent;

/**
 * A database without accounts (a new production installation) gets its first administrator from
 * configuration, or the start is refused: nobody could log in otherwise. Runs after the demo data, which
 * brings its own accounts.
 */
@ApplicationScoped
public class FirstAdmin {

    public static final int MIN_PASSWORD = 12;
    private static final Logger LOG = Logger.getLogger(FirstAdmin.class);

    @Inject
    BravoConfig config;

    @Transactional
    void onStart(@Observes @Priority(ConfigCheck.FIRST + 20) StartupEvent event) {
        if (Account.count() > 0) {
            return;
        }
        String email = config.bootstrap().adminEmail().map(String::trim).orElse("");
        String password = config.bootstrap().adminPassword().orElse("");
        List<String> problems = problems(email, password, config.demo().password());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Bravo refuses to start: " + String.join("; ", problems));
        }
        Team team = Team.findOrCreate("Administration", "Administration");
        Person.enrol(config.bootstrap().adminName(), email, null, team, Role.ADMIN, Passwords.hash(password));
        LOG.infof("Created the first administrator %s", Person.normaliseEmail(email));
    }

    /** What stops the first admin from being created, empty when nothing does. */
    static List<String> problems(String email, String password, String demoPassword) {
        List<String> problems = new java.util.ArrayList<>();
        if (email.isEmpty() || !email.contains("@")) {
            problems.add("the database has no accounts: set BRAVO_BOOTSTRAP_ADMIN_EMAIL to create the first admin");
        }
        PasswordPolicy.check(password, MIN_PASSWORD, List.of(email, demoPassword, "administrator"))
                .ifPresent(problem -> problems.add(switch (problem) {
                    case TOO_SHORT -> "set BRAVO_BOOTSTRAP_ADMIN_PASSWORD to at least " + MIN_PASSWORD + " characters";
                    case TOO_LONG -> "BRAVO_BOOTSTRAP_ADMIN_PASSWORD is longer than " + PasswordPolicy.MAX_LENGTH
                            + " bytes";
                    case GUESSABLE -> "BRAVO_BOOTSTRAP_ADMIN_PASSWORD is a common or guessable password: choose a"
                            + " longer one with unrelated words";
                }));
        return problems;
    }
}
