package app.bravo.config;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;

/** The first thing a start does: refuse a configuration that would be unsafe to serve with. */
@ApplicationScoped
public class ConfigCheck {

    /** Start-up observers run in this order: configuration, demo data, the first admin. */
    public static final int FIRST = 10;

    private static final Logger LOG = Logger.getLogger(ConfigCheck.class);

    @Inject
    BravoConfig config;

    void onStart(@Observes @Priority(FIRST) StartupEvent event) {
        boolean production = ConfigUtils.getProfiles().contains("prod");
        Optional<String> sessionKey = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.http.auth.session.encryption-key", String.class);
        List<String> problems = StartupGuard.check(production, config.demo().enabled(), sessionKey,
                config.awards().ballotSecret());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Bravo refuses to start: " + String.join("; ", problems));
        }
        LOG.infof("Bravo is running at %s", config.publicUrl());
    }
}
