package app.bravo.awards;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import app.bravo.web.BadInputException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Moves rounds whose scheduled time has come, through the very method HR's button calls. Every instance runs
 * it; the conditional update lets one of them win each move, the others find the round moved and skip it.
 * There is no request behind it: the audit log names the actor "system".
 */
@ApplicationScoped
public class RoundScheduler {

    private static final Logger LOG = Logger.getLogger(RoundScheduler.class);

    @Inject
    RoundService rounds;

    @Scheduled(every = "${bravo.awards.schedule-every:30s}", delayed = "${bravo.awards.schedule-delay:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "award-rounds")
    public void moveDueRounds() {
        record Due(long id, Phase phase) {
        }
        List<Due> due;
        try {
            due = QuarkusTransaction.requiringNew().call(() -> RoundService.due(Instant.now()).stream()
                    .map(r -> new Due(r.id, r.phase)).toList());
        } catch (RuntimeException unavailable) {
            // A database that is busy or away for a moment: the next tick tries again; no stack trace per tick.
            LOG.warnf("Award rounds not checked this time: %s", unavailable.getMessage());
            return;
        }
        for (Due round : due) {
            try {
                rounds.move(round.id(), round.phase(), round.phase().next());
                LOG.infof("Round %d moved on schedule from %s", round.id(), round.phase());
            } catch (PhaseConflictException e) {
                LOG.debugf("Round %d was moved by someone else", round.id());
            } catch (BadInputException e) {
                LOG.warnf("Round %d cannot leave %s on schedule: %s", round.id(), round.phase(), e.first().in("en"));
            } catch (RuntimeException e) {
                LOG.warnf("Round %d not moved this time, tried again at the next tick: %s", round.id(), e.getMessage());
            }
        }
    }
}
