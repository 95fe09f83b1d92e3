package app.bravo.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A session that was logged out: its cookie, even a copy of it, no longer opens Bravo. */
@Entity
@Table(name = "ended_session")
public class EndedSession extends PanacheEntityBase {

    @Id
    @Column(name = "session_id", length = 32)
    public String sessionId;

    @Column(name = "account_id", nullable = false)
    public long accountId;

    @Column(name = "ended_at", nullable = false)
    public Instant endedAt;
}
