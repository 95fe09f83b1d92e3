package app.bravo.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Failed password attempts of one login name or one client address; see {@link ThrottlePolicy}. */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle extends PanacheEntityBase {

    @Id
    @Column(name = "throttle_key", length = 300)
    public String key;

    @Column(nullable = false)
    public int failures;

    @Column(name = "window_start", nullable = false)
    public Instant windowStart;

    @Column(name = "blocked_until")
    public Instant blockedUntil;

    ThrottlePolicy.State state() {
        return new ThrottlePolicy.State(failures, windowStart, blockedUntil);
    }
}
