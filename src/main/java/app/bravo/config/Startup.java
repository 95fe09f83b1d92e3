package app.bravo.config;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import app.bravo.demo.DemoData;
import app.bravo.people.Account;
import app.bravo.people.Department;
import app.bravo.people.Person;
import app.bravo.people.Role;
import app.bravo.people.Team;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;

/**
 * Runs after Flyway: checks the configuration, then fills an empty database, with the demo organisation in
 * demo mode or with the first admin from configuration otherwise.
 */
@ApplicationScoped
public class Startup {

    private static final Logger LOG = Logger.getLogger(Startup.class);

    @Inject
    BravoConfig config;

    @Inject
    DemoData demoData;

    @Transactional
    void onStart(@Observes StartupEvent event) {
        boolean production = ConfigUtils.getProfiles().contains("prod");
        Optional<String> sessionKey = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.http.auth.session.encryption-key", String.class);
        boolean hasAccounts = Account.count() > 0;
        List<String> problems = StartupGuard.check(production, config.demo().enabled(), config.demo().password(),
                sessionKey, hasAccounts, config.bootstrap().adminEmail(), config.bootstrap().adminPassword());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Bravo refuses to start: " + String.join("; ", problems));
        }
        if (config.demo().enabled() && Person.count() == 0) {
            demoData.load();
        } else if (!hasAccounts) {
            createFirstAdmin();
        }
        if (config.demo().enabled()) {
            LOG.infof("%n%n  Bravo is running at %s%n  Demo logins (password '%s'): admin@demo.bravo, hr@demo.bravo,"
                    + " moderator@demo.bravo, %s%n", config.publicUrl(), config.demo().password(),
                    DemoData.SAMPLE_EMPLOYEE);
        } else {
            LOG.infof("Bravo is running at %s", config.publicUrl());
        }
    }

    private void createFirstAdmin() {
        String email = Person.normaliseEmail(config.bootstrap().adminEmail().orElseThrow());
        Department department = Department.findOrCreate("Administration");
        Team team = Team.findByName("Administration").orElseGet(() -> {
            Team t = new Team();
            t.name = "Administration";
            t.department = department;
            t.persist();
            return t;
        });
        Person person = new Person();
        person.fullName = config.bootstrap().adminName();
        person.email = email;
        person.team = team;
        person.persist();
        Account account = new Account();
        account.person = person;
        account.username = email;
        account.role = Role.ADMIN.name();
        account.setPassword(config.bootstrap().adminPassword().orElseThrow());
        account.persist();
        LOG.infof("Created the first administrator %s", email);
    }
}
