package app.bravo.awards;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.arc.Unremovable;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.control.ActivateRequestContext;

/** Service calls as the scheduler or a second instance makes them: no HTTP request behind them. */
@ApplicationScoped
@Unremovable
public class AwardCalls {

    final List<PhaseChanged> events = Collections.synchronizedList(new ArrayList<>());

    @Inject
    RoundService rounds;

    @Inject
    NominationService nominations;

    @Inject
    RoundScheduler scheduler;

    void seen(@Observes PhaseChanged event) {
        events.add(event);
    }

    public long eventsFor(long roundId) {
        return events.stream().filter(e -> e.roundId() == roundId).count();
    }

    @ActivateRequestContext
    public void move(long roundId, Phase from, Phase to) {
        rounds.move(roundId, from, to);
    }

    @ActivateRequestContext
    public NominationService.Outcome nominate(long roundId, long nominatorId, NominationInput input) {
        return nominations.nominate(roundId, nominatorId, input);
    }

    @ActivateRequestContext
    public void schedule() {
        scheduler.moveDueRounds();
    }

    public long audits(String action, String subject) {
        return QuarkusTransaction.requiringNew().call(() -> app.bravo.audit.AuditEntry
                .count("action = ?1 and subject = ?2", action, subject));
    }

    public List<String> auditActors(String action, String subject) {
        return QuarkusTransaction.requiringNew().call(() -> app.bravo.audit.AuditEntry.<app.bravo.audit.AuditEntry>
                list("action = ?1 and subject = ?2", action, subject).stream().map(e -> e.actor).toList());
    }

    public Round round(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Round.findById(id));
    }

    public void schedule(long roundId, java.time.Instant shortlistingAt) {
        QuarkusTransaction.requiringNew().run(() -> Round.update("shortlistingAt = ?1 where id = ?2", shortlistingAt,
                roundId));
    }
}
