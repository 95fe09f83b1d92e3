package app.bravo.quality.pulse;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import app.bravo.audit.Actor;
import app.bravo.audit.Audit;
import app.bravo.i18n.Text;
import app.bravo.people.Team;
import app.bravo.web.BadInputException;

/**
 * Setting and removing service-quality targets (HR). One target per scope and metric: setting it again
 * replaces the goal. Audited in the same transaction; the kept pulse is dropped once it committed.
 */
@ApplicationScoped
public class TargetService {

    @Inject
    Audit audit;

    @Inject
    Actor actor;

    @Inject
    Event<PulseService.TargetsChanged> changed;

    Clock clock = Clock.systemUTC();

    @Transactional
    public QualityTarget set(TargetInput input) {
        Map<String, Text> errors = new LinkedHashMap<>();
        PulseScope scope = PulseScope.parse(input.scope());
        Team team = null;
        if (scope == null || scope.kind() == PulseScope.Kind.DEPARTMENT) {
            errors.put("scope", Text.of(PulseMessages.class, PulseMessages::error_scope));
        } else if (scope.kind() == PulseScope.Kind.TEAM) {
            team = Team.findById(scope.id());
            if (team == null || !team.active) {
                errors.put("scope", Text.of(PulseMessages.class, PulseMessages::error_scope));
            }
        }
        QualityTarget.Metric metric = QualityTarget.Metric.parse(input.metric());
        if (metric == null) {
            errors.put("metric", Text.of(PulseMessages.class, PulseMessages::error_metric));
        } else if (input.goal() == null || !metric.accepts(input.goal())) {
            errors.put("goal", Text.of(PulseMessages.class, metric == QualityTarget.Metric.NPS
                    ? PulseMessages::error_goal_nps : PulseMessages::error_goal_csat));
        }
        if (!errors.isEmpty()) {
            throw new BadInputException(errors);
        }
        QualityTarget target = QualityTarget.find(scope.key(), metric).orElseGet(QualityTarget::new);
        Integer before = target.id == null ? null : target.goal;
        target.scopeKey = scope.key();
        target.team = team;
        target.metric = metric;
        target.goal = input.goal();
        target.setBy = actor.username();
        target.setAt = clock.instant();
        if (target.id == null) {
            target.persist();
        }
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("scope", team == null ? "org" : team.name);
        args.put("metric", metric.name());
        args.put("goal", target.goal);
        if (before != null) {
            args.put("before", before);
        }
        audit.record("quality.target.set", "target:" + target.id, args);
        changed.fire(new PulseService.TargetsChanged());
        return target;
    }

    @Transactional
    public void remove(long id) {
        QualityTarget target = QualityTarget.<QualityTarget> findByIdOptional(id).orElseThrow(NotFoundException::new);
        audit.record("quality.target.removed", "target:" + target.id, Map.of("scope",
                target.team == null ? "org" : target.team.name, "metric", target.metric.name(), "goal", target.goal));
        target.delete();
        changed.fire(new PulseService.TargetsChanged());
    }
}
