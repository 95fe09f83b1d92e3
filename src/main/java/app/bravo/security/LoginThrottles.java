package app.bravo.security;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

import app.bravo.config.BravoConfig;

/**
 * Counts wrong passwords per login name and per client address in the database, so every instance sees the
 * same blocks. Written only on failures (and on the first success after some), never on ordinary logins.
 */
@ApplicationScoped
public class LoginThrottles {

    private static final Logger LOG = Logger.getLogger(LoginThrottles.class);

    private final ThrottlePolicy accounts;
    private final ThrottlePolicy addresses;

    @Inject
    LoginThrottles(BravoConfig config) {
        BravoConfig.LoginThrottle c = config.loginThrottle();
        accounts = new ThrottlePolicy(c.accountFailures(), c.window(), c.accountBlock(), c.accountMaxBlock());
        addresses = new ThrottlePolicy(c.addressFailures(), c.window(), c.addressBlock(), c.addressBlock());
    }

    public static String accountKey(String username) {
        return "account:" + username.trim().toLowerCase(Locale.ROOT);
    }

    public static String addressKey(String address) {
        return "address:" + address;
    }

    public static List<String> keys(String username, String address) {
        return address == null ? List.of(accountKey(username)) : List.of(accountKey(username), addressKey(address));
    }

    /** One more wrong password for this name from this address; the returned block applies from now. */
    public Instant recordFailure(String username, String address, Instant now) {
        Instant account = record(accountKey(username), accounts, now);
        Instant block = account;
        if (address != null) {
            Instant byAddress = record(addressKey(address), addresses, now);
            block = later(account, byAddress);
        }
        if (block != null && block.isAfter(now)) {
            LOG.warnf("Login attempts for %s from %s are blocked until %s", username, address, block);
        }
        return block;
    }

    /** A right password ends the count for the name (not for the address: one success must not hide spraying). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordSuccess(String username) {
        LoginThrottle.delete("key", accountKey(username));
    }

    /** Drops counts whose window and block are over; a scheduled job calls this. */
    @Transactional
    public long forgetOlderThan(Instant cutoff) {
        return LoginThrottle.delete("windowStart < ?1 and (blockedUntil is null or blockedUntil < ?1)", cutoff);
    }

    /**
     * Counts one failure for a key in a transaction of its own. The row is locked, so two instances counting
     * the same key cannot lose a failure; when both insert the first row at once, one commit fails on the
     * primary key and is simply done again as an update.
     */
    private static Instant record(String key, ThrottlePolicy policy, Instant now) {
        for (int attempt = 1;; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    LoginThrottle row = LoginThrottle.findById(key, LockModeType.PESSIMISTIC_WRITE);
                    if (row == null) {
                        row = new LoginThrottle();
                        row.key = key;
                        apply(row, policy.afterFailure(null, now));
                        row.persist();
                    } else {
                        apply(row, policy.afterFailure(row.state(), now));
                    }
                    return row.blockedUntil;
                });
            } catch (RuntimeException raced) {
                if (attempt == 2) {
                    throw raced;
                }
            }
        }
    }

    private static void apply(LoginThrottle row, ThrottlePolicy.State state) {
        row.failures = state.failures();
        row.windowStart = state.windowStart();
        row.blockedUntil = state.blockedUntil();
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
