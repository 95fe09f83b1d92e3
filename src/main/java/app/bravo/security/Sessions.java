package app.bravo.security;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Ending sessions. A logout ends its own session: its id is remembered, so a copy of the cookie is refused
 * too, until the cookie would have timed out by itself. Ending every session of an account is the
 * directory's business (it moves the account's session epoch on).
 */
@ApplicationScoped
public class Sessions {

    private static final Logger LOG = Logger.getLogger(Sessions.class);

    @Inject
    LoginThrottles throttles;

    /** How long an idle session cookie stays valid; an ended session need not be remembered longer. */
    @ConfigProperty(name = "quarkus.http.auth.form.timeout")
    Duration sessionTimeout;

    @Transactional
    public void end(long accountId, String sessionId) {
        if (EndedSession.findById(sessionId) == null) {
            EndedSession ended = new EndedSession();
            ended.sessionId = sessionId;
            ended.accountId = accountId;
            ended.endedAt = Instant.now();
            ended.persist();
        }
    }

    /** Forgets ended sessions whose cookies have expired and login counts that no longer matter. */
    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void forgetExpired() {
        Instant cutoff = Instant.now().minus(sessionTimeout).minus(Duration.ofMinutes(5));
        long sessions = EndedSession.delete("endedAt < ?1", cutoff);
        long counts = throttles.forgetOlderThan(Instant.now().minus(Duration.ofHours(1)));
        if (sessions + counts > 0) {
            LOG.debugf("Forgot %d ended sessions and %d login counts", sessions, counts);
        }
    }
}
