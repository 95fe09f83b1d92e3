package app.bravo.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import app.bravo.config.BravoConfig;
import app.bravo.config.ConfigCheck;
import app.bravo.people.Team;
import app.bravo.quality.pulse.PulseScope;
import app.bravo.quality.pulse.QualityTarget;
import app.bravo.quality.pulse.TargetInput;
import app.bravo.quality.pulse.TargetService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * The demo's service-quality targets, set through the service HR uses: the organisation and Front Desk at CSAT
 * 90 % and NPS 40, Billing at CSAT 90 % (the demo's feedback has Front Desk reach it and Billing fall behind).
 * Loaded after the demo feedback (QualityDemo), only in demo mode and only while no target exists.
 */
@ApplicationScoped
public class PulseDemo {

    private static final Logger LOG = Logger.getLogger(PulseDemo.class);

    @Inject
    BravoConfig config;

    @Inject
    TargetService targets;

    void onStart(@Observes @Priority(ConfigCheck.FIRST + 45) StartupEvent event) {
        if (!config.demo().enabled() || QuarkusTransaction.requiringNew().call(() -> QualityTarget.count()) > 0) {
            return;
        }
        set("org", QualityTarget.Metric.CSAT_PERCENT, 90);
        set("org", QualityTarget.Metric.NPS, 40);
        QuarkusTransaction.requiringNew().call(() -> Team.findByName("Front Desk")).ifPresent(team -> {
            set(PulseScope.team(team.id).key(), QualityTarget.Metric.CSAT_PERCENT, 90);
            set(PulseScope.team(team.id).key(), QualityTarget.Metric.NPS, 40);
        });
        QuarkusTransaction.requiringNew().call(() -> Team.findByName("Billing"))
                .ifPresent(team -> set(PulseScope.team(team.id).key(), QualityTarget.Metric.CSAT_PERCENT, 90));
        LOG.info("Demo service-quality targets set");
    }

    private void set(String scope, QualityTarget.Metric metric, int goal) {
        targets.set(new TargetInput(scope, metric.name(), goal));
    }
}
