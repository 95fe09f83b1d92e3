package app.bravo.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import app.bravo.config.BravoConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Counts wrong passwords in the database, so every instance sees the same blocks. Three counts:
 * <ul>
 * <li>a login name tried from one address ("pair"): blocked after a few wrong passwords; this is what stops a
 * guesser, and it cannot shut the name's owner out, who comes from another address;</li>
 * <li>the name from all addresses ("account"): blocked only after many more, against guessing spread over
 * many addresses;</li>
 * <li>an address, for any names ("address"): against spraying one password over many accounts.</li>
 * </ul>
 * An attempt whose password will be checked is counted for its name <em>before</em> the check, under a row
 * lock, so concurrent guesses cannot all slip through before the first failure is written; a right password
 * then clears the name's counts. Addresses are counted after a wrong password.
 */
@ApplicationScoped
public class LoginThrottles {

    private static final Logger LOG = Logger.getLogger(LoginThrottles.class);

    private final ThrottlePolicy pairs;
    private final ThrottlePolicy accounts;
    private final ThrottlePolicy addresses;

    @Inject
    LoginThrottles(BravoConfig config) {
        BravoConfig.LoginThrottle c = config.loginThrottle();
        pairs = new ThrottlePolicy(c.accountFailures(), c.window(), c.accountBlock(), c.accountMaxBlock());
        accounts = new ThrottlePolicy(c.accountWideFailures(), c.window(), c.accountBlock(), c.accountMaxBlock());
        addresses = new ThrottlePolicy(c.addressFailures(), c.window(), c.addressBlock(), c.addressBlock());
    }

    public static String accountKey(String username) {
        return "account:" + normalise(username);
    }

    static String pairKey(String username, String address) {
        return "pair:" + normalise(username) + "|" + addressPart(address);
    }

    public static String addressKey(String address) {
        return "address:" + addressPart(address);
    }

    /** The keys whose blocks stop an attempt with this name from this address. */
    public static List<String> keys(String username, String address) {
        return address == null ? List.of(accountKey(username))
                : List.of(pairKey(username, address), accountKey(username), addressKey(address));
    }

    /** The keys a right password clears: the name's own counts, not the address's. */
    public static List<String> nameKeys(String username, String address) {
        return address == null ? List.of(accountKey(username))
                : List.of(pairKey(username, address), accountKey(username));
    }

    /**
     * Counts an attempt for the name before its password is checked. Returns the end of a block that the row
     * already held (another attempt got there first): then this attempt must be refused, and is not counted.
     */
    public Instant reserve(String username, String address, Instant now) {
        Instant blocked = null;
        if (address != null) {
            blocked = later(blocked, record(pairKey(username, address), pairs, now, true));
        }
        return later(blocked, record(accountKey(username), accounts, now, true));
    }

    /** A wrong password from this address, counted after the check. */
    public void addressFailure(String address, Instant now) {
        if (address != null) {
            record(addressKey(address), addresses, now, false);
        }
    }

    /** A right password ends the counts for the name (not for the address: one success must not hide spraying). */
    public void success(String username, String address) {
        QuarkusTransaction.requiringNew().run(() -> LoginThrottle.delete("key in ?1", nameKeys(username, address)));
    }

    /** Drops counts whose window and block are over; a scheduled job calls this. */
    @Transactional
    public long forgetOlderThan(Instant cutoff) {
        return LoginThrottle.delete("windowStart < ?1 and (blockedUntil is null or blockedUntil < ?1)", cutoff);
    }

    /**
     * Counts one failure for a key in a transaction of its own, the row locked, so two instances counting the
     * same key cannot lose one. With {@code refuseWhileBlocked}, a row already blocked is left alone and its
     * block returned. When two attempts insert the first row at once, one commit fails on the primary key and
     * is simply done again, now as an update.
     */
    private static Instant record(String key, ThrottlePolicy policy, Instant now, boolean refuseWhileBlocked) {
        for (int attempt = 1;; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    LoginThrottle row = LoginThrottle.findById(key, LockModeType.PESSIMISTIC_WRITE);
                    if (row == null) {
                        row = new LoginThrottle();
                        row.key = key;
                        apply(row, policy.afterFailure(null, now));
                        row.persist();
                        return null;
                    }
                    if (refuseWhileBlocked && row.blockedUntil != null && row.blockedUntil.isAfter(now)) {
                        return row.blockedUntil;
                    }
                    apply(row, policy.afterFailure(row.state(), now));
                    if (row.blockedUntil != null && row.blockedUntil.isAfter(now) && row.failures == policy.limit()) {
                        LOG.warnf("Password attempts blocked for %s until %s", key, row.blockedUntil);
                    }
                    return null;
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

    private static String normalise(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * An IPv4 address as it is; an IPv6 address by its /64 network, which one client usually holds whole (so
     * stepping through its addresses gains nothing).
     */
    static String addressPart(String address) {
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
        } catch (UnknownHostException | SecurityException e) {
            return address;
        }
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
